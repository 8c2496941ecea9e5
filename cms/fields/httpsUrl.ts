import type { TextField } from 'payload'

import { checkHttpsUrl } from '../domain/validators'
import { refuseBadLinkInDraft } from '../hooks/refuseBadLinkInDraft'
import { validateWith } from './validate'

/**
 * An outward link a resident follows (registration, application, reservation): absolute https only,
 * drafts included: collections check drafts' formats (draftChecks.ts); the hook does it where that
 * does not reach (the site settings global's drafts).
 */
export function httpsUrlField(
  name: string,
  label: { ko: string; en: string },
  { required = false, ...overrides }: Partial<TextField> & { required?: boolean } = {},
): TextField {
  return {
    name,
    type: 'text',
    label,
    required,
    validate: validateWith(checkHttpsUrl, { required }),
    hooks: { beforeChange: [refuseBadLinkInDraft(checkHttpsUrl)] },
    admin: { placeholder: 'https://' },
    ...overrides,
  } as TextField
}
