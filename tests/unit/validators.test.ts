import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import {
  checkEndDayNotBeforeStart,
  checkEndTimeAfterStart,
  checkHttpsUrl,
  checkPageSlug,
  checkMonth,
  checkPositiveInteger,
  checkSiteLink,
  checkSlug,
  SITE_SECTIONS,
} from '../../cms/domain/validators'
import { slugFromTitle } from '../../cms/fields/slug'
import { validationMessage, validationMessages } from '../../cms/i18n/validationMessages'

describe('validators', () => {
  describe.each([
    { name: 'slug', check: checkSlug, good: ['ai-basics', 'kiosk-2026', 'a'], bad: [['AI-Basics', 'slugFormat'], ['스마트폰', 'slugFormat'], ['a--b', 'slugFormat'], ['-a', 'slugFormat'], ['a b', 'slugFormat'], ['x'.repeat(81), 'slugTooLong'], ['', 'required']] },
    { name: 'https URL', check: checkHttpsUrl, good: ['https://yeyak.seocho.go.kr/edu/1', 'https://www.seocho.go.kr'], bad: [['http://www.seocho.go.kr', 'httpsUrl'], ['javascript:alert(1)', 'httpsUrl'], ['www.seocho.go.kr', 'httpsUrl'], ['/relative', 'httpsUrl'], ['https://localhost', 'httpsUrl'], ['https://user:pw@seocho.go.kr', 'httpsUrl'], ['data:text/html,x', 'httpsUrl']] },
    { name: 'capacity', check: checkPositiveInteger, good: [1, 20, 300], bad: [[0, 'positiveInteger'], [-3, 'positiveInteger'], [2.5, 'positiveInteger'], ['20', 'positiveInteger']] },
    { name: 'term month', check: checkMonth, good: ['2026-12', '2027-01'], bad: [['2026-13', 'monthFormat'], ['2026-1', 'monthFormat'], ['12/2026', 'monthFormat']] },
    { name: 'menu link', check: checkSiteLink, good: ['/courses', '/', 'https://www.seocho.go.kr/'], bad: [['courses', 'siteLink'], ['javascript:alert(1)', 'siteLink'], ['/a b', 'siteLink']] },
  ] as const)('$name', ({ check, good, bad }) => {
    it.each(good.map((value) => [value]))('accepts %s', (value) => {
      expect((check as (v: unknown) => unknown)(value)).toBeNull()
    })
    it.each(bad.map(([value, reason]) => [value, reason]))('refuses %s because %s', (value, reason) => {
      expect((check as (v: unknown) => unknown)(value)).toBe(reason)
    })
  })

  it.each([
    ['09:00', '11:00', null],
    ['09:00', '09:00', 'endTimeBeforeStart'],
    ['14:00', '13:59', 'endTimeBeforeStart'],
    ['09:00', '25:00', 'timeFormat'],
  ])('a class from %s to %s: %s', (start, end, expected) => {
    expect(checkEndTimeAfterStart(start, end)).toBe(expected)
  })

  it.each([
    ['2026-12-01', '2026-12-01', null],
    ['2026-12-01', '2026-12-22', null],
    ['2026-12-10', '2026-12-09', 'endDateBeforeStart'],
    ['2026-12-31', '2027-01-02', null],
  ])('a run from %s to %s: %s', (start, end, expected) => {
    expect(checkEndDayNotBeforeStart(start, end)).toBe(expected)
  })

  it('every reason has a Korean and an English message that differ from the key', () => {
    for (const key of Object.keys(validationMessages.ko)) {
      expect(validationMessage(key, 'ko')).not.toBe(key)
      expect(validationMessage(key, 'en')).not.toBe(key)
    }
    expect(Object.keys(validationMessages.en).sort()).toEqual(Object.keys(validationMessages.ko).sort())
  })

  it.each([
    ['Kiosk Basics 2026', 'kiosk-basics-2026'],
    ['AI 활용 입문', 'ai-hwallyong-immun'],
    ['  ChatGPT로 글쓰기!! ', 'chatgptro-geulsseugi'],
    ['※ ★ !!', 'course-abc'],
  ])('slug from the title %j', (title, expected) => {
    const slug = slugFromTitle(title, 'course', parseInt('abc', 36))
    expect(slug).toBe(expected)
    expect(checkSlug(slug)).toBeNull()
  })
})

describe('a standing page never takes over one of the site\'s own addresses', () => {
  it.each([
    ['courses', 'slugReserved'],
    ['open-calls', 'slugReserved'],
    ['sitemap', 'slugReserved'],
    ['en', 'slugReserved'],
    ['about', null],
    ['courses-guide', null],
    ['Courses', 'slugFormat'],
  ])('%s → %s', (slug, failure) => {
    expect(checkPageSlug(slug)).toBe(failure)
  })

  it('every section folder of the site is reserved', () => {
    const folders = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('[')).map((entry) => entry.name)
    for (const section of [...folders('site/pages/[...lang]'), ...folders('site/pages')]) expect(SITE_SECTIONS, section).toContain(section)
  })
})
