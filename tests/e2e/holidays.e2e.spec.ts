/**
 * Holidays and closures as a resident meets them: a January 2027 class skips
 * New Year's Day (신정) and a closure an editor publishes, on the course
 * page, in its .ics and in the timetable, all agreeing; and the one calendar
 * residents subscribe to, linked from the registration banner and the zone
 * pages, parses with an alarm the day before and one at opening time.
 * Expected dates come from the same domain rules, never from today's date.
 */
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import ICAL from 'ical.js'

import { closedDays, closuresFromRows } from '../../cms/domain/closedDays'
import { formatDay } from '../../cms/domain/koreanDate'
import { registrationWindow } from '../../cms/domain/registrationWindow'
import { addMonths, seoulMonth } from '../../cms/domain/seoulDate'
import { defaultAdmin, demoAccounts } from '../../cms/seed/seed'
import { expectNoAxeViolations } from './support/axe'
import { CMS_URL, SITE_URL } from './support/urls'

const [, editor] = demoAccounts(defaultAdmin())
const stamp = `hz${Date.now().toString(36)}`
const title = `새해 스마트폰 교실 ${stamp}`
const slug = `new-year-class-${stamp}`
const closureReason = `전기 설비 점검 ${stamp}`
// Mon/Wed/Fri from Friday 1 January 2027 (신정) to 29 January; the editor closes Wednesday 13 January.
const held = ['2027-01-04', '2027-01-06', '2027-01-08', '2027-01-11', '2027-01-15', '2027-01-18', '2027-01-20', '2027-01-22', '2027-01-25', '2027-01-27', '2027-01-29']

let headers: Record<string, string>
let courseId: number | string | undefined
let originalClosures: ClosureRow[] = []

async function login(request: APIRequestContext) {
  const response = await request.post(`${CMS_URL}/api/users/login`, { data: { email: editor.email, password: editor.password } })
  expect(response.status()).toBe(200)
  return { authorization: `JWT ${(await response.json()).token}` }
}

/** Waits until the public page at `path` contains `text` (the rebuild after a publish runs by itself). */
async function waitForText(request: APIRequestContext, path: string, text: string, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const response = await request.get(`${SITE_URL}${path}`)
    if (response.ok() && (await response.text()).includes(text)) return
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  throw new Error(`${path} does not show "${text}" after ${timeoutMs / 1000} s`)
}

type ClosureRow = { startDate: string; endDate?: string | null; reason: { ko: string; en?: string | null } }

