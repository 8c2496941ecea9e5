/**
 * The resident's journey: find a beginner AI class for next month, open it,
 * check its runs and registration link against the CMS, take its calendar.
 * Then the same with the keyboard only.
 */
import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'

import { addMonths, seoulMonth } from '../../cms/domain/seoulDate'
import { formatMonth } from '../../cms/domain/koreanDate'
import { roomName } from '../../cms/domain/rooms'
import { windowState } from '../../cms/domain/windowState'
import { ko } from '../../site/i18n/ko'
import { formatDayTimeOfInstant } from '../../site/lib/format'
import { expectVisibleFocus, tabTo } from './support/keyboard'
import { CMS_URL } from './support/urls'

const nextMonth = addMonths(seoulMonth(new Date()), 1)

async function storedCourse(request: import('@playwright/test').APIRequestContext, slug: string) {
  const response = await request.get(`${CMS_URL}/api/courses?where[slug][equals]=${slug}&depth=0`)
  expect(response.ok()).toBe(true)
  return (await response.json()).docs[0]
}

test('find a beginner AI class for next month by filters, open it, and take its calendar', async ({ page, request }) => {
  await page.goto('/courses/')
  const finder = page.getByRole('search', { name: '강좌 조건' })
  await finder.getByLabel('분야').selectOption({ label: '인공지능(AI)' })
  await finder.getByLabel('수준').selectOption({ label: '초급' })
  await finder.getByLabel('수강 월').selectOption({ label: formatMonth(nextMonth) })
  await expect(page).toHaveURL(/field=.*level=beginner.*month=/)

  const results = page.locator('[data-course-item]:visible')
  const count = await results.count()
  expect(count).toBeGreaterThan(0)
  await expect(page.locator('#course-count')).toHaveText(`강좌 ${count}개`)
  for (const card of await results.all()) {
    await expect(card.locator('.tag.level')).toHaveText('초급')
  }

  const first = results.first().getByRole('link')
  const title = await first.textContent()
  await first.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!.trim())
  const slug = new URL(page.url()).pathname.split('/').filter(Boolean).pop()!

  // Every stored run is on the page, each with its own registration link to the stored URL.
  const stored = await storedCourse(request, slug)
  const runs = page.locator('[data-run]')
  await expect(runs).toHaveCount(stored.runs.length)
  const scheduled = stored.runs.filter((run: { status: string }) => run.status === 'scheduled')
  const links = page.locator('a[data-register]')
  await expect(links).toHaveCount(scheduled.length)
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(scheduled.map((run: { registrationUrl: string }) => run.registrationUrl))
  await expect(page.getByRole('heading', { name: `${formatMonth(nextMonth)} 반` })).toBeVisible()

  // Each run has its own calendar file, named by its month, with that month's classes only, numbered within it.
  const held = stored.runs.filter((run: { status: string }) => run.status !== 'cancelled')
  const downloads = page.getByRole('link', { name: /내 달력에 넣기 \(\.ics\)$/ })
  await expect(downloads).toHaveCount(held.length)
  for (const [index, run] of held.entries()) {
    const download = page.getByRole('link', { name: `${formatMonth(run.termMonth)} 반 내 달력에 넣기 (.ics)`, exact: true })
    await expect(download).toHaveAttribute('download', `${slug}-${run.termMonth}.ics`)
    const ics = await request.get(new URL((await download.getAttribute('href'))!, page.url()).href)
    expect(ics.headers()['content-type']).toContain('text/calendar')
    const calendar = new ICAL.Component(ICAL.parse(await ics.text()))
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event))
    expect(events.length, `${run.termMonth}: one event per class`).toBe(run.sessions)
    for (const event of events) expect(event.startDate.toJSDate().toISOString() >= `${run.termMonth}-01`, run.termMonth).toBe(true)
    expect(events.map((event) => event.summary)).toEqual(events.map((_, n) => `${title!.trim()} (${n + 1}/${run.sessions})`))
    if (index > 0) continue
    // 10:00 in Seoul is 01:00 UTC: the file carries the right instant whatever the reader's time zone.
    const [hours, minutes] = run.startTime.split(':').map(Number)
    const start = events[0].startDate.toJSDate()
    expect(start.getUTCHours()).toBe((hours + 24 - 9) % 24)
    expect(start.getUTCMinutes()).toBe(minutes)
    expect(events[0].location).toContain(roomName(run.room, 'ko'))
  }
})

