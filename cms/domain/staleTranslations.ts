/**
 * Which English texts of a document may be out of date: those whose Korean
 * was changed in a later save than the English, read from the document's
 * saved versions (each holds every language). An empty English is reported
 * apart, and only in a document someone has begun to translate: a Korean-only
 * post (the classroom board) is not asked for English.
 */
export interface Snapshot {
  /** when this version was saved */
  updatedAt: string
  /** the localized fields of the version, by name: { ko, en } */
  values: Record<string, unknown>
}

export interface TranslationGap {
  field: string
  /** 'stale': the Korean changed after the English last did; 'missing': no English at all */
  kind: 'stale' | 'missing'
  /** when the Korean was last changed */
  koChangedAt: string
}

const inLocale = (value: unknown, locale: 'ko' | 'en') => (value && typeof value === 'object' ? (value as Record<string, unknown>)[locale] : undefined)
const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** `history` oldest first; `fields` the document's localized text fields. */
export function staleTranslations(history: Snapshot[], fields: string[]): TranslationGap[] {
  if (history.length === 0) return []
  const newest = history[history.length - 1]
  const translated = fields.some((field) => !isEmpty(inLocale(newest.values[field], 'en')))
  const gaps: TranslationGap[] = []
  for (const field of fields) {
    let koChanged = -1
    let enChanged = -1
    history.forEach((snapshot, index) => {
      const previous = index > 0 ? history[index - 1].values[field] : undefined
      const value = snapshot.values[field]
      if (!same(inLocale(value, 'ko'), index > 0 ? inLocale(previous, 'ko') : undefined)) koChanged = index
      if (!same(inLocale(value, 'en'), index > 0 ? inLocale(previous, 'en') : undefined)) enChanged = index
    })
    const ko = inLocale(newest.values[field], 'ko')
    if (isEmpty(ko) || koChanged < 0) continue
    const koChangedAt = history[koChanged].updatedAt
    if (isEmpty(inLocale(newest.values[field], 'en'))) {
      if (translated) gaps.push({ field, kind: 'missing', koChangedAt })
    }
    else if (koChanged > enChanged) gaps.push({ field, kind: 'stale', koChangedAt })
  }
  return gaps
}
