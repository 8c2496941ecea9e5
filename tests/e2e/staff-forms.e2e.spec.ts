/**
 * What an editor meets filling in an instructor, choosing a picture and
 * uploading a file: every button and note in Korean, pictures chosen by
 * sight and by file name, and the accepted files named before choosing one.
 */
import { expect, test, type Page } from '@playwright/test'

import { staffHeaders, staffPage } from './support/admin'
import { CMS_URL } from './support/urls'

test.describe.configure({ timeout: 120_000 })

async function openForm(page: Page, path: string) {
  await page.goto(`${CMS_URL}${path}`)
  await expect(page.getByRole('button', { name: '임시 저장', exact: true }).or(page.getByRole('button', { name: '저장', exact: true })).first()).toBeVisible({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
}

test('a new instructor: every "… 추가" button is Korean, and "담당 과정" says where it is set', async ({ browser }) => {
  const page = await staffPage(browser, 'editor')
  await openForm(page, '/admin/collections/instructors/create')
  await expect(page.getByRole('button', { name: '경력 추가' })).toBeVisible()
  const buttons = await page.getByRole('button').allInnerTexts()
  expect(buttons.filter((text) => /[A-Za-z]{2,}\s*추가/.test(text))).toEqual([])
  await expect(page.getByText('강좌 화면의 "강사" 칸에서 이 강사를 고르면 여기에 나옵니다.', { exact: false })).toBeVisible()
  await page.context().close()
})

test('choosing an existing picture shows each one as a thumbnail with its file name', async ({ browser }) => {
  const page = await staffPage(browser, 'editor')
  await openForm(page, '/admin/collections/instructors/create')
  await page.getByRole('button', { name: '올린 파일에서 고르기' }).click()
  const drawer = page.locator('.drawer__content, [class*="list-drawer"]').filter({ has: page.locator('table') }).last()
  const firstRow = drawer.locator('table tbody tr').first()
  await expect(firstRow).toBeVisible({ timeout: 30_000 })
  await expect(firstRow.locator('img')).toBeVisible()
  await expect(firstRow.locator('img')).toHaveJSProperty('complete', true)
  expect(await firstRow.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await expect(firstRow).toContainText(/\.(webp|png|jpe?g|avif)\b/)
  await page.context().close()
})

for (const { path, types, size } of [
  { path: '/admin/collections/media/create', types: ['JPG', 'PNG', 'WEBP', 'AVIF'], size: '10MB' },
  { path: '/admin/collections/documents/create', types: ['PDF', 'HWP', 'HWPX', 'DOCX', 'XLSX'], size: '20MB' },
]) {
  test(`${path}: the accepted file types and size are named by the file picker`, async ({ browser }) => {
    const page = await staffPage(browser, 'editor')
    await openForm(page, path)
    const rules = page.getByText(/^올릴 수 있는 파일:/)
    await expect(rules).toBeVisible()
    for (const type of types) await expect(rules).toContainText(type)
    await expect(rules).toContainText(`${size}까지`)
    await page.context().close()
  })
}

test('the upload drawer opened from a form names the accepted files too', async ({ browser }) => {
  const page = await staffPage(browser, 'editor')
  await openForm(page, '/admin/collections/instructors/create')
  await page.locator('.upload').getByRole('button', { name: '새로 만들기' }).first().click()
  await expect(page.getByText(/^올릴 수 있는 파일: .*10MB까지/)).toBeVisible({ timeout: 30_000 })
  await page.context().close()
})

test('a Korean text changed after its English: the document says which English to check, until the English is changed too', async ({ browser }) => {
  const page = await staffPage(browser, 'editor')
  const headers = await staffHeaders(page, 'editor')
  const api = `${CMS_URL}/api/courses`
  const course = (await (await page.request.get(`${api}?limit=1&depth=0&locale=all&sort=createdAt`, { headers })).json()).docs[0]
  const check = page.getByRole('note', { name: '영어 번역 확인' })
  const save = async (locale: 'ko' | 'en', summary: string) => {
    const response = await page.request.patch(`${api}/${course.id}?locale=${locale}&depth=0`, { headers, data: { summary, _status: 'published' } })
    expect(response.status(), await response.text()).toBe(200)
  }
  try {
    await save('ko', `${course.summary.ko} (고침)`)
    await page.goto(`${CMS_URL}/admin/collections/courses/${course.id}`)
    await expect(check).toContainText(/한국어를 고친 뒤\(\d{4}년 \d{1,2}월 \d{1,2}일\(.\) (오전|오후) \d{1,2}:\d{2}\) 영어는 그대로입니다: [^.]*한 줄 소개/, { timeout: 30_000 })
    // The demo courses have no English description yet: said apart, as missing.
    await expect(check).toContainText(/영어가 비어 있습니다: [^.]*과정 소개/)
    await save('en', `${course.summary.en} (updated)`)
    await page.reload()
    await expect(check).toContainText('영어가 비어 있습니다', { timeout: 30_000 })
    await expect(check).not.toContainText('한 줄 소개')
  } finally {
    await save('ko', course.summary.ko)
    await save('en', course.summary.en)
  }
  await page.context().close()
})
