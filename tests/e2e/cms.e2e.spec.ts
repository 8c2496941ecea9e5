/**
 * The CMS as `npm start` serves it from a fresh data folder: the demo content
 * behind every REST endpoint, the Korean admin with the demo login, and the
 * API refusing what it must.
 */
import { expect, test } from '@playwright/test'

import { readContent } from '../../cms/seed/readContent'
import { defaultAdmin } from '../../cms/seed/seed'
import { ko } from '../../site/i18n/ko'
import { staffPage, visibleText } from './support/admin'
import { expectNoAdminAxeViolations } from './support/axe'
import { CMS_URL, SITE_URL } from './support/urls'

test.use({ baseURL: CMS_URL })

const content = readContent()
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }
/** The text of a bit of HTML, as a reader sees it. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]).trim()
const admin = defaultAdmin()

const expectedCounts: Record<string, number> = {
  fields: content.fields.length,
  courses: content.courses.length,
  instructors: content.instructors.length,
  notices: content.notices.length,
  'board-posts': content.boardPosts.length,
  zones: content.zones.length,
  pages: content.pages.length,
  media: content.images.length + content.instructors.length,
  documents: content.documents.length,
}

test.describe('REST API with the demo content', () => {
  for (const [slug, count] of Object.entries(expectedCounts)) {
    test(`/api/${slug} lists all ${count} demo documents`, async ({ request }) => {
      const response = await request.get(`/api/${slug}?limit=1`)
      expect(response.status()).toBe(200)
      expect((await response.json()).totalDocs).toBe(count)
    })
  }

  test('every demo course, instructor, field and zone has its page on the public site, under its title', async ({ request }) => {
    const pages = [
      ...content.courses.map((entry) => ({ path: `/courses/${entry.slug}/`, title: entry.title })),
      ...content.instructors.map((entry) => ({ path: `/instructors/${entry.slug}/`, title: entry.name })),
      // A field's page is its course list, headed "{field} 강좌" (site/i18n/ko.ts courses.fieldTitle).
      ...content.fields.map((entry) => ({ path: `/courses/field/${entry.slug}/`, title: { ko: ko['courses.fieldTitle'].replace('{field}', entry.name.ko) } })),
      ...content.zones.map((entry) => ({ path: `/zones/${entry.slug}/`, title: entry.name })),
    ]
    const missing: string[] = []
    for (const { path, title } of pages) {
      const response = await request.get(`${SITE_URL}${path}`)
      const heading = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await response.text())?.[1] ?? '')
      if (response.status() !== 200 || heading !== title.ko) missing.push(`${path} (${response.status()}: "${heading}")`)
    }
    expect(missing).toEqual([])
  })

  test('/api/users is closed to anonymous readers', async ({ request }) => {
    expect((await request.get('/api/users')).status()).toBe(403)
  })

  test('every course has a run next month with an https registration link', async ({ request }) => {
    const { docs } = await (await request.get('/api/courses?limit=0&depth=0')).json()
    const now = new Date(Date.now() + 9 * 3600_000)
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 7)
    for (const course of docs) {
      const run = course.runs.find((r: { termMonth: string }) => r.termMonth === next)
      expect(run, `${course.slug} has no run in ${next}`).toBeDefined()
      expect(run.registrationUrl).toMatch(/^https:\/\//)
    }
  })

  test('an anonymous write is refused and a bad one gets a 400 naming the field', async ({ request }) => {
    const before = (await (await request.get('/api/notices?limit=1')).json()).totalDocs
    const anonymous = await request.post('/api/notices', { data: { title: '무단 글', slug: 'intruder', category: 'announcement' } })
    expect(anonymous.status()).toBe(403)

    const login = await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })
    expect(login.status()).toBe(200)
    const { token } = await login.json()
    const bad = await request.post('/api/notices', {
      headers: { authorization: `JWT ${token}` },
      data: { title: '모집', slug: 'call', category: 'open-call', applicationUrl: 'javascript:alert(1)', body: null },
    })
    expect(bad.status()).toBe(400)
    const paths = (await bad.json()).errors[0].data.errors.map((error: { path: string }) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['applicationUrl', 'deadline']))
    expect((await (await request.get('/api/notices?limit=1')).json()).totalDocs).toBe(before)
  })
})

test.describe('admin', () => {
  test('speaks Korean, and the demo login opens the dashboard', async ({ page }) => {
    await page.goto('/admin')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await page.getByLabel('이메일').fill(admin.email)
    await page.getByLabel('비밀번호').fill(admin.password)
    await page.getByRole('button', { name: '로그인' }).click()
    await expect(page.getByRole('link', { name: /교육 과정/ }).first()).toBeVisible({ timeout: 30_000 })
    await page.goto('/admin/collections/courses')
    // The list shows demo courses, whichever come first in its default order.
    const titles = new Set(content.courses.map((course) => course.title.ko))
    const firstRowLink = page.locator('table tbody tr').first().getByRole('link').first()
    await expect(firstRowLink).toBeVisible()
    expect(titles.has((await firstRowLink.textContent())!.trim())).toBe(true)
  })
})

/** Machine wording and English staff met before: none of it may be on an admin page. */
const MACHINE_WORDING = [
  /Successfully/i,
  /locale:/i,
  /\((가|이|을|를|은|는|으)\)/,
  /^(참|거짓)$/m,
  /새로 생성/,
  /\d{1,2}월 \d{1,2}일 \d{4}/,
  /(오전|오후)\s*$/m,
  /\(ms\)/,
  /An unknown error/i,
]
/** How a date and time reads in the Korean admin: 2026년 12월 2일(수) 오후 2:39. */
const KOREAN_DATE_TIME = /\d{4}년 \d{1,2}월 \d{1,2}일\([일월화수목금토]\) (오전|오후) \d{1,2}:\d{2}/

