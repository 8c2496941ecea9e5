/**
 * Automatic slugs from Korean titles: romanized, readable, URL-safe, and
 * different for every title of the demo content (content/*.json), which are
 * the kind of titles staff write.
 */
import { describe, expect, it } from 'vitest'

import { firstFreeSlug, READABLE_SLUG_MAX_LENGTH, readableSlug } from '../../cms/domain/readableSlug'
import { checkSlug } from '../../cms/domain/validators'
import { slugFromTitle } from '../../cms/fields/slug'
import { readContent } from '../../cms/seed/readContent'

const content = readContent()
const titles = (entries: Array<{ title?: { ko: string }; name?: { ko: string } }>) => entries.map((entry) => (entry.title ?? entry.name)!.ko)

describe('readableSlug', () => {
  it.each([
    ['스마트폰 처음 배우기', 'seumateupon-cheoeum-baeugi'],
    ['키오스크·배달앱 실습', 'kioseukeu-baedaraep-silseup'],
    ['2027년 1월 AI 챗봇 첫걸음', '2027nyeon-1wol-ai-chaetbot-cheotgeoreum'],
    ["서울 첫 어르신 전용 '비전 프로 체험존' 문 열어", 'seoul-cheot-eoreusin-jeonnyong-bijeon-peuro-cheheomjon-mun'],
    ['Vision Pro 체험존', 'vision-pro-cheheomjon'],
  ])('%j → %s', (title, expected) => {
    expect(readableSlug(title)).toBe(expected)
  })

  describe.each([
    ['courses', titles(content.courses)],
    ['notices', titles(content.notices)],
    ['board posts', titles(content.boardPosts)],
    ['instructors', titles(content.instructors)],
    ['zones', titles(content.zones)],
    ['pages', titles(content.pages)],
  ])('every demo title of %s', (_kind, list) => {
    it.each(list)('%s', (title) => {
      const slug = slugFromTitle(title, 'x', 0)
      expect(checkSlug(slug)).toBeNull()
      // Readable: words, not the time-stamp fallback, and not cut inside a word.
      expect(slug).not.toMatch(/^x-/)
      expect(slug.length).toBeLessThanOrEqual(READABLE_SLUG_MAX_LENGTH)
      expect(readableSlug(`${title} 추가 단어가 아주 많이 붙은 제목 뒤쪽`)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    })
    it('gives each title its own slug', () => {
      expect(new Set(list.map((title) => readableSlug(title))).size).toBe(new Set(list).size)
    })
  })

  it('cuts a long title at a word boundary', () => {
    const long = readableSlug('서초구 IT교육센터 어르신 디지털 금융 교육 안내 및 수강생 모집 공고 (은행 앱·간편결제·사기 예방)')
    expect(long.length).toBeLessThanOrEqual(READABLE_SLUG_MAX_LENGTH)
    expect(readableSlug('서초구 IT교육센터 어르신 디지털 금융 교육 안내 및 수강생 모집 공고 (은행 앱·간편결제·사기 예방)', 1000).startsWith(long)).toBe(true)
    expect(long.endsWith('-')).toBe(false)
  })
})

describe('firstFreeSlug', () => {
  it.each([
    [[], 'seumateupon'],
    [['seumateupon'], 'seumateupon-2'],
    [['seumateupon', 'seumateupon-2'], 'seumateupon-3'],
    [['seumateupon-2'], 'seumateupon'],
  ])('taken %j → %s', (taken, expected) => {
    expect(firstFreeSlug('seumateupon', new Set(taken))).toBe(expected)
  })
})
