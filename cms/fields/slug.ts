import type { FieldHook, TextField } from 'payload'

import { asciiSlug } from '../domain/asciiSlug'
import { checkSlug } from '../domain/validators'
import { validateWith } from './validate'

/**
 * A URL-safe ASCII slug from a title. Korean titles have no ASCII to keep,
 * so those fall back to `prefix-<time>`; staff can always type their own.
 */
export function slugFromTitle(title: unknown, prefix: string, now = Date.now()): string {
  const ascii = asciiSlug(String(title ?? ''))
  return ascii.length >= 3 ? ascii : `${prefix}-${now.toString(36)}`
}

const fillSlug =
  (prefix: string): FieldHook =>
  ({ value, data, operation }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    if (operation !== 'create') return value
    const title = typeof data?.title === 'object' && data?.title ? Object.values(data.title)[0] : (data?.title ?? data?.name)
    return slugFromTitle(title, prefix)
  }

/** The document's address segment: unique, URL-safe, filled from the title when left empty. */
export function slugField(prefix: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: { ko: '주소용 이름 (slug)', en: 'URL name (slug)' },
    unique: true,
    index: true,
    required: true,
    validate: validateWith(checkSlug, { required: true }),
    hooks: { beforeValidate: [fillSlug(prefix)] },
    admin: {
      position: 'sidebar',
      description: {
        ko: '영문 소문자, 숫자, 하이픈만. 비워 두면 자동으로 만듭니다.',
        en: 'Lower-case letters, digits and hyphens. Left empty, one is made for you.',
      },
    },
    ...overrides,
  } as TextField
}
