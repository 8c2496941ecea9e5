import { describe, expect, it } from 'vitest'

import { staleTranslations } from '../../cms/domain/staleTranslations'

const at = (n: number) => `2026-12-0${n}T01:00:00.000Z`
const save = (n: number, values: Record<string, unknown>) => ({ updatedAt: at(n), values })

describe('English that may be out of date, from the saved versions', () => {
  it('a Korean title changed after the English last was: stale, since that save', () => {
    const history = [save(1, { title: { ko: '제3강의실 수업', en: 'Class in Room 3' } }), save(2, { title: { ko: '제2강의실 수업', en: 'Class in Room 3' } })]
    expect(staleTranslations(history, ['title'])).toEqual([{ field: 'title', kind: 'stale', koChangedAt: at(2) }])
  })

  it('English changed in the same save or later: up to date', () => {
    expect(staleTranslations([save(1, { title: { ko: '가', en: 'A' } }), save(2, { title: { ko: '나', en: 'B' } })], ['title'])).toEqual([])
    expect(staleTranslations([save(1, { title: { ko: '가', en: 'A' } }), save(2, { title: { ko: '나', en: 'A' } }), save(3, { title: { ko: '나', en: 'B' } })], ['title'])).toEqual([])
  })

  it('a field with no English in a translated document: missing; an empty Korean or an unchanged document: nothing', () => {
    expect(staleTranslations([save(1, { title: { ko: '제목', en: 'Title' }, summary: { ko: '요약' } })], ['title', 'summary'])).toEqual([{ field: 'summary', kind: 'missing', koChangedAt: at(1) }])
    // A Korean-only post (the classroom board) is not asked for English.
    expect(staleTranslations([save(1, { title: { ko: '제목' }, body: { ko: '본문' } })], ['title', 'body'])).toEqual([])
    expect(staleTranslations([save(1, { summary: { en: 'Summary' } })], ['summary'])).toEqual([])
    expect(staleTranslations([save(1, { title: { ko: '가', en: 'A' } }), save(2, { title: { ko: '가', en: 'A' } })], ['title'])).toEqual([])
    expect(staleTranslations([], ['title'])).toEqual([])
  })

  it('rich text is compared whole: a changed Korean paragraph makes the English body stale', () => {
    const body = (text: string) => ({ root: { children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })
    const history = [save(1, { body: { ko: body('가'), en: body('A') } }), save(2, { body: { ko: body('나'), en: body('A') } })]
    expect(staleTranslations(history, ['body'])).toEqual([{ field: 'body', kind: 'stale', koChangedAt: at(2) }])
  })
})
