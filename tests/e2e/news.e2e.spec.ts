/**
 * News on the public site: notices in pages and categories (pinned ones in
 * their own place, the list newest first), a press release read in English
 * with its press contact, press photos downloaded as they were uploaded,
 * open calls with their deadline and apply link where the text says it is,
 * the RSS feeds, and axe on each kind of page in both languages.
 */
import { expect, type Locator, type Page, test } from '@playwright/test'
import { fileTypeFromBuffer } from 'file-type'

import { contentDir, readContent } from '../../cms/seed/readContent'
import { imageFilename, imageUpload } from '../../cms/seed/uploads'
import { expectNoAxeViolations } from './support/axe'

const content = readContent()
const newestFirst = [...content.notices].sort((a, b) => a.daysAgo - b.daysAgo)
const pressReleases = newestFirst.filter((notice) => notice.category === 'press-release')
const openCalls = newestFirst.filter((notice) => notice.category === 'open-call' && (notice.deadlineInDays ?? -1) > 0)
const photoRelease = pressReleases.find((notice) => notice.photos.length > 0 && notice.attachments.length > 0)!
const press = content.settings.press

/** The items of a notice list: each is a list item with a heading. */
const noticeItems = (page: Page) => page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading') })
/** The titles of the notices listed in one region of the page, in the order shown. */
const titlesIn = async (region: Locator) => (await region.getByRole('listitem').getByRole('heading', { level: 3 }).allTextContents()).map((title) => title.trim())

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

  test('shows press photos with caption and English credit, a download that says what it gives, and the press contact', async ({ page }) => {
    await page.goto('/en/press/')
    const gallery = page.getByRole('region', { name: 'Press photos' })
    const photo = gallery.getByRole('listitem').first()
    await expect(photo.getByRole('figure')).toContainText('Photo: Courtesy of Seocho-gu')
    await expect(gallery).not.toContainText('서초구')
    const download = photo.getByRole('link', { name: /^Download the original/ })
    await expect(download).toHaveAccessibleName(/^Download the original \(JPEG, 1600×1000, \d+KB\)$/)
    await expect(download).toHaveAttribute('href', /^\/media\/original\/[^/]+\/[\w.-]+\.jpg$/)
    await expect(download).toHaveAttribute('download', /^[\w-]+\.jpg$/)
    const contact = page.getByRole('region', { name: 'Press contact' })
    await expect(contact.getByRole('link', { name: press.phone })).toHaveAttribute('href', /^tel:\d+$/)
    await expect(contact.getByRole('link', { name: press.email })).toHaveAttribute('href', /^mailto:/)
  })
})

test.describe('press photos', () => {
  /** A press photo's credit: that of its row in the newest release showing it, else the image's own. */
  const creditOf = (key: string): { ko: string; en?: string } => {
    const row = pressReleases.flatMap((release) => release.photos).find((photo) => photo.image === key)
    return (row?.credit ?? content.images.find((image) => image.key === key)!.credit)!
  }
  // The file a journalist gets is the one staff uploaded: the same bytes, not a resized WebP.
  for (const prefix of ['', '/en']) {
    test(`${prefix || '/'}: every "download the original" gives the uploaded file, at its stated size`, async ({ page, request }) => {
      await page.goto(`${prefix}/press/`)
      const photos = page.getByRole('region', { name: prefix ? 'Press photos' : '보도 사진' }).getByRole('listitem')
      const count = await photos.count()
      expect(count).toBeGreaterThan(0)
      for (let index = 0; index < count; index++) {
        const photo = photos.nth(index)
        const link = photo.getByRole('link', { name: prefix ? /^Download the original/ : /^원본 내려받기/ })
        const filename = (await link.getAttribute('download'))!
        const image = content.images.find((entry) => imageFilename(entry) === filename)
        expect(image, `${filename} is one of the demo images`).toBeDefined()
        const uploaded = await imageUpload(contentDir(), image!)

        const response = await request.get((await link.getAttribute('href'))!)
        expect(response.status()).toBe(200)
        expect(response.headers()['content-type']).toBe(uploaded.mimetype)
        const served = await response.body()
        expect(served.equals(uploaded.data), `${filename}: served bytes equal the uploaded file`).toBe(true)
        const name = (await link.textContent())!
        expect(name).toContain(`${Math.max(1, Math.round(uploaded.size / 1024))}KB`)
        const credit = creditOf(image!.key)
        await expect(photo.getByRole('figure')).toContainText(prefix ? `Photo: ${credit.en}` : `출처: ${credit.ko}`)
      }
    })
  }
})

