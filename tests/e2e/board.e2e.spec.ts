/**
 * The public pages a resident reads beside the courses: the classroom board
 * (list, paging, categories, a post with its PDF), an experience zone, an
 * instructor, the FAQ and the not-found page, each checked with axe in
 * Korean and English.
 */
import { expect, type Locator, type Page, test } from '@playwright/test'

import { readContent } from '../../cms/seed/readContent'
import { expectNoAxeViolations } from './support/axe'

const content = readContent()
const PAGE_SIZE = 20
const vrZone = content.zones.find((zone) => zone.kind === 'vr')!
const teachingSlugs = new Set(content.courses.flatMap((course) => course.instructors))
const teacher = content.instructors.find((instructor) => teachingSlugs.has(instructor.slug))!
const firstFaq = content.pages.find((page) => page.slug === 'faq')!.faqs[0]

const boardRows = (page: Page) => page.getByRole('table').locator('tbody').getByRole('row')
const firstCell = (row: Locator) => row.getByRole('cell').first()

/** The rows of the board table: "공지" for pinned rows, the running number for the others. */
async function rowMarkers(page: Page): Promise<string[]> {
  const rows = await boardRows(page).all()
  return Promise.all(
    rows.map(async (row) => {
      const text = (await firstCell(row).textContent()) ?? ''
      return /\d/.test(text) ? text.replace(/\D+/g, '') : 'pinned'
    }),
  )
}

function splitPinned(markers: string[]) {
  const pinnedCount = markers.findIndex((marker) => marker !== 'pinned')
  return { pinned: markers.slice(0, pinnedCount), numbers: markers.slice(pinnedCount).map(Number) }
}

test.describe('시민정보화교실 게시판', () => {
  test('pinned posts come first, then 20 posts by number, highest first', async ({ page }) => {
    await page.goto('/board/')
    await expect(page.getByRole('heading', { level: 1, name: '시민정보화교실 게시판' })).toBeVisible()
    await expect(page.getByRole('columnheader')).toHaveText(['번호', '분류', '제목', '첨부', '날짜'])

    const { pinned, numbers } = splitPinned(await rowMarkers(page))
    expect(pinned.length).toBe(content.boardPosts.filter((post) => post.pinned).length)
    await expect(firstCell(boardRows(page).first())).toHaveText('공지')
    expect(numbers).toHaveLength(PAGE_SIZE)
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
  })

  test('page 2 and back by links, pinned posts on top of each page', async ({ page }) => {
    await page.goto('/board/')
    const firstPage = splitPinned(await rowMarkers(page))
    const paging = page.getByRole('navigation', { name: '쪽 이동' })

    await paging.getByRole('link', { name: /^2\s*쪽$/ }).click()
    await expect(page).toHaveURL(/\/board\/page\/2\/$/)
    const secondPage = splitPinned(await rowMarkers(page))
    expect(secondPage.pinned).toHaveLength(firstPage.pinned.length)
    expect(secondPage.numbers[0]).toBeLessThan(firstPage.numbers.at(-1)!)

    await page.getByRole('navigation', { name: '쪽 이동' }).getByRole('link', { name: '이전 쪽' }).click()
    await expect(page).toHaveURL(/\/board\/$/)
    expect(splitPinned(await rowMarkers(page)).numbers[0]).toBe(firstPage.numbers[0])
  })

  test('a category link shows only that category', async ({ page }) => {
    await page.goto('/board/')
    await page.getByRole('navigation', { name: '분류' }).getByRole('link', { name: '교육 일정' }).click()
    await expect(page).toHaveURL(/\/board\/category\/schedule\/$/)
    await expect(page.getByRole('navigation', { name: '분류' }).getByRole('link', { name: '교육 일정' })).toHaveAttribute('aria-current', 'page')

    const rows = await boardRows(page).all()
    expect(rows.length).toBe(content.boardPosts.filter((post) => post.category === 'schedule').length)
    for (const row of rows) await expect(row.getByRole('cell').nth(1)).toHaveText('교육 일정')
  })

  test('a post with an attachment offers a PDF with its type and size', async ({ page, request }) => {
    await page.goto('/board/')
    const withFile = boardRows(page).filter({ hasText: '첨부 파일 있음' }).first()
    const title = (await withFile.getByRole('link').textContent())!.trim()
    await withFile.getByRole('link').click()

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(page.getByRole('main').locator('time[datetime]').first()).toBeVisible()
    const attachments = page.getByRole('region', { name: '첨부 파일' })
    const item = attachments.getByRole('listitem').first()
    await expect(item).toContainText(/PDF, \d+(\.\d)?(KB|MB)/)

    const href = await item.getByRole('link').getAttribute('href')
    const response = await request.get(href!)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/pdf')
    expect((await response.body()).subarray(0, 4).toString('latin1')).toBe('%PDF')

    await page.getByRole('link', { name: '목록으로' }).click()
    await expect(page).toHaveURL(/\/board\/$/)
  })
})

