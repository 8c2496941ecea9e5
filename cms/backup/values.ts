/**
 * Stored values → backup values. Read with `locale: 'all'`, a localized field
 * arrives as `{ ko, en }` with null for a missing language; the backup keeps
 * only the languages that have something. An empty value (null, '') is left
 * out: on restore it is empty again.
 */
import { mapRelations } from '../seed/richTextRefs'

type Raw = Record<string, any>

export const present = <T>(value: T | null | undefined | ''): T | undefined => (value === null || value === '' ? undefined : (value as T))

/** `{ ko, en }` without empty languages; undefined when both are empty. Rich text (Lexical JSON) passes as it is. */
export function localized<T = string>(value: unknown): { ko?: T; en?: T } | undefined {
  if (value === null || value === undefined || typeof value !== 'object') return present(value as T) === undefined ? undefined : { ko: value as T }
  const result: { ko?: T; en?: T } = {}
  for (const locale of ['ko', 'en'] as const) {
    const text = (value as Raw)[locale]
    if (present(text) !== undefined) result[locale] = text
  }
  return result.ko === undefined && result.en === undefined ? undefined : result
}

export const rows = <T>(value: unknown, each: (row: Raw) => T): T[] => (Array.isArray(value) ? value.map(each) : [])

/** Keys of a hasMany relation, in order; ids that no longer resolve are dropped. */
export const keysOf = (values: unknown, key: (id: unknown) => string | undefined): string[] =>
  Array.isArray(values) ? values.map(key).filter((k): k is string => k !== undefined) : []

/** Rich text per language, each relation inside it by natural key (null when its target is gone). */
export const richText = (value: unknown, key: (collection: string, id: unknown) => string | undefined) => {
  const texts = localized<unknown>(value)
  if (!texts) return undefined
  const byKey = (text: unknown) => mapRelations(text, (relationTo, id) => {
    const found = key(relationTo, id)
    return found === undefined ? null : { key: found }
  })
  return Object.fromEntries(Object.entries(texts).map(([locale, text]) => [locale, byKey(text)]))
}
