import type { PayloadRequest } from 'payload'

import type { Failure } from '../domain/validators'
import { validationMessage } from '../i18n/validationMessages'

type Check = (value: unknown, siblingData: Record<string, unknown>) => Failure

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * Turns a pure check into a Payload `validate` function. A custom validate
 * replaces Payload's own, so "required" is decided here too.
 */
export function validateWith(check: Check, { required = false } = {}) {
  return (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData?: unknown }) => {
    if (isEmpty(value)) return required ? validationMessage('required', req?.i18n?.language) : true
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
  return (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData?: unknown }) => {
    const sibling = (siblingData ?? {}) as Record<string, unknown>
    if (isEmpty(value)) return isRequired(sibling) ? validationMessage(missingKey, req?.i18n?.language) : true
    const failure = check(value, sibling)
    return failure ? validationMessage(failure, req?.i18n?.language) : true
  }
}