/** Publishes the closures in both languages, as the admin does: Korean first, then English onto the same rows. */
async function saveClosures(request: APIRequestContext, rows: ClosureRow[]) {
  const korean = await request.post(`${CMS_URL}/api/globals/closures?locale=ko`, {
    headers,
    data: { closures: rows.map((row) => ({ startDate: row.startDate, endDate: row.endDate ?? null, reason: row.reason.ko })), _status: 'published' },
  })
  expect(korean.status(), await korean.text()).toBe(200)
  const saved = (await korean.json()).result.closures as { id: string }[]
  const english = await request.post(`${CMS_URL}/api/globals/closures?locale=en`, {
    headers,
    data: { closures: saved.map((row, index) => ({ id: row.id, reason: rows[index].reason.en ?? rows[index].reason.ko })), _status: 'published' },
  })
  expect(english.status(), await english.text()).toBe(200)
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ request }) => {
  test.setTimeout(300_000)
  headers = await login(request)
  const fields = await (await request.get(`${CMS_URL}/api/fields?limit=1&depth=0`)).json()
  const closures = await (await request.get(`${CMS_URL}/api/globals/closures?depth=0&locale=all`, { headers })).json()
  originalClosures = closures.closures ?? []
  // The editor closes the center on Wednesday 13 January 2027, beside what is already there.
  await saveClosures(request, [...originalClosures, { startDate: '2027-01-13T00:00:00+09:00', reason: { ko: closureReason } }])
  const created = await request.post(`${CMS_URL}/api/courses`, {
    headers,
    data: {
      title,
      slug,
      field: fields.docs[0].id,
      level: 'intro',
      summary: '새해 첫 달, 스마트폰 기본 기능을 배웁니다.',
      runs: [
        {
          termMonth: '2027-01',
          startDate: '2027-01-01T00:00:00+09:00',
          endDate: '2027-01-29T00:00:00+09:00',
          weekdays: ['mon', 'wed', 'fri'],
          startTime: '10:00',
          endTime: '12:00',
          room: 'room-1',
          capacity: 20,
          registrationUrl: 'https://yeyak.seocho.go.kr/reservation/edu/new-year',
          status: 'scheduled',
        },
      ],
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  courseId = (await created.json()).doc.id
  await waitForText(request, `/courses/${slug}/`, closureReason)
})

test.afterAll(async ({ request }) => {
  if (courseId !== undefined) await request.delete(`${CMS_URL}/api/courses/${courseId}`, { headers })
  await saveClosures(request, originalClosures)
})

test('a January 2027 class lists 1 January as 휴강 (신정) and the editor’s closure with its reason; the count is the classes held', async ({ page }) => {
  await page.goto(`/courses/${slug}/`)
  const run = page.locator('[data-run]').first()
  await expect(run.getByRole('heading', { name: '2027년 1월 반' })).toBeVisible()
  // At a glance, without opening anything: the days off and why.
  const offDays = run.locator('[data-off-days]')
  await expect(offDays).toContainText(`${formatDay('2027-01-01')} 신정`)
  await expect(offDays).toContainText(`${formatDay('2027-01-13')} ${closureReason}`)
  await expect(run).toContainText(`${formatDay('2027-01-04')} ~ ${formatDay('2027-01-29')} (총 ${held.length}회)`)

  // The full list: every class day held, and the days off marked 휴강 in their place.
  const summary = run.getByText(`수업 날짜 모두 보기 (${held.length}회, 휴강 2일)`)
  await summary.click()
  const items = run.locator('.class-days li')
  await expect(items).toHaveCount(held.length + 2)
  await expect(items.first()).toHaveText(`휴강 ${formatDay('2027-01-01')} 신정`)
  await expect(items.nth(1)).toHaveText(`1회차 ${formatDay('2027-01-04')}`)
  await expect(run.locator('[data-off-day="2027-01-13"]')).toHaveText(`휴강 ${formatDay('2027-01-13')} ${closureReason}`)
  await expect(items.last()).toHaveText(`${held.length}회차 ${formatDay('2027-01-29')}`)
  await expectNoAxeViolations(page)
})

test('the course’s .ics skips the closed days and agrees with the page', async ({ page, request }) => {
  await page.goto(`/courses/${slug}/`)
  const href = await page.getByRole('link', { name: '2027년 1월 반 내 달력에 넣기 (.ics)', exact: true }).getAttribute('href')
  const calendar = new ICAL.Component(ICAL.parse(await (await request.get(new URL(href!, page.url()).href)).text()))
  const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event))
  // 10:00 in Seoul is 01:00 UTC the same day.
  const days = events.map((event) => event.startDate.toJSDate().toISOString().slice(0, 10)).sort()
  expect(days).toEqual(held)
  expect(events.map((event) => event.summary)).toContain(`${title} (1/${held.length})`)
})

test('a room changed while editing in Korean changes on the English page too (a room is not translated)', async ({ page, request }) => {
  await page.goto(`/en/courses/${slug}/`)
  await expect(page.locator('[data-run]').first()).toContainText('Room 1')
  const course = await (await request.get(`${CMS_URL}/api/courses/${courseId}?depth=0&locale=ko`, { headers })).json()
  const moved = await request.patch(`${CMS_URL}/api/courses/${courseId}?locale=ko`, {
    headers,
    data: { runs: course.runs.map((run: Record<string, unknown>) => ({ ...run, room: 'room-2' })), _status: 'published' },
  })
  expect(moved.status(), await moved.text()).toBe(200)
  await waitForText(request, `/courses/${slug}/`, '제2강의실')
  await waitForText(request, `/en/courses/${slug}/`, 'Room 2')
  await page.goto(`/en/courses/${slug}/`)
  await expect(page.locator('[data-run]').first()).not.toContainText('Room 1')
})

test('the timetable for January 2027 agrees: the same dates, the same count, the same days off', async ({ page }) => {
  await page.goto('/timetable/')
  await page.getByRole('navigation', { name: '다른 달 보기' }).getByRole('link', { name: '2027년 1월' }).click()
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) })
  await expect(row).toContainText(`${formatDay('2027-01-04')} ~ ${formatDay('2027-01-29')} (총 ${held.length}회)`)
  await expect(row).toContainText(`휴강 ${formatDay('2027-01-01')} 신정`)
  await expect(row).toContainText(`휴강 ${formatDay('2027-01-13')} ${closureReason}`)
})