test('a zone page shows hours, who may book, when booking opens and an https reservation link', async ({ page }) => {
  await page.goto('/zones/')
  await page.getByRole('link', { name: vrZone.name.ko }).click()
  await expect(page).toHaveURL(new RegExp(`/zones/${vrZone.slug}/$`))

  const main = page.getByRole('main')
  await expect(main.getByText('운영 시간', { exact: true })).toBeVisible()
  await expect(main.getByText(/오전 10:00–오후 12:00/).first()).toBeVisible()
  await expect(main.getByText('이용 대상', { exact: true })).toBeVisible()
  await expect(main.getByText(vrZone.eligibility.ko)).toBeVisible()
  await expect(main.getByText(`매월 ${vrZone.bookingOpensDay}일에 다음 달 예약을 받습니다.`)).toBeVisible()
  await expect(main.getByText(/지금 예약할 수 있습니다|\d{4}년 \d{1,2}월 \d{1,2}일\(.\) 오전 9:00부터 예약할 수 있습니다/)).toBeVisible()
  await expect(main.locator('a', { hasText: '예약하러 가기' })).toHaveAttribute('href', /^https:\/\//)
})

test('a zone\'s booking button is there only while bookings are taken, on the same live check as its label', async ({ browser, page }) => {
  const zone = content.zones.find((z) => z.kind !== 'vr') ?? vrZone
  await page.goto(`/zones/${zone.slug}/`)
  const opens = Date.parse((await page.locator('[data-live-window]').first().getAttribute('data-opens'))!)
  for (const [when, offset, open] of [['the day before bookings open', -86_400_000, false], ['an hour after they open', 3_600_000, true]] as const) {
    const later = await browser.newPage()
    await later.clock.install({ time: opens + offset })
    await later.goto(`/zones/${zone.slug}/`)
    const booking = later.getByRole('region', { name: '예약' })
    if (open) {
      await expect(booking.getByText('지금 예약할 수 있습니다'), when).toBeVisible()
      await expect(booking.getByRole('link', { name: '예약하러 가기' }), when).toHaveAttribute('href', /^https:\/\//)
    } else {
      await expect(booking.getByText(/오전 9:00부터 예약할 수 있습니다/), when).toBeVisible()
      await expect(booking.getByRole('link', { name: '예약하러 가기' }), when).toHaveCount(0)
    }
    await later.close()
  }
})

test('on a phone at the largest text, the booking number is one tappable tel: link that does not break', async ({ browser }) => {
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
  await phone.addInitScript(() => localStorage.setItem('seocho:text-size', '5'))
  for (const zone of content.zones) {
    await phone.goto(`/zones/${zone.slug}/`)
    const number = phone.getByRole('main').getByRole('link', { name: '02-2155-8793' }).first()
    await expect(number, zone.slug).toHaveAttribute('href', 'tel:0221558793')
    // The lines its text is laid out on (a range gives one box per line, whatever the link's display).
    const lines = await number.evaluate((link) => {
      const range = document.createRange()
      range.selectNodeContents(link)
      return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size
    })
    expect(lines, `${zone.slug}: the number on one line`).toBe(1)
  }
  await phone.close()
})

test('an instructor page lists the courses they teach, and the links work', async ({ page, request }) => {
  await page.goto('/instructors/')
  await page.getByRole('link', { name: teacher.name.ko, exact: true }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: teacher.name.ko })).toBeVisible()

  const courses = page.getByRole('region', { name: '담당 강좌' }).getByRole('heading').getByRole('link')
  const expected = content.courses.filter((course) => course.instructors.includes(teacher.slug))
  await expect(courses).toHaveCount(expected.length)
  for (const link of await courses.all()) {
    expect((await request.get((await link.getAttribute('href'))!)).status()).toBe(200)
  }
  const firstTitle = (await courses.first().textContent())!.trim()
  await courses.first().click()
  await expect(page.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible()
})

test('FAQ questions open with the keyboard', async ({ page }) => {
  await page.goto('/faq/')
  const answer = page.getByText(firstFaq.answer.ko.split('\n')[0], { exact: false })
  await expect(answer).toBeHidden()
  await page.getByText(firstFaq.question.ko, { exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(answer).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(answer).toBeHidden()
})

test('a missing address gets the not-found page with a way home', async ({ page }) => {
  const response = await page.goto('/no-such-page/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: '페이지를 찾을 수 없습니다' })).toBeVisible()
  await expect(page.getByRole('link', { name: '첫 화면으로 가기' })).toHaveAttribute('href', '/')
})

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const firstPostNumber = 1
  const pages = [
    ['board list', '/board/'],
    ['board post', `/board/${firstPostNumber}/`],
    ['zone', `/zones/${vrZone.slug}/`],
    ['instructor', `/instructors/${teacher.slug}/`],
    ['FAQ', '/faq/'],
    ['not found', '/no-such-page/'],
  ] as const
  for (const [prefix, language] of [['', 'ko'], ['/en', 'en']] as const) {
    for (const [name, path] of pages) {
      test(`${name} (${language})`, async ({ page }) => {
        await page.goto(`${prefix}${path}`)
        await expectNoAxeViolations(page, `${name} ${language}`)
      })
    }
  }
})
