import { describe, expect, it } from 'vitest'

import { withFallback } from '../../site/lib/loader/fallback'
import { InvalidDocumentError, toEntry } from '../../site/lib/loader/payloadLoader'
import { sessionDays } from '../../site/lib/sessions'
import { runKey } from '../../site/lib/courses'

const paragraph = (text: string) => ({
  root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] }] },
})

const cmsCourse = (overrides: Record<string, unknown> = {}, run: Record<string, unknown> = {}) => ({
  id: 7,
  slug: 'smartphone-basics',
  title: '스마트폰 기초',
  field: 3,
  level: 'beginner',
  summary: '전화, 문자, 사진을 배웁니다.',
  description: paragraph('처음부터 차근차근'),
  outline: [{ id: 'a', title: '전원 켜기', detail: null }],
  prerequisites: null,
  materials: '본인 스마트폰',
  instructors: [11, 12],
  fee: 0,
  image: null,
  runs: [
    {
      id: 'r1',
      termMonth: '2026-12',
      startDate: '2026-11-30T15:00:00.000Z',
      endDate: '2026-12-20T15:00:00.000Z',
      weekdays: ['tue', 'thu'],
      startTime: '10:00',
      endTime: '12:00',
      sessions: 6,
      room: 'room-1',
      capacity: 20,
      registrationUrl: 'https://yeyak.seocho.go.kr/edu/1',
      status: 'scheduled',
      registrationOpensOn: null,
      registrationClosesOn: null,
      ...run,
    },
  ],
  ...overrides,
})

describe('loader: CMS documents become checked site entries', () => {
  it('turns relations into id strings, dates into Seoul days and rich text into HTML', () => {
    const entry = toEntry('courses', 'ko', cmsCourse(), cmsCourse())
    expect(entry).toMatchObject({
      cmsId: '7',
      fieldId: '3',
      instructorIds: ['11', '12'],
      descriptionHtml: expect.stringContaining('<p>처음부터 차근차근</p>'),
      translated: true,
    })
    expect(entry.runs[0]).toMatchObject({ startDay: '2026-12-01', endDay: '2026-12-21', registrationUrl: 'https://yeyak.seocho.go.kr/edu/1' })
  })

  it.each([
    [{}, { registrationUrl: 'http://yeyak.seocho.go.kr/edu/1' }, 'runs.0.registrationUrl'],
    [{}, { capacity: 0 }, 'runs.0.capacity'],
    [{}, { startTime: '9:00' }, 'runs.0.startTime'],
    [{ level: 'expert' }, {}, 'level'],
    [{ title: '' }, {}, 'title'],
  ])('refuses a document that breaks the schema (%j %j), naming collection, id and field', (overrides, run, field) => {
    const doc = cmsCourse(overrides, run)
    expect(() => toEntry('courses', 'ko', doc, doc)).toThrow(InvalidDocumentError)
    expect(() => toEntry('courses', 'ko', doc, doc)).toThrow(new RegExp(`courses #7 \\(smartphone-basics\\) \\[ko\\][\\s\\S]*${field.replace(/\./g, '\\.')}`))
  })

  it('fills an English reading from Korean and marks it untranslated when the title is missing', () => {
    const korean = cmsCourse()
    const english = cmsCourse({ title: null, summary: null, description: null, outline: [{ id: 'a', title: null }] })
    const entry = toEntry('courses', 'en', english, korean)
    expect(entry).toMatchObject({ locale: 'en', translated: false, title: '스마트폰 기초', summary: '전화, 문자, 사진을 배웁니다.' })
    expect(entry.outline[0].title).toBe('전원 켜기')
    // A room is one value for both languages (a key, named on the page in the reader's language).
    expect(entry.runs[0].room).toBe('room-1')
  })

  it('keeps English where it exists, field by field', () => {
    const merged = withFallback({ title: 'Smartphone basics', summary: '', rows: [{ a: null, b: 'B' }] }, { title: '스마트폰', summary: '요약', rows: [{ a: '가', b: '나' }] })
    expect(merged).toEqual({ title: 'Smartphone basics', summary: '요약', rows: [{ a: '가', b: 'B' }] })
  })
})

describe('class days of a run', () => {
  it.each([
    [{ startDay: '2026-12-01', endDay: '2026-12-31', weekdays: ['tue', 'thu'], sessions: 4 }, ['2026-12-01', '2026-12-03', '2026-12-08', '2026-12-10']],
    [{ startDay: '2026-12-28', endDay: '2027-01-08', weekdays: ['mon'], sessions: undefined }, ['2026-12-28', '2027-01-04']],
  ] as const)('%j', (run, expected) => {
    expect(sessionDays({ ...run, weekdays: [...run.weekdays] })).toEqual(expected)
  })
})

describe('a run’s calendar file is named by its month', () => {
  const runs = [{ termMonth: '2027-01' }, { termMonth: '2027-02' }, { termMonth: '2027-01' }]
  it.each([
    [0, '2027-01'],
    [1, '2027-02'],
    // a second class in the same month (morning and afternoon) gets its own file
    [2, '2027-01-2'],
  ])('run %i → %s', (index, key) => {
    expect(runKey(runs, index)).toBe(key)
  })
})
