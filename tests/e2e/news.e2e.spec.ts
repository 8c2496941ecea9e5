/**
 * News on the public site: notices in pages and categories, a press release
 * read in English, open calls with their deadline and apply link, the RSS
 * feeds, and axe on each kind of page in both languages.
 */
import { expect, type Page, test } from '@playwright/test'

import { readContent } from '../../cms/seed/readContent'
import { expectNoAxeViolations } from './support/axe'

const content = readContent()
const newestFirst = [...content.notices].sort((a, b) => a.daysAgo - b.daysAgo)
const pressReleases = newestFirst.filter((notice) => notice.category === 'press-release')
const openCalls = newestFirst.filter((notice) => notice.category === 'open-call' && (notice.deadlineInDays ?? -1) > 0)
const photoRelease = pressReleases.find((notice) => notice.photos.length > 0 && notice.attachments.length > 0)!

/** The items of a notice list: each is a list item with a heading. */
const noticeItems = (page: Page) => page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading') })

test.describe('a press release in English', () => {
  test('opens from the press room with its English title, body and language alternates', async ({ page }) => {
    const release = pressReleases[0]
    await page.goto('/en/press/')
    await expect(page.getByRole('heading', { level: 1, name: 'Press room' })).toBeVisible()
    await page.getByRole('link', { name: release.title.en }).click()

    await expect(page).toHaveURL(new RegExp(`/en/notices/${release.slug}/$`))
    await expect(page.getByRole('heading', { level: 1, name: release.title.en })).toBeVisible()
    const firstParagraph = release.body.en!.split('\n\n')[0]
    await expect(page.getByText(firstParagraph)).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute('href', new RegExp(`/notices/${release.slug}/$`))
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`/en/notices/${release.slug}/$`))
  })

  test('shows press photos with caption and credit, and the press contact', async ({ page }) => {
    await page.goto('/en/press/')
    const gallery = page.getByRole('region', { name: 'Press photos' })
    await expect(gallery.getByRole('figure').first()).toContainText('Credit:')
    await expect(gallery.getByRole('link', { name: 'Download the original' }).first()).toHaveAttribute('href', /^\/media\/.+\.webp$/)
    const contact = page.getByRole('region', { name: 'Press contact' })
    await expect(contact.getByRole('link', { name: content.settings.press.phone! })).toHaveAttribute('href', /^tel:\d+$/)
    await expect(contact.getByRole('link', { name: content.settings.press.email! })).toHaveAttribute('href', /^mailto:/)
  })
})

const feeds = [
  { path: '/feed.xml', language: 'ko', prefix: '/notices/' },
  { path: '/en/feed.xml', language: 'en', prefix: '/en/notices/' },
]

for (const { path, language, prefix } of feeds) {
  test(`the RSS feed ${path} is well-formed RSS 2.0 with at least 10 items whose links resolve`, async ({ page, request }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/xml/)
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.documentElement.getAttribute('version'),
        language: doc.querySelector('channel > language')?.textContent,
        items: [...doc.querySelectorAll('item')].map((item) => ({
          title: item.querySelector('title')?.textContent ?? '',
          link: item.querySelector('link')?.textContent ?? '',
          pubDate: item.querySelector('pubDate')?.textContent ?? '',
          category: item.querySelector('category')?.textContent ?? '',
        })),
      }
    }, await response.text())

    expect(feed.error).toBeNull()
    expect(feed.version).toBe('2.0')
    expect(feed.language).toBe(language)
    expect(feed.items.length).toBeGreaterThanOrEqual(10)
    for (const item of feed.items) {
      expect(item.title).not.toBe('')
      expect(item.category).not.toBe('')
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
      expect(item.link).toMatch(/^https?:\/\//)
    }
    // The feed's links carry the configured site address; check the path resolves on the server under test.
    for (const item of feed.items.slice(0, 3)) {
      const linkPath = new URL(item.link).pathname
      expect(linkPath.startsWith(prefix)).toBe(true)
      expect((await request.get(linkPath)).status(), linkPath).toBe(200)
    }
  })
}

test.describe('notice lists', () => {
  test('are paged ten at a time, with a second page', async ({ page }) => {
    await page.goto('/notices/')
    await expect(noticeItems(page)).toHaveCount(10)
    await page.getByRole('navigation', { name: '쪽 이동' }).getByRole('link', { name: /^2\s*쪽$/ }).click()
    await expect(page).toHaveURL(/\/notices\/page\/2\/$/)
    await expect(page.getByRole('navigation', { name: '쪽 이동' }).getByRole('link', { name: /^2\s*쪽$/ })).toHaveAttribute('aria-current', 'page')
    await expect(noticeItems(page)).toHaveCount(Math.min(10, content.notices.length - 10))
  })

  test('filter by category and show only that category', async ({ page }) => {
    await page.goto('/notices/')
    const categories = page.getByRole('navigation', { name: '분류' })
    await categories.getByRole('link', { name: '보도자료' }).click()
    await expect(page).toHaveURL(/\/notices\/category\/press-release\/$/)
    await expect(page.getByRole('heading', { level: 1, name: '보도자료' })).toBeVisible()
    await expect(categories.getByRole('link', { name: '보도자료' })).toHaveAttribute('aria-current', 'page')
    await expect(noticeItems(page)).toHaveCount(pressReleases.length)
    const listed = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()
    expect(listed.map((title) => title.trim()).sort()).toEqual(pressReleases.map((release) => release.title.ko).sort())
  })
})

test.describe('an open call', () => {
  test('shows its deadline, field and an https apply link', async ({ page }) => {
    const call = openCalls[0]
    await page.goto('/open-calls/')
    await page.getByRole('link', { name: call.title.ko, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/notices/${call.slug}/$`))
    await expect(page.getByText('접수 중', { exact: true })).toBeVisible()
    await expect(page.getByText(/마감: \d{4}년 \d{1,2}월 \d{1,2}일\([월화수목금토일]\)/)).toBeVisible()
    await expect(page.getByRole('term').filter({ hasText: '모집 분야' })).toBeVisible()
    await expect(page.getByRole('link', { name: '지원하기' })).toHaveAttribute('href', /^https:\/\//)
  })
})

const axePaths = [`/notices/${photoRelease.slug}/`, `/notices/${openCalls[0].slug}/`, '/notices/', '/press/', '/open-calls/']

test.describe('axe, WCAG 2.2 AA and best practices', () => {
  for (const prefix of ['', '/en']) {
    for (const path of axePaths) {
      test(`${prefix}${path} has no violations`, async ({ page }) => {
        await page.goto(`${prefix}${path}`)
        await expectNoAxeViolations(page)
      })
    }
  }
})
