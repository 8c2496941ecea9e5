import { type FieldHook, ValidationError } from 'payload'

import type { Failure } from '../domain/validators'
import { validationMessage } from '../i18n/validationMessages'

/**
 * Payload skips field validation when a draft is saved, so a draft could keep
 * a `javascript:` or `data:` link that publishing would refuse. A link field
 * runs its check on draft saves too and refuses a bad link with a 400 naming
 * the field; an empty one is left to `required` when publishing. Published
 * saves are left to the field's own validate, which reports every bad field
 * at once.
 */
export const refuseBadLinkInDraft =
  (check: (value: unknown) => Failure): FieldHook =>
  ({ value, data, req, path, collection, global }) => {
    const draft = (req.query as Record<string, unknown> | undefined)?.draft
    const savingDraft = (draft === 'true' || draft === true) && data?._status !== 'published'
    if (!savingDraft || value === undefined || value === null || value === '') return value
    const failure = check(value)
    if (!failure) return value
    throw new ValidationError(
      {
        collection: collection?.slug,
        global: global?.slug,
        errors: [{ path: path.join('.'), message: validationMessage(failure, req.i18n?.language) }],
      },
      req.t,
    )
  }
