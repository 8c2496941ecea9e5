import type { PayloadRequest } from 'payload'

import type { Failure } from '../domain/validators'
import { validationMessage } from '../i18n/validationMessages'

type Check = (value: unknown, siblingData: Record<string, unknown>) => Failure

/** What Payload passes a `validate` function, as far as these rules read it. */
export interface ValidateOptions {
  req: PayloadRequest
  siblingData?: unknown
  data?: unknown
  /** the field's own `required`, possibly switched off for a draft (draftChecks.ts) or an English save */
  required?: boolean
}

export const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * Turns a pure check into a Payload `validate` function. A custom validate
 * replaces Payload's own, so "required" is decided here too: required unless
 * whoever calls it switched `required` off (a draft may be incomplete, an
 * English save need not translate everything). What is filled in is always
 * checked.
 */
export function validateWith(check: Check, { required = false } = {}) {
  return (value: unknown, { req, siblingData, required: requiredNow }: ValidateOptions) => {
    if (isEmpty(value)) return required && requiredNow !== false ? validationMessage('required', req?.i18n?.language) : true
    const failure = check(value, (siblingData ?? {}) as Record<string, unknown>)
    return failure ? validationMessage(failure, req?.i18n?.language) : true
  }
}

/**
 * A field that becomes required when its siblings say so (an open call's
 * deadline and link): empty is refused with `missingKey` only then.
 */
export function requiredWhen(
  isRequired: (siblingData: Record<string, unknown>) => boolean,
  missingKey: string,
  check: Check = () => null,
) {
  return (value: unknown, { req, siblingData, required: requiredNow }: ValidateOptions) => {
    const sibling = (siblingData ?? {}) as Record<string, unknown>
    if (isEmpty(value)) return isRequired(sibling) && requiredNow !== false ? validationMessage(missingKey, req?.i18n?.language) : true
    const failure = check(value, sibling)
    return failure ? validationMessage(failure, req?.i18n?.language) : true
  }
}