async function followRemindersLink(page: Page, name: string) {
  const link = page.getByRole('link', { name })
  await expect(link).toBeVisible()
  const box = await link.boundingBox()
  expect(box!.height).toBeGreaterThanOrEqual(44)
  await link.click()
  await expect(page.getByRole('heading', { level: 1, name: '접수일 알림 달력' })).toBeVisible()
}

test('the registration banner and every zone page lead to the how-to, which gives the webcal and https addresses', async ({ page }) => {
  await page.goto('/')
  await followRemindersLink(page, '접수일을 휴대전화 달력으로 알림 받기')
  await expect(page.getByRole('heading', { name: '아이폰에서' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '안드로이드(갤럭시 등)에서' })).toBeVisible()
  const feedUrl = new URL('/calendar/registration.ics', SITE_URL)
  expect(await page.getByRole('link', { name: '달력에 구독하기' }).getAttribute('href')).toBe(`webcal://${feedUrl.host}${feedUrl.pathname}`)
  await expect(page.locator('[data-feed-address]')).toHaveText(feedUrl.href)
  expect(await page.getByRole('link', { name: '달력 파일(.ics) 받기' }).getAttribute('href')).toBe('/calendar/registration.ics')
  await expectNoAxeViolations(page)

  const zones = await (await page.request.get(`${CMS_URL}/api/zones?depth=0&limit=0`)).json()
  expect(zones.docs.length).toBeGreaterThan(0)
  for (const zone of zones.docs) {
    await page.goto(`/zones/${zone.slug}/`)
    await followRemindersLink(page, '예약 시작일을 휴대전화 달력으로 알림 받기')
  }
})

test('the subscription feed parses, holds every coming window and zone opening, each with two alarms', async ({ request }) => {
  const response = await request.get('/calendar/registration.ics')
  expect(response.headers()['content-type']).toContain('text/calendar')
  const text = await response.text()
  expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D')
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) }))

  // Next month's registration window, computed by the domain from the published settings and closures.
  const settings = await (await request.get(`${CMS_URL}/api/globals/site-settings?depth=0`)).json()
  const closures = await (await request.get(`${CMS_URL}/api/globals/closures?depth=0&locale=ko`)).json()
  const closed = closedDays(closuresFromRows(closures.closures, 'ko'))
  const now = new Date()
  for (const offset of [1, 2, 3]) {
    const term = addMonths(seoulMonth(now), offset)
    const window = registrationWindow(term, settings.registrationRule, null, closed)
    if (window.closesAt <= now) continue
    const found = events.find(({ event }) => event.uid === `registration-${term}@seocho-it-center`)
    expect(found, `window for ${term}`).toBeDefined()
    expect(found!.event.startDate.toJSDate().toISOString()).toBe(window.opensAt.toISOString())
    expect(found!.event.endDate.toJSDate().toISOString()).toBe(window.closesAt.toISOString())
  }

  // Every zone's booking opening: 09:00 Seoul on its opening day, for the coming months.
  const zones = await (await request.get(`${CMS_URL}/api/zones?depth=0&limit=0`)).json()
  for (const zone of zones.docs) {
    const openings = events.filter(({ event }) => event.uid.startsWith(`zone-${zone.slug}-`))
    expect(openings.length, zone.slug).toBeGreaterThanOrEqual(5)
    for (const { event } of openings) {
      const start = event.startDate.toJSDate()
      expect(start.getUTCHours(), event.summary).toBe(0)
      expect(Number(new Date(start.getTime() + 9 * 3600_000).toISOString().slice(8, 10))).toBe(zone.bookingOpensDay)
    }
  }

  // Two alarms on every event: 24 hours before, and at the opening instant itself.
  for (const { component, event } of events) {
    const alarms = component.getAllSubcomponents('valarm')
    expect(alarms, event.summary).toHaveLength(2)
    const [dayBefore, atOpening] = alarms.map((alarm) => alarm.getFirstPropertyValue('trigger'))
    expect((dayBefore as ICAL.Duration).toSeconds()).toBe(-86_400)
    expect((atOpening as ICAL.Time).toJSDate().getTime()).toBe(event.startDate.toJSDate().getTime())
    expect(event.startDate.toJSDate() < event.endDate.toJSDate()).toBe(true)
    expect(event.endDate.toJSDate() > now).toBe(true)
  }
})
