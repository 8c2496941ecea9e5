/**
 * Content entries hold `{ ko, en }` pairs; Payload takes one locale per write.
 * These pick one locale out of an entry, and carry array-row ids from the
 * Korean document into the English write so rows are matched, not replaced.
 */
type Json = unknown

/** `{ ko, en }`, either of them possibly missing (an optional field may hold English only). */
const isLocalized = (value: Json): value is { ko?: unknown; en?: unknown } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => key === 'ko' || key === 'en')

/** The entry with every `{ ko, en }` replaced by its `locale` value (undefined when that locale is missing). */
export function pickLocale(value: Json, locale: 'ko' | 'en'): Json {
  if (isLocalized(value)) return value[locale]
  if (Array.isArray(value)) return value.map((item) => pickLocale(item, locale))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pickLocale(item, locale)]))
  }
  return value
}

/**
 * An English build of an entry marks each English text it found, so the seed
 * can tell an entry with no English (skip the second write) from one with some.
 */
export class English {
  constructor(readonly value: unknown) {}
}

/** Each `{ ko, en }` in the entry becomes `English(en)`, or undefined when there is no English. */
export function markEnglish(value: Json): Json {
  if (isLocalized(value)) return value.en === undefined ? undefined : new English(value.en)
  if (Array.isArray(value)) return value.map(markEnglish)
  if (typeof value === 'object' && value !== null && !(value instanceof English)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, markEnglish(item)]))
  }
  return value
}

export function hasEnglish(value: Json): boolean {
  if (value instanceof English) return true
  if (Array.isArray(value)) return value.some(hasEnglish)
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasEnglish)
  return false
}

export function unwrapEnglish(value: Json): Json {
  if (value instanceof English) return value.value
  if (Array.isArray(value)) return value.map(unwrapEnglish)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unwrapEnglish(item)]))
  }
  return value
}

const isRichText = (value: Json) => typeof value === 'object' && value !== null && 'root' in value

/** Copies `id`s of array rows from the saved document into `data`, by position (rich text is content, left alone). */
export function withRowIds(data: Json, saved: Json): Json {
  if (isRichText(data)) return data
  if (Array.isArray(data)) {
    const rows = Array.isArray(saved) ? saved : []
    return data.map((item, index) => {
      const savedRow = rows[index] as Record<string, unknown> | undefined
      const merged = withRowIds(item, savedRow)
      return savedRow?.id && typeof merged === 'object' && merged !== null ? { ...merged, id: savedRow.id } : merged
    })
  }
  if (typeof data === 'object' && data !== null) {
    const source = (saved ?? {}) as Record<string, unknown>
    return Object.fromEntries(Object.entries(data).map(([key, item]) => [key, withRowIds(item, source[key])]))
  }
  return data
}

/**
 * Missing values as explicit nulls. A draft is saved over the published
 * document, and Payload keeps any value the new data leaves out; a draft that
 * cleared a field must say so.
 */
export function withNulls(value: Json): Json {
  if (value === undefined) return null
  if (Array.isArray(value)) return value.map(withNulls)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withNulls(item)]))
  }
  return value
}
