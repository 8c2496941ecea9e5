/**
 * English falls back to Korean field by field: a document read in English
 * without fallback is filled from its Korean reading wherever English is
 * empty. Array rows are shared between locales, so they merge by position.
 */
const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

export function withFallback<T>(primary: T, fallback: T): T {
  if (isEmpty(primary)) return fallback
  if (Array.isArray(primary) && Array.isArray(fallback)) {
    return primary.map((item, index) => withFallback(item, fallback[index])) as T
  }
  if (isPlainObject(primary) && isPlainObject(fallback)) {
    // Rich text is one value: an English body replaces the Korean one whole.
    if ('root' in primary) return primary
    const keys = new Set([...Object.keys(primary), ...Object.keys(fallback)])
    return Object.fromEntries([...keys].map((key) => [key, withFallback(primary[key], fallback[key])])) as T
  }
  return primary
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
