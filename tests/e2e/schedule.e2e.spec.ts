/**
 * Scheduled publishing, as an editor meets it in the admin: a notice that
 * could not be published is refused when it is scheduled, with each field to
 * fix; a publishable one is scheduled in Seoul time and shows on the notice
 * and above the notice list; when a scheduled publish still fails at its hour
 * (someone emptied the body since), the notice, the list and the build
 * history say so in Korean until it is dismissed.
 */
import { expect, type Page, test } from '@playwright/test'

import { staffHeaders, staffPage } from './support/admin'
import { CMS_URL } from './support/urls'

test.describe.configure({ timeout: 240_000 })

const stamp = Date.now().toString(36)
const body = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] },
})

/** A Seoul wall-clock minute `minutes` from now, as a date-time input takes it. */
const seoulInput = (minutes: number) => new Date(Date.now() + minutes * 60_000 + 9 * 3_600_000).toISOString().slice(0, 16)

async function draftNotice(page: Page, title: string, withBody: boolean) {
  const response = await page.request.post(`${CMS_URL}/api/notices?draft=true&locale=ko&depth=0`, {
    headers: await staffHeaders(page, 'editor'),
    data: { title, category: 'announcement', ...(withBody ? { body: body('예약 게시 확인') } : {}), _status: 'draft' },
  })
  expect(response.status()).toBe(201)
  return (await response.json()).doc as { id: number | string }
}

async function schedule(page: Page, at: string) {
  const section = page.locator('.seocho-schedule__details')
  if (!(await section.evaluate((details) => (details as HTMLDetailsElement).open))) await section.locator('summary').click()
  await page.getByLabel('날짜와 시각 (서울 시간)').fill(at)
  await page.getByRole('button', { name: '예약하기' }).click()
}

test('a notice that cannot be published is refused when scheduled, naming the field; a publishable one is listed on the notice and the list', async ({ browser }) => {
  const page = await staffPage(browser, 'editor')
  const title = `예약 확인 공지 ${stamp}`
  const notice = await draftNotice(page, title, false)
  await page.goto(`${CMS_URL}/admin/collections/notices/${notice.id}`)
  await expect(page.getByText('예약 게시', { exact: true })).toBeVisible({ timeout: 30_000 })
  // A draft never published is offered only "게시", not "게시 취소".
  await page.locator('.seocho-schedule__details summary').click()
  await expect(page.getByRole('radio', { name: '게시', exact: true })).toBeChecked()
  await expect(page.getByRole('radio', { name: '게시 취소' })).toHaveCount(0)
  // Payload's own schedule drawer (which said "성공" even when it failed) is gone.
  await expect(page.locator('#schedule-publish')).toHaveCount(0)

  await schedule(page, seoulInput(60))
  const refusal = page.locator('.seocho-schedule__error')
  await expect(refusal).toContainText('지금 내용으로는 게시할 수 없어 예약하지 않았습니다')
  await expect(refusal).toContainText('본문')
  await expect(page.getByLabel('날짜와 시각 (서울 시간)')).toHaveAttribute('aria-invalid', 'true')

  // The body is written; now it is scheduled and listed.
  const saved = await page.request.patch(`${CMS_URL}/api/notices/${notice.id}?draft=true&locale=ko&depth=0`, { headers: await staffHeaders(page, 'editor'), data: { body: body('예약 게시 확인') } })
  expect(saved.status()).toBe(200)
  await page.reload()
  await expect(page.getByText('예약 게시', { exact: true })).toBeVisible({ timeout: 30_000 })
  await schedule(page, seoulInput(120))
  const upcoming = page.getByRole('list', { name: '예약된 일' })
  await expect(upcoming).toContainText('게시', { timeout: 30_000 })
  await expect(upcoming).toContainText(/\d{4}년 \d{1,2}월 \d{1,2}일\([월화수목금토일]\) 오[전후] \d{1,2}:\d{2}/)

  await page.goto(`${CMS_URL}/admin/collections/notices`)
  const panel = page.getByRole('region', { name: '예약된 게시와 실패한 예약' })
  await expect(panel.getByRole('link', { name: title })).toBeVisible({ timeout: 30_000 })

  // Cancelled from the notice, it leaves the list.
  await page.goto(`${CMS_URL}/admin/collections/notices/${notice.id}`)
  await upcoming.getByRole('button', { name: '예약 취소' }).click()
  await expect(page.getByText('예약된 일이 없습니다.')).toBeVisible({ timeout: 30_000 })
  await page.request.delete(`${CMS_URL}/api/notices/${notice.id}`, { headers: await staffHeaders(page, 'editor') })
  await page.context().close()
})

test('a scheduled publish that fails at its hour is shown on the notice, its list and the build history, in Korean', async ({ browser }) => {
  test.setTimeout(300_000)
  const page = await staffPage(browser, 'editor')
  const title = `예약 실패 확인 ${stamp}`
  const notice = await draftNotice(page, title, true)
  await page.goto(`${CMS_URL}/admin/collections/notices/${notice.id}`)
  await expect(page.getByText('예약 게시', { exact: true })).toBeVisible({ timeout: 30_000 })
  await schedule(page, seoulInput(1))
  await expect(page.getByRole('list', { name: '예약된 일' })).toBeVisible({ timeout: 30_000 })
  // After it was scheduled, someone empties the body of the draft.
  const emptied = await page.request.patch(`${CMS_URL}/api/notices/${notice.id}?draft=true&locale=ko&depth=0`, { headers: await staffHeaders(page, 'editor'), data: { body: null } })
  expect(emptied.status()).toBe(200)

  // The job runner (every 10 s) reaches it within a minute or two of its time.
  const failure = page.getByRole('alert').filter({ hasText: '예약 게시가 실패했습니다' })
  await expect(async () => {
    await page.reload()
    await expect(failure).toBeVisible({ timeout: 10_000 })
  }).toPass({ timeout: 180_000 })
  await expect(failure).toContainText('게시하지 못했습니다. 고칠 곳:')
  await expect(failure).toContainText('본문')

  for (const path of ['/admin/collections/notices', '/admin/collections/site-builds']) {
    await page.goto(`${CMS_URL}${path}`)
    const panel = page.getByRole('region', { name: '예약된 게시와 실패한 예약' })
    await expect(panel.getByRole('listitem').filter({ hasText: title })).toContainText('실패', { timeout: 30_000 })
  }

  await page.goto(`${CMS_URL}/admin/collections/notices/${notice.id}`)
  await failure.getByRole('button', { name: '확인했습니다' }).click()
  await expect(failure).toHaveCount(0, { timeout: 30_000 })
  await page.request.delete(`${CMS_URL}/api/notices/${notice.id}`, { headers: await staffHeaders(page, 'editor') })
  await page.context().close()
})