test.describe('the press contact is on every press release', () => {
  const cases = pressReleases.flatMap((release) => [
    { path: `/notices/${release.slug}/`, region: '언론 문의', name: press.contactName.ko },
    { path: `/en/notices/${release.slug}/`, region: 'Press contact', name: press.contactName.en! },
  ])
  for (const { path, region, name } of cases) {
    test(path, async ({ page }) => {
      await page.goto(path)
      const contact = page.getByRole('region', { name: region })
      await expect(contact).toContainText(name)
      await expect(contact.getByRole('link', { name: press.phone })).toHaveAttribute('href', `tel:${press.phone.replace(/\D/g, '')}`)
      await expect(contact.getByRole('link', { name: press.email })).toHaveAttribute('href', `mailto:${press.email}`)
    })
  }
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
  const notPinned = newestFirst.filter((notice) => !notice.pinned)

  test('are paged ten at a time, with a second page', async ({ page }) => {
    await page.goto('/notices/')
    const list = page.getByRole('region', { name: '전체 소식 (최신순)' })
    await expect(list.getByRole('listitem')).toHaveCount(10)
    await page.getByRole('navigation', { name: '쪽 이동' }).getByRole('link', { name: /^2\s*쪽$/ }).click()
    await expect(page).toHaveURL(/\/notices\/page\/2\/$/)
    await expect(page.getByRole('navigation', { name: '쪽 이동' }).getByRole('link', { name: /^2\s*쪽$/ })).toHaveAttribute('aria-current', 'page')
    await expect(noticeItems(page)).toHaveCount(Math.min(10, notPinned.length - 10))
    await expect(page.getByRole('region', { name: '고정 공지' })).toHaveCount(0)
  })

  // Each list: its pinned notices in a labelled place above, then the others newest first.
  const lists = [
    { path: '/notices/', locale: 'ko', list: '전체 소식 (최신순)', pinned: '고정 공지', filter: () => true },
    { path: '/en/notices/', locale: 'en', list: 'All news, newest first', pinned: 'Pinned', filter: () => true },
    { path: '/notices/category/press-release/', locale: 'ko', list: '보도자료 (최신순)', pinned: '고정 공지', filter: (n: Notice) => n.category === 'press-release' },
    { path: '/en/notices/category/announcement/', locale: 'en', list: 'Announcements, newest first', pinned: 'Pinned', filter: (n: Notice) => n.category === 'announcement' },
    { path: '/press/', locale: 'ko', list: '보도자료 (최신순)', pinned: '고정 공지', filter: (n: Notice) => n.category === 'press-release' },
    { path: '/en/press/', locale: 'en', list: 'Press releases, newest first', pinned: 'Pinned', filter: (n: Notice) => n.category === 'press-release' },
  ] as const
  type Notice = (typeof newestFirst)[number]
  for (const { path, locale, list, pinned, filter } of lists) {
    test(`${path}: pinned notices apart under "${pinned}", the list newest first`, async ({ page }) => {
      const title = (notice: Notice) => notice.title[locale] ?? notice.title.ko
      const expectedPinned = newestFirst.filter((notice) => notice.pinned && filter(notice)).map(title)
      const expectedList = newestFirst.filter((notice) => !notice.pinned && filter(notice)).slice(0, 10).map(title)
      expect(expectedPinned.length, 'the demo has a pinned notice in this list').toBeGreaterThan(0)
      await page.goto(path)

      const pinnedRegion = page.getByRole('region', { name: pinned, exact: true })
      expect(await titlesIn(pinnedRegion)).toEqual(expectedPinned)
      const listRegion = page.getByRole('region', { name: list, exact: true })
      expect(await titlesIn(listRegion)).toEqual(expectedList)
      // The pinned place comes first, and the dates in the list never go up.
      expect((await pinnedRegion.boundingBox())!.y).toBeLessThan((await listRegion.boundingBox())!.y)
      const dates = await listRegion.locator('time').evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute('datetime')!)))
      expect(dates).toEqual([...dates].sort((a, b) => b - a))
    })
  }

  test('filter by category and show only that category', async ({ page }) => {
    await page.goto('/notices/')
    const categories = page.getByRole('navigation', { name: '분류' })
    await categories.getByRole('link', { name: '보도자료' }).click()
    await expect(page).toHaveURL(/\/notices\/category\/press-release\/$/)
    await expect(page.getByRole('heading', { level: 1, name: '보도자료' })).toBeVisible()
    await expect(categories.getByRole('link', { name: '보도자료' })).toHaveAttribute('aria-current', 'page')
    await expect(noticeItems(page)).toHaveCount(pressReleases.length)
    const listed = await page.getByRole('main').getByRole('heading', { level: 3 }).allTextContents()
    expect(listed.map((title) => title.trim()).sort()).toEqual(pressReleases.map((release) => release.title.ko).sort())
  })
})

