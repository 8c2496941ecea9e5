/**
 * Publish to live, end to end: a contributor drafts a board post with a PDF;
 * an editor previews it and publishes it in the admin; the public board and
 * search show it without anyone running a command; unpublishing removes it.
 */
import { expect, type APIRequestContext, test } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'

import { defaultAdmin, demoAccounts } from '../../cms/seed/seed'
import { CMS_URL, SITE_URL } from './support/urls'

const [, editor, contributor] = demoAccounts(defaultAdmin())
const stamp = `qz${Date.now().toString(36)}`
const title = `전자책 낭독 모임 안내 ${stamp}`

async function login(request: APIRequestContext, account: { email: string; password: string }) {
  const response = await request.post(`${CMS_URL}/api/users/login`, { data: { email: account.email, password: account.password } })
  expect(response.status()).toBe(200)
  return { authorization: `JWT ${(await response.json()).token}` }
}

async function pdf() {
  const doc = await PDFDocument.create()
  doc.addPage().drawText('E-book reading group', { x: 50, y: 700 })
  return Buffer.from(await doc.save())
}

/** Waits until the public site answers `path` with `status` (the rebuild runs by itself). */
async function waitForSite(request: APIRequestContext, path: string, status: number, timeoutMs = 150_000) {
  const deadline = Date.now() + timeoutMs
  let last = 0
  while (Date.now() < deadline) {
    last = (await request.get(`${SITE_URL}${path}`)).status()
    if (last === status) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${path} still answers ${last}, not ${status}, after ${timeoutMs / 1000} s`)
}

test('a contributor drafts, an editor previews and publishes, the site follows; unpublishing removes it', async ({ page, request }) => {
  test.setTimeout(420_000)

  // The contributor writes a draft with an attachment.
  const asContributor = await login(request, contributor)
  const upload = await request.post(`${CMS_URL}/api/documents`, {
    headers: asContributor,
    multipart: {
      file: { name: 'reading-group.pdf', mimeType: 'application/pdf', buffer: await pdf() },
      _payload: JSON.stringify({ title: '낭독 모임 신청서' }),
    },
  })
  expect(upload.status()).toBe(201)
  const attachment = (await upload.json()).doc
  const body = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: '매주 목요일 오후 2시, 전자책을 함께 읽습니다.' }] }] } }
  const created = await request.post(`${CMS_URL}/api/board-posts?draft=true`, {
    headers: asContributor,
    data: { title, category: 'notice', body, attachments: [attachment.id], _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const post = (await created.json()).doc
  // A contributor cannot publish it.
  const refused = await request.patch(`${CMS_URL}/api/board-posts/${post.id}`, { headers: asContributor, data: { _status: 'published' } })
  expect(refused.status()).toBe(403)
  // Said in Korean, with what to do instead.
  expect((await refused.json()).errors[0].message).toContain("'검토 요청'")
  expect((await request.get(`${SITE_URL}/board/${post.number}/`)).status()).toBe(404)

  // The editor signs in, previews the draft as the site will show it, and publishes it.
  await page.goto(`${CMS_URL}/admin`)
  await page.getByLabel('이메일').fill(editor.email)
  await page.getByLabel('비밀번호').fill(editor.password)
  await page.getByRole('button', { name: '로그인' }).click()
  await expect(page.getByRole('link', { name: /교육 과정/ }).first()).toBeVisible({ timeout: 30_000 })

  await page.goto(`${CMS_URL}/preview/board-posts/${post.id}?locale=ko`)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 120_000 })
  await expect(page.getByRole('note').first()).toContainText('미리보기')
  await expect(page.getByRole('link', { name: '낭독 모임 신청서' })).toBeVisible()
  expect((await request.get(`${SITE_URL}/board/${post.number}/`)).status()).toBe(404)

  await page.goto(`${CMS_URL}/admin/collections/board-posts/${post.id}`)
  await page.getByRole('button', { name: '게시', exact: true }).first().click()
  // The editor is told when the public site will show it, and where the build is.
  const note = page.getByRole('status').filter({ hasText: /누리집에/ })
  await expect(note).toContainText(/약 \d+초 뒤 누리집에 반영됩니다|곧 누리집에 반영됩니다|누리집에 반영되었습니다/, { timeout: 30_000 })
  await expect(note.getByRole('link', { name: '빌드 기록 보기' })).toHaveAttribute('href', /\/admin\/collections\/site-builds\/\d+$/)

  // Nobody runs a command: the site rebuilds and shows the post, its attachment and a search hit.
  await waitForSite(request, `/board/${post.number}/`, 200)
  const publicPage = await request.get(`${SITE_URL}/board/${post.number}/`)
  expect(await publicPage.text()).toContain(title)
  const file = await request.get(`${SITE_URL}/files/${attachment.filename}`)
  expect(file.headers()['content-type']).toContain('application/pdf')
  // Search follows the page by a few seconds (its index is written after the build goes live):
  // a reader who searches again, as one would, finds it.
  await expect(async () => {
    await page.goto(`${SITE_URL}/search/?q=${stamp}`)
    await expect(page.locator('[data-search-results]').getByRole('link', { name: new RegExp(stamp) }).first()).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 60_000 })

  // Unpublishing takes it off the site again.
  const asEditor = await login(request, editor)
  const unpublished = await request.patch(`${CMS_URL}/api/board-posts/${post.id}`, { headers: asEditor, data: { _status: 'draft' } })
  expect(unpublished.status()).toBe(200)
  await waitForSite(request, `/board/${post.number}/`, 404)

  // The build history in the admin records what happened.
  const history = await request.get(`${CMS_URL}/api/site-builds?sort=-createdAt&limit=5&depth=0`, { headers: asEditor })
  const reasons = (await history.json()).docs.map((build: { reasons: string }) => build.reasons).join('\n')
  expect(reasons).toMatch(new RegExp(`publish board-posts #${post.id}`))
  expect(reasons).toMatch(new RegExp(`unpublish board-posts #${post.id}`))
})