test('the same journey with the keyboard only', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: '본문 바로가기' })
  await expect(skip).toBeFocused()
  await expectVisibleFocus(skip)

  const menuCourses = page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '교육과정' })
  await tabTo(page, menuCourses)
  await expectVisibleFocus(menuCourses)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/courses\/$/)

  const aiLink = page.getByRole('navigation').getByRole('link', { name: '인공지능(AI)' })
  await tabTo(page, aiLink)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('인공지능')

  const courseLink = page.locator('[data-course] h2 a').first()
  const title = (await courseLink.textContent())!.trim()
  await tabTo(page, courseLink)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)

  const register = page.locator('a[data-register]').first()
  await tabTo(page, register)
  await expectVisibleFocus(register)
  const box = await register.boundingBox()
  expect(box!.height).toBeGreaterThanOrEqual(44)
  expect(await register.getAttribute('href')).toMatch(/^https:\/\//)
})

test('a month chosen in the finder: every card gives that month\'s dates; a field chosen: the field links say so too', async ({ page }) => {
  const monthAfter = addMonths(nextMonth, 1)
  await page.goto('/courses/')
  const finder = page.getByRole('search', { name: '강좌 조건' })
  await finder.getByLabel('수강 월').selectOption({ label: formatMonth(monthAfter) })
  const cards = page.locator('[data-course-item]:visible')
  expect(await cards.count()).toBeGreaterThan(0)
  const [year, month] = monthAfter.split('-').map(Number)
  for (const card of await cards.all()) {
    const dates = (await card.locator('.when:visible dd').first().innerText()).trim()
    expect(dates, await card.getByRole('heading').innerText()).toMatch(new RegExp(`^${year}년 ${month}월 `))
  }
  // Back to every month: each card gives its first run again.
  await finder.getByLabel('수강 월').selectOption({ label: '전체' })
  const firstRuns = page.locator('[data-run-default]')
  await expect(firstRuns.first()).toBeVisible()
  expect(await firstRuns.evaluateAll((runs) => runs.filter((run) => (run as HTMLElement).hidden).length)).toBe(0)

  const byField = page.getByRole('navigation', { name: '분야별 강좌' })
  await expect(byField.getByRole('link', { name: '전체', exact: true })).toHaveAttribute('aria-current', 'page')
  await finder.getByLabel('분야').selectOption({ label: '스마트폰 활용' })
  await expect(byField.getByRole('link', { name: '스마트폰 활용', exact: true })).toHaveAttribute('aria-current', 'true')
  await expect(byField.getByRole('link', { name: '전체', exact: true })).not.toHaveAttribute('aria-current', /.*/)
})

test('the finder is named once: a search landmark "강좌 조건" holding its menus, with no group of the same name inside', async ({ page }) => {
  await page.goto('/courses/')
  const finder = page.getByRole('search', { name: '강좌 조건' })
  await expect(finder.getByLabel('분야')).toBeVisible()
  await expect(page.getByRole('group', { name: '강좌 조건' })).toHaveCount(0)
  await expect(finder.getByRole('heading', { name: '강좌 조건' })).toBeVisible()
})

test('without JavaScript the finder still works as plain links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/courses/')
  await page.getByRole('link', { name: '초급' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('초급 강좌')
  const levels = await page.locator('[data-course] .tag.level').allTextContents()
  expect(levels.length).toBeGreaterThan(0)
  expect(new Set(levels)).toEqual(new Set(['초급']))
  await context.close()
})

test('the home page says whether registration is open, with exact dates', async ({ page }) => {
  await page.goto('/')
  const status = page.locator('[data-live-window]').first()
  const opens = new Date((await status.getAttribute('data-opens'))!)
  const closes = new Date((await status.getAttribute('data-closes'))!)
  // The window closes on the last day of the month before its term: the month it announces.
  const term = addMonths(seoulMonth(closes), 1)
  expect([addMonths(seoulMonth(new Date()), 1), addMonths(seoulMonth(new Date()), 2)], 'next month, or the one after once it closed').toContain(term)
  const state = windowState(Date.now(), closes, opens)
  await expect(status).toHaveAttribute('data-state', state)
  await expect(status.locator('[data-live-label]')).toHaveText(ko[`registration.${state}`])
  await expect(status).toContainText(`${formatMonth(term)} 강좌 신청 기간`)
  await expect(status).toContainText(formatDayTimeOfInstant(opens.toISOString(), 'ko'))
  await expect(status).toContainText(formatDayTimeOfInstant(closes.toISOString(), 'ko'))
})

test('a page built long ago does not say "open" once the window has closed', async ({ page }) => {
  // The reader's clock is a year ahead: the script must relabel what the build computed.
  await page.clock.install({ time: new Date(Date.now() + 365 * 86_400_000) })
  await page.goto('/')
  const status = page.locator('[data-live-window]').first()
  await expect(status).toHaveAttribute('data-state', 'closed')
  await expect(status.locator('[data-live-label]')).toHaveText('수강 신청이 끝났습니다')
})
