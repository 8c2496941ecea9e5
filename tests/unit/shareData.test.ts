/**
 * What shared links and search engines read about a notice: Seoul times with
 * their offset, a NewsArticle whose dates never run backwards, a picture even
 * when the notice has none, and press photos offered under a safe name.
 */
import { describe, expect, it } from 'vitest'

import type { Media } from '../../site/lib/images'
import type { Entry } from '../../site/lib/loader/schemas'
import { originalOf } from '../../site/lib/pressPhotos'
import { SHARE_HEIGHT, SHARE_WIDTH } from '../../site/lib/shareImage'
import { newsArticleJsonLd, seoulDateTime } from '../../site/lib/structuredData'

describe('seoulDateTime', () => {
  it.each([
    ['2026-10-23T00:00:00.000Z', '2026-10-23T09:00:00+09:00'],
    ['2026-12-31T15:30:00.000Z', '2027-01-01T00:30:00+09:00'],
    ['2027-02-28T14:59:59.000Z', '2027-02-28T23:59:59+09:00'],
    ['2028-02-28T15:00:00.000Z', '2028-02-29T00:00:00+09:00'],
  ])('%s is %s in Seoul', (instant, seoul) => {
    expect(seoulDateTime(instant)).toBe(seoul)
  })
})

const notice = (overrides: Partial<Entry<'notices'>> = {}): Entry<'notices'> => ({
  cmsId: '4',
  locale: 'ko',
  translated: true,
  slug: 'vision-pro-zone-opens',
  category: 'press-release',
  title: "서울 첫 어르신 전용 '비전 프로 체험존' 문 열어",
  summary: '어르신 전용 공간이 문을 열었습니다.',
  bodyHtml: '<p>본문</p>',
  publishedAt: '2026-10-30T00:00:00.000Z',
  modifiedAt: '2026-11-02T05:00:00.000Z',
  pinned: false,
  photos: [],
  attachmentIds: [],
  ...overrides,
})

const settings = {
  centerName: '서초구 IT교육센터',
  phone: '02-2155-8790',
  links: { registrationSystem: 'https://yeyak.seocho.go.kr/', districtOffice: 'https://www.seocho.go.kr/' },
} as never

const media = (overrides: Partial<Media> = {}): Media => ({
  cmsId: '17',
  locale: 'ko',
  translated: true,
  source: '/tmp/x.jpg',
  filename: 'press-vision-pro-trial.jpg',
  mimeType: 'image/jpeg',
  width: 1600,
  height: 1000,
  filesize: 327_680,
  alt: '비전 프로를 쓴 어르신',
  ...overrides,
})

const article = (item: Entry<'notices'>, images: Media[] = []) =>
  JSON.parse(
    newsArticleJsonLd(item, {
      url: 'https://itedu.example.kr/notices/vision-pro-zone-opens/',
      site: new URL('https://itedu.example.kr'),
      locale: 'ko',
      settings,
      section: '보도자료',
      images,
      district: '서울특별시 서초구',
    }),
  )

describe('newsArticleJsonLd', () => {
  it('describes the notice as a NewsArticle by the center, in Seoul time', () => {
    const data = article(notice(), [media()])
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: "서울 첫 어르신 전용 '비전 프로 체험존' 문 열어",
      inLanguage: 'ko',
      datePublished: '2026-10-30T09:00:00+09:00',
      dateModified: '2026-11-02T14:00:00+09:00',
      mainEntityOfPage: { '@id': 'https://itedu.example.kr/notices/vision-pro-zone-opens/' },
      author: [{ '@type': 'GovernmentOrganization', name: '서초구 IT교육센터', url: 'https://itedu.example.kr/' }],
      publisher: {
        name: '서초구 IT교육센터',
        logo: { url: 'https://itedu.example.kr/media/share/logo.png' },
        parentOrganization: { name: '서울특별시 서초구', url: 'https://www.seocho.go.kr/' },
      },
      image: [{ url: 'https://itedu.example.kr/media/share/17.jpg', width: SHARE_WIDTH, height: SHARE_HEIGHT }],
    })
  })

  it.each([
    ['no change recorded', undefined],
    ['a change recorded before publication (a scheduled notice)', '2026-10-01T00:00:00.000Z'],
  ])('never dates a change before publication: %s', (_, modifiedAt) => {
    expect(article(notice({ modifiedAt })).dateModified).toBe('2026-10-30T09:00:00+09:00')
  })

  it("gives the site's picture when the notice has none", () => {
    expect(article(notice()).image).toEqual([{ '@type': 'ImageObject', url: 'https://itedu.example.kr/media/share/site-default.jpg', width: 1200, height: 630 }])
  })

  it('cannot end its script element early', () => {
    const text = newsArticleJsonLd(notice({ title: '</script><script>alert(1)</script>' }), {
      url: 'https://itedu.example.kr/notices/x/',
      site: new URL('https://itedu.example.kr'),
      locale: 'ko',
      settings,
      section: '공지',
      images: [],
      district: '서초구',
    })
    expect(text).not.toContain('</script>')
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>')
  })
})

describe('originalOf', () => {
  it.each([
    ['an ASCII name is served as it is', media(), '/media/original/17/press-vision-pro-trial.jpg', 'press-vision-pro-trial.jpg'],
    ['a Korean name is served under a plain one and kept for the download', media({ filename: '개소식 사진.png', mimeType: 'image/png' }), '/media/original/17/image-17.png', '개소식 사진.png'],
  ])('%s', (_, item, href, filename) => {
    expect(originalOf(item)).toMatchObject({ href, filename })
  })

  it('says what the file is: format, pixel size and weight', () => {
    expect(originalOf(media())).toMatchObject({ format: 'JPEG', width: 1600, height: 1000, bytes: 327_680 })
  })
})