async function expectPlainKorean(page: import('@playwright/test').Page, where: string) {
  const text = await visibleText(page)
  for (const pattern of MACHINE_WORDING) expect(text, `${where}: ${pattern}`).not.toMatch(pattern)
}

test.describe('admin in plain Korean', () => {
  test.describe.configure({ timeout: 180_000 })

  for (const who of ['editor', 'contributor'] as const) {
    test(`${who}: dashboard, lists and a post read as Korean staff write, dates in Korean order`, async ({ browser }) => {
      const page = await staffPage(browser, who)
      for (const path of ['/admin', '/admin/collections/board-posts', '/admin/collections/notices', '/admin/collections/site-builds', '/admin/collections/board-posts/1']) {
        await page.goto(`${CMS_URL}${path}`)
        await expect(page.locator('main, .template-default').first()).toBeVisible({ timeout: 30_000 })
        await page.waitForLoadState('networkidle')
        await expect(page.locator('body')).not.toContainText('불러오는 중', { timeout: 30_000 })
        await expectPlainKorean(page, `${who} ${path}`)
      }
      await page.goto(`${CMS_URL}/admin/collections/board-posts`)
      await expect(page.locator('table tbody tr').first()).toBeVisible({ timeout: 30_000 })
      // Dates are written once the admin's date words have loaded.
      await expect(page.locator('table')).not.toContainText('불러오는 중', { timeout: 30_000 })
      const listText = await page.locator('table').innerText()
      expect(listText).toMatch(KOREAN_DATE_TIME)
      // The yes/no column "상단 고정" reads 예/아니요.
      const pinnedColumn = await page.locator('table tbody td.cell-pinned').allInnerTexts()
      expect(pinnedColumn.length).toBeGreaterThan(0)
      for (const cell of pinnedColumn) expect(['예', '아니요']).toContain(cell.trim())
      // Only admins see the raw "API" tab.
      await page.goto(`${CMS_URL}/admin/collections/board-posts/1`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 })
      await expect(page.getByRole('link', { name: 'API', exact: true })).toHaveCount(0)
      await page.context().close()
    })
  }

  test('an admin still has the API tab', async ({ browser }) => {
    const page = await staffPage(browser, 'admin')
    await page.goto(`${CMS_URL}/admin/collections/board-posts/1`)
    await expect(page.getByRole('link', { name: 'API', exact: true })).toBeVisible({ timeout: 30_000 })
    await page.context().close()
  })

  test('the course form: 개요, 일정, 회차별 내용 tabs; runs titled by month, days, time and room; the API output unchanged', async ({ browser, request }) => {
    const slug = content.courses[0].slug
    const before = (await (await request.get(`${CMS_URL}/api/courses?where[slug][equals]=${slug}&depth=0`)).json()).docs[0]
    const page = await staffPage(browser, 'editor')
    await page.goto(`${CMS_URL}/admin/collections/courses/${before.id}`)
    // Payload draws the tabs of a form as buttons.
    const tab = (name: string) => page.locator('.tabs-field__tabs').getByRole('button', { name, exact: true })
    await expect(tab('개요')).toBeVisible({ timeout: 30_000 })
    expect(await page.locator('.tabs-field__tabs').getByRole('button').allInnerTexts()).toEqual(['개요', '일정', '회차별 내용'])
    // The overview opens first; the schedule is one click away, each run titled by what staff look for.
    await expect(page.getByLabel('한 줄 소개')).toBeVisible()
    await tab('일정').click()
    await expect(page.getByText(/^\d{4}년 \d{1,2}월 · [월화수목금토일](·[월화수목금토일])* · \d{2}:\d{2}–\d{2}:\d{2} · .+/).first()).toBeVisible()
    expect(await page.getByText(/^개설 일정 0\d$/).count()).toBe(0)
    await tab('회차별 내용').click()
    await expect(page.getByText(/^1회차: /).first()).toBeVisible()
    const after = (await (await request.get(`${CMS_URL}/api/courses/${before.id}?depth=0`)).json())
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    expect(after).toEqual(before)
    await page.context().close()
  })

  test('the slug is not marked required and says it is made from the title', async ({ browser }) => {
    const page = await staffPage(browser, 'editor')
    await page.goto(`${CMS_URL}/admin/collections/notices/create`)
    const label = page.locator('label[for="field-slug"]')
    await expect(label).toBeVisible({ timeout: 30_000 })
    expect(await label.innerText()).not.toContain('*')
    await expect(page.getByText('비워 두면 제목을 로마자로 옮겨 만듭니다', { exact: false })).toBeVisible()
    await page.context().close()
  })

  test('a new course with only a Korean title saves as a draft and gets a readable slug', async ({ browser }) => {
    const page = await staffPage(browser, 'editor')
    await page.goto(`${CMS_URL}/admin/collections/courses/create`)
    await page.getByLabel('제목').fill('스마트폰 처음 배우기')
    await page.getByRole('button', { name: '임시 저장' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/courses\/\d+/, { timeout: 30_000 })
    await expect(page.getByLabel('주소용 이름 (slug)')).toHaveValue(/^seumateupon-cheoeum-baeugi(-\d+)?$/, { timeout: 30_000 })
    await page.context().close()
  })

  test('a draft with "오후 2시" as a time is refused on save, with the whole message in view', async ({ browser }) => {
    const page = await staffPage(browser, 'editor')
    await page.goto(`${CMS_URL}/admin/collections/courses/create`)
    await page.getByLabel('제목').fill(`시간 확인용 초안 ${Date.now().toString(36)}`)
    await page.locator('.tabs-field__tabs').getByRole('button', { name: '일정', exact: true }).click()
    // A press made while the new form is still settling is ignored: press again until the row is there.
    await expect(async () => {
      await page.getByRole('button', { name: /개설 일정 추가/ }).click()
      await expect(page.getByLabel('수강 월').first()).toBeVisible({ timeout: 5_000 })
    }).toPass({ timeout: 60_000 })
    await page.getByLabel('수강 월').first().fill('2027-01')
    await page.getByLabel('시작 시각').first().fill('오후 2시')
    const message = page.getByText('시각은 24시간제 HH:MM 형식으로 입력하세요. 예: 오전 9시 30분은 09:30, 오후 2시는 14:00')
    // On a busy machine the form may still be settling the new row when the button is pressed, and
    // the admin then ignores the press: press again, as staff would, until the save answers.
    await expect(async () => {
      await page.getByRole('button', { name: '임시 저장' }).click()
      await expect(message).toBeVisible({ timeout: 10_000 })
    }).toPass({ timeout: 60_000 })
    // Whole: not cut off with an ellipsis, not clipped by its box.
    const clipped = await message.evaluate((node) => {
      const box = (node.closest('.tooltip') ?? node) as HTMLElement
      return box.scrollWidth > box.clientWidth + 1 || getComputedStyle(node as HTMLElement).textOverflow === 'ellipsis'
    })
    expect(clipped).toBe(false)
    // A draft may be unfinished: only what is filled in wrongly is flagged, not what is still empty.
    await expect(page.getByText('값을 입력하세요.')).toHaveCount(0)
    await expect(page).toHaveURL(/\/courses\/create/)
    await page.context().close()
  })

  test('axe: the login page, and as an editor the dashboard, a list and the course form', async ({ browser, page }) => {
    await page.goto(`${CMS_URL}/admin/login`)
    await expect(page.getByLabel('이메일')).toBeVisible({ timeout: 30_000 })
    await expectNoAdminAxeViolations(page, 'login')
    const editor = await staffPage(browser, 'editor')
    const course = (await (await editor.request.get(`${CMS_URL}/api/courses?limit=1&depth=0`)).json()).docs[0]
    for (const [label, path] of [
      ['dashboard', '/admin'],
      ['course list', '/admin/collections/courses'],
      ['course form', `/admin/collections/courses/${course.id}`],
    ]) {
      await editor.goto(`${CMS_URL}${path}`)
      await editor.waitForLoadState('networkidle')
      await expectNoAdminAxeViolations(editor, label)
    }
    await editor.context().close()
  })
})

