/**
 * Shared links: every page type, in Korean and English, carries complete Open
 * Graph data (what KakaoTalk, Facebook and the journalists' chats show) with a
 * picture that really answers, in a format and size the big messengers take;
 * notices and press releases carry NewsArticle JSON-LD search engines accept.
 */
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'

import { readContent } from '../../cms/seed/readContent'

const content = readContent()
const first = <T extends { slug: string }>(items: T[], where: (item: T) => boolean = () => true) => items.find(where)!.slug
const release = content.notices.find((notice) => notice.category === 'press-release' && notice.photos.length > 0)!

/** One page of every type, with what a shared link of it must say. */
const PAGES: { path: string; type: 'website' | 'article'; article?: boolean; imageKey?: string }[] = [
  { path: '/', type: 'website' },
  { path: '/courses/', type: 'website' },
  { path: `/courses/${first(content.courses)}/`, type: 'website' },
  { path: `/courses/field/${first(content.fields)}/`, type: 'website', imageKey: content.fields[0].image },
  { path: '/courses/level/beginner/', type: 'website' },
  { path: '/fields/', type: 'website' },
  { path: '/timetable/', type: 'website' },
  { path: '/search/', type: 'website' },
  { path: '/notices/', type: 'website' },
  { path: '/notices/page/2/', type: 'website' },
  { path: '/notices/category/press-release/', type: 'website' },
  { path: `/notices/${release.slug}/`, type: 'article', article: true, imageKey: release.photos[0].image },
  { path: `/notices/${first(content.notices, (n) => n.category === 'announcement' && n.photos.length === 0)}/`, type: 'article', article: true },
  { path: `/notices/${first(content.notices, (n) => n.category === 'open-call')}/`, type: 'article', article: true },
  { path: `/notices/${first(content.notices, (n) => n.category === 'event')}/`, type: 'article', article: true },
  { path: '/open-calls/', type: 'website' },
  { path: '/press/', type: 'website' },
  { path: '/board/', type: 'website' },
  { path: '/board/category/schedule/', type: 'website' },
  { path: '/board/1/', type: 'article' },
  { path: '/zones/', type: 'website' },
  { path: `/zones/${first(content.zones)}/`, type: 'website', imageKey: content.zones[0].image },
  { path: '/instructors/', type: 'website' },
  { path: `/instructors/${first(content.instructors)}/`, type: 'website' },
  { path: '/about/', type: 'website' },
  { path: '/faq/', type: 'website' },
  { path: '/directions/', type: 'website' },
]

const OG_LOCALE = { ko: 'ko_KR', en: 'en_US' } as const
const ISO_SEOUL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/

/** Every <meta property|name> of the page, each with all the values it has. */
async function metaOf(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const all: Record<string, string[]> = {}
    for (const meta of document.head.querySelectorAll('meta[property], meta[name]')) {
      const key = meta.getAttribute('property') ?? meta.getAttribute('name')!
      ;(all[key] ??= []).push(meta.getAttribute('content') ?? '')
    }
    return all
  })
}

// An image answers once per run: many pages share the site's picture.
const checked = new Map<string, Promise<{ width: number; height: number; type: string }>>()
function fetchImage(request: APIRequestContext, url: string) {
  if (!checked.has(url)) {
    checked.set(
      url,
      (async () => {
        // Absolute addresses carry the site's configured origin; ask the server under test for the same path.
        const response = await request.get(new URL(url).pathname)
        expect(response.status(), `${url} answers`).toBe(200)
        const type = response.headers()['content-type']
        const { width, height, format } = await sharp(await response.body()).metadata()
        expect(`image/${format}`, `${url} is what its content type says`).toBe(type.replace('jpg', 'jpeg'))
        return { width: width!, height: height!, type }
      })(),
    )
  }
  return checked.get(url)!
}

const absolute = (value: string | undefined) => {
  expect(value, 'an absolute address').toMatch(/^https?:\/\//)
  return new URL(value!)
}

for (const locale of ['ko', 'en'] as const) {
  for (const { path, type, article, imageKey } of PAGES) {
    const url = `${locale === 'en' ? '/en' : ''}${path}`
    test(`${url}: Open Graph${article ? ' and NewsArticle' : ''}`, async ({ page, request }) => {
      await page.goto(url)
      const meta = await metaOf(page)
      const one = (key: string) => {
        expect(meta[key], `exactly one ${key}`).toHaveLength(1)
        expect(meta[key][0].trim(), `${key} says something`).not.toBe('')
        return meta[key][0]
      }
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')

      expect(one('og:type')).toBe(type)
      expect(one('og:url')).toBe(canonical)
      absolute(one('og:url'))
      one('og:title')
      one('og:description')
      one('og:site_name')
      expect(one('og:locale')).toBe(OG_LOCALE[locale])
      expect(one('og:locale:alternate')).toBe(OG_LOCALE[locale === 'ko' ? 'en' : 'ko'])
      expect(one('twitter:card')).toBe('summary_large_image')
      one('og:image:alt')

      // The picture: absolute, on this site, JPEG or PNG (messengers refuse AVIF), large-card size, and as declared.
      const image = absolute(one('og:image'))
      expect(image.origin).toBe(new URL(canonical!).origin)
      expect(one('og:image:type')).toMatch(/^image\/(jpeg|png)$/)
      const declared = { width: Number(one('og:image:width')), height: Number(one('og:image:height')) }
      expect(declared.width).toBeGreaterThanOrEqual(1200)
      expect(declared.height).toBeGreaterThanOrEqual(630)
      const served = await fetchImage(request, image.href)
      expect(served.type).toBe(one('og:image:type'))
      expect({ width: served.width, height: served.height }).toEqual(declared)
      if (imageKey) {
        const picture = content.images.find((entry) => entry.key === imageKey)!
        expect(one('og:image:alt'), 'the page shares its own picture').toBe(picture.alt[locale] ?? picture.alt.ko)
      }
      if (type === 'article') expect(one('article:published_time')).toMatch(ISO_SEOUL)

      if (!article) return
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
      const news = blocks.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'NewsArticle')
      expect(news, 'a NewsArticle').toBeDefined()
      expect(news['@context']).toBe('https://schema.org')
      expect(news.headline).toBe((await page.getByRole('heading', { level: 1 }).textContent())!.trim())
      expect(news.inLanguage).toBe(locale)
      expect(news.mainEntityOfPage['@id']).toBe(canonical)
      expect(news.datePublished).toMatch(ISO_SEOUL)
      expect(news.dateModified).toMatch(ISO_SEOUL)
      expect(Date.parse(news.dateModified)).toBeGreaterThanOrEqual(Date.parse(news.datePublished))
      const shown = await page.getByRole('main').locator('time').first().getAttribute('datetime')
      expect(Date.parse(news.datePublished), 'the date the page shows').toBe(Date.parse(shown!))
      expect(news.author[0]['@type']).toMatch(/Organization$/)
      expect(news.author[0].name).toBe(content.settings.centerName[locale])
      expect(news.publisher['@type']).toMatch(/Organization$/)
      expect(news.publisher.name).toBe(content.settings.centerName[locale])
      absolute(news.publisher.url)
      const logo = await fetchImage(request, absolute(news.publisher.logo.url).href)
      expect({ width: logo.width, height: logo.height }).toEqual({ width: news.publisher.logo.width, height: news.publisher.logo.height })
      expect(news.image.length).toBeGreaterThan(0)
      for (const picture of news.image) {
        const served = await fetchImage(request, absolute(picture.url).href)
        expect({ width: served.width, height: served.height }).toEqual({ width: picture.width, height: picture.height })
      }
    })
  }
}
