/**
 * The CMS as `npm start` serves it from a fresh data folder: the demo content
 * behind every REST endpoint, the Korean admin with the demo login, and the
 * API refusing what it must.
 */
import { expect, test } from '@playwright/test'

import { readContent } from '../../cms/seed/readContent'
import { defaultAdmin } from '../../cms/seed/seed'
import { CMS_URL } from './support/urls'

test.use({ baseURL: CMS_URL })

const content = readContent()
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

  test('the demo meets the size the center needs', () => {
    expect(expectedCounts.fields).toBeGreaterThanOrEqual(8)
    expect(expectedCounts.courses).toBeGreaterThanOrEqual(40)
    expect(expectedCounts.instructors).toBeGreaterThanOrEqual(30)
    expect(expectedCounts.notices).toBeGreaterThanOrEqual(20)
    expect(expectedCounts['board-posts']).toBeGreaterThanOrEqual(60)
    expect(expectedCounts.zones).toBe(2)
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