test.describe('the press room is where a journalist looks first', () => {
  for (const { home, menu, name } of [
    { home: '/', menu: '주 메뉴', name: '보도자료실' },
    { home: '/en/', menu: 'Main menu', name: 'Press room' },
  ]) {
    test(`${home}: the main menu leads to it`, async ({ page }) => {
      await page.goto(home)
      // The menu may sit behind a "전체 메뉴" button: what matters is that it holds the link.
      const link = page.getByRole('navigation', { name: menu, includeHidden: true }).getByRole('link', { name, exact: true, includeHidden: true })
      await expect(link).toHaveAttribute('href', `${home}press/`)
      await page.goto(`${home}press/`)
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    })
  }

  test('the English home page has a "For the press" entry', async ({ page }) => {
    await page.goto('/en/')
    const entry = page.getByRole('region', { name: 'For the press' })
    await entry.getByRole('link', { name: 'Go to the press room' }).click()
    await expect(page).toHaveURL(/\/en\/press\/$/)
  })
})

test.describe('an open call', () => {
  test('shows its deadline, field and an https apply link', async ({ page }) => {
    const call = openCalls[0]
    await page.goto('/open-calls/')
    await page.getByRole('link', { name: call.title.ko, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/notices/${call.slug}/$`))
    await expect(page.getByText('접수 중', { exact: true }).first()).toBeVisible()
    await expect(page.getByText(/마감: \d{4}년 \d{1,2}월 \d{1,2}일\([월화수목금토일]\)/).first()).toBeVisible()
    await expect(page.getByRole('term').filter({ hasText: '모집 분야' })).toBeVisible()
    await expect(page.getByRole('link', { name: '지원하기' }).first()).toHaveAttribute('href', /^https:\/\//)
  })

  test('would-be instructors find the calls: "강사 모집" in the menu, "강사로 참여하기" on the instructors page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/')
    await page.getByRole('banner').locator('summary', { hasText: '전체 메뉴' }).click()
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '강사 모집', exact: true }).click()
    await expect(page).toHaveURL(/\/open-calls\/$/)
    await expect(page.getByRole('heading', { name: '지난 모집' })).toBeVisible()
    await page.goto('/instructors/')
    await page.getByRole('main').getByRole('link', { name: '강사로 참여하기' }).click()
    await expect(page).toHaveURL(/\/open-calls\/$/)
    await expect(page.getByRole('link', { name: openCalls[0].title.ko, exact: true })).toBeVisible()
  })

  test('the news list shows a call\'s deadline and whether it is still open', async ({ page }) => {
    await page.goto('/notices/')
    const item = noticeItems(page).filter({ has: page.getByRole('heading', { name: openCalls[0].title.ko, exact: true }) })
    await expect(item.getByText('접수 중', { exact: true })).toBeVisible()
    await expect(item.getByText(/마감: \d{4}년 \d{1,2}월 \d{1,2}일\([월화수목금토일]\)/)).toBeVisible()
    await expect(item.getByRole('link', { name: '지원하기' })).toBeVisible()
  })

  test('once the deadline passes, a page built earlier says 마감됨 and offers no apply button', async ({ browser, page }) => {
    const call = openCalls[0]
    await page.goto(`/notices/${call.slug}/`)
    const closes = Date.parse((await page.locator('[data-live-window]').first().getAttribute('data-closes'))!)
    for (const [path, where] of [[`/notices/${call.slug}/`, 'the call'], ['/open-calls/', 'the calls list'], ['/notices/', 'the news list']]) {
      const later = await browser.newPage()
      await later.clock.install({ time: closes + 60_000 })
      await later.goto(path)
      const main = later.getByRole('main')
      await expect(main.getByRole('link', { name: '지원하기' }), where).toHaveCount(0)
      await expect(main.getByText('마감됨', { exact: true }).first(), where).toBeVisible()
      if (path.startsWith('/notices/open')) await expect(main.getByText('이 모집은 마감되었습니다.'), where).toBeVisible()
      await later.close()
    }
  })

  for (const call of content.notices.filter((notice) => notice.category === 'open-call')) {
    test(`${call.slug}: the call says how to apply, what it pays, when results come and whom to ask`, async ({ page }) => {
      await page.goto(`/notices/${call.slug}/`)
      const facts = page.getByRole('main').locator('.call dl.facts').first()
      for (const [term, value] of [['지원 방법', call.howToApply!.ko], ['강사료', call.pay!.ko], ['결과 발표', call.results!.ko]]) {
        await expect(facts.getByRole('term').filter({ hasText: term })).toBeVisible()
        await expect(facts.getByRole('definition').filter({ hasText: value })).toBeVisible()
      }
      await expect(facts.getByRole('term').filter({ hasText: '문의' })).toBeVisible()
      await expect(facts.getByRole('link', { name: call.contact! })).toHaveAttribute('href', `tel:${call.contact!.replace(/\D/g, '')}`)
    })
  }

  for (const call of openCalls) {
    test(`${call.slug}: the call and the application form come in Korean, as Word files with fields to fill`, async ({ page, request }) => {
      await page.goto(`/notices/${call.slug}/`)
      const files = page.getByRole('region', { name: '첨부 파일' }).getByRole('listitem')
      const word = files.filter({ hasText: 'Word' })
      await expect(word.getByRole('link', { name: '강사 지원서 양식', exact: true })).toBeVisible()
      await expect(word.getByRole('link', { name: /공고문$/ })).toBeVisible()
      for (const link of await word.getByRole('link').all()) {
        const response = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href)
        expect(response.status()).toBe(200)
        expect((await fileTypeFromBuffer(await response.body()))?.ext).toBe('docx')
      }
      // The English PDFs are still there, and say so.
      await expect(files.filter({ hasText: 'PDF' }).getByRole('link', { name: /\(영문\)$/ }).first()).toBeVisible()
    })
  }

  // The text sends the reader to the button below it: there must be one, by that name, below it.
  const cases = openCalls.flatMap((call) => [
    { path: `/notices/${call.slug}/`, says: "아래 '지원하기' 단추", button: '지원하기' },
    { path: `/en/notices/${call.slug}/`, says: "the 'Apply' button below", button: 'Apply' },
  ])
  for (const { path, says, button } of cases) {
    test(`${path}: the apply button is where the text says it is`, async ({ page }) => {
      await page.goto(path)
      const sentence = page.getByRole('main').getByText(says)
      await expect(sentence).toBeVisible()
      const below = (await sentence.boundingBox())!.y
      const buttons = page.getByRole('main').getByRole('link', { name: button, exact: true })
      const tops = await buttons.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().top + window.scrollY))
      expect(tops.some((top) => top > below), `a "${button}" link below "${says}"`).toBe(true)
    })
  }
})

test.describe('links out go to the page they promise, not a home page', () => {
  const specific = (href: string | null) => {
    const url = new URL(href!)
    return url.protocol === 'https:' && (url.pathname.length > 1 || url.search.length > 1)
  }
  for (const call of openCalls) {
    test(`the apply link of ${call.slug}`, async ({ page }) => {
      await page.goto(`/notices/${call.slug}/`)
      for (const href of await page.getByRole('link', { name: '지원하기' }).evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
        expect(specific(href), href!).toBe(true)
        expect(href).toBe(call.applicationUrl)
      }
    })
  }
  for (const zone of content.zones) {
    test(`the booking link of ${zone.slug}`, async ({ page }) => {
      await page.goto(`/zones/${zone.slug}/`)
      // Read from the markup: the button itself is shown only while bookings are taken.
      const href = await page.getByRole('main').locator('a', { hasText: '예약하러 가기' }).first().getAttribute('href')
      expect(specific(href), href!).toBe(true)
    })
  }
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
