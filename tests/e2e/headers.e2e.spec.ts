/**
 * The security headers of both servers as `npm start` runs them (plain http
 * on this machine), and the admin doing real work under its
 * Content-Security-Policy: logging in, opening a course and saving it with
 * not one violation reported.
 */
import { expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'

import { defaultAdmin } from '../../cms/seed/seed'
import { collectCspConsole, cspViolationsOf, recordCspViolations } from './support/cspViolations'
import { CMS_URL, SITE_URL } from './support/urls'

const admin = defaultAdmin()

/** Splits a policy into its directives: { 'script-src': "'self' …", … }. */
const directives = (policy = '') =>
  Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(/\s+/)[0], part.split(/\s+/).slice(1).join(' ')]),
  )

const CMS_COMMON = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'same-origin',
}

test.describe('the CMS', () => {
  test('an admin page gets a nonce policy: no inline or eval scripts, framed only by itself', async ({ request }) => {
    const [first, second] = [await request.get(`${CMS_URL}/admin/login`), await request.get(`${CMS_URL}/admin/login`)]
    expect(first.status()).toBe(200)
    const headers = first.headers()
    expect(headers).toMatchObject(CMS_COMMON)
    expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/)
    expect(headers['strict-transport-security']).toBeUndefined()
    const policy = directives(headers['content-security-policy'])
    expect(policy['script-src']).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/)
    expect(policy).toMatchObject({
      'default-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'connect-src': "'self'",
      'frame-ancestors': "'self'",
      'form-action': "'self'",
      'base-uri': "'self'",
      'object-src': "'none'",
    })
    // A fresh nonce per response, and Next stamps it on the scripts it renders.
    const nonce = policy['script-src'].match(/'nonce-([^']+)'/)![1]
    expect(directives(second.headers()['content-security-policy'])['script-src']).not.toContain(nonce)
    const html = await first.text()
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`)
  })

  test('the API answers with a policy that lets nothing run, and CORS for the public site only', async ({ request }) => {
    const response = await request.get(`${CMS_URL}/api/courses?limit=1`, { headers: { origin: SITE_URL } })
    expect(response.status()).toBe(200)
    const headers = response.headers()
    expect(headers).toMatchObject(CMS_COMMON)
    expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'")
    expect(headers['access-control-allow-origin']).toBe(SITE_URL)
    expect(headers['strict-transport-security']).toBeUndefined()
    const foreign = await request.get(`${CMS_URL}/api/courses?limit=1`, { headers: { origin: 'https://evil.example' } })
    expect(foreign.headers()['access-control-allow-origin']).toBeUndefined()
  })

  test('the draft preview may be framed by the admin only', async ({ request }) => {
    const response = await request.get(`${CMS_URL}/preview/courses/1`, { maxRedirects: 0 })
    expect(response.headers()).toMatchObject({ ...CMS_COMMON, 'content-security-policy': "frame-ancestors 'self'" })
  })

  test('Strict-Transport-Security is sent when a TLS proxy says the request came over https', async ({ request }) => {
    for (const path of ['/admin/login', '/api/courses?limit=1']) {
      const response = await request.get(`${CMS_URL}${path}`, { headers: { 'x-forwarded-proto': 'https' } })
      expect(response.headers()['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains')
    }
  })
})

test('the public site sends the headers a <meta> policy cannot, and no HSTS over http', async ({ request }) => {
  const headers = (await request.get(`${SITE_URL}/`)).headers()
  expect(headers).toMatchObject({
    'content-security-policy': "frame-ancestors 'none'",
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  })
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/)
  expect(headers['strict-transport-security']).toBeUndefined()
})

/** Every policy violation the page reports, from the console and from the DOM event. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console = collectCspConsole(page)
  await recordCspViolations(page)
  return async () => [...console, ...(await cspViolationsOf(page)).map((v) => `${v.directive} ${v.blocked}`)]
}

test('staff log in, save a course and upload an image with no policy violation', async ({ page, request }) => {
  test.setTimeout(120_000)
  const violations = await watchViolations(page)

  await page.goto(`${CMS_URL}/admin`)
  await page.getByLabel('이메일').fill(admin.email)
  await page.getByLabel('비밀번호').fill(admin.password)
  await page.getByRole('button', { name: '로그인' }).click()
  await expect(page.getByRole('link', { name: /교육 과정/ }).first()).toBeVisible({ timeout: 30_000 })

  await page.goto(`${CMS_URL}/admin/collections/courses`)
  await page.locator('table tbody tr').first().getByRole('link').first().click()
  await expect(page).toHaveURL(/\/admin\/collections\/courses\/\d+/)
  const id = page.url().match(/courses\/(\d+)/)![1]
  const summary = page.getByLabel('한 줄 소개')
  await expect(summary).toBeEditable({ timeout: 30_000 })
  const changed = `${(await summary.inputValue()).slice(0, 250)} (${Date.now().toString(36)})`
  await summary.fill(changed)
  await page.getByRole('button', { name: '임시 저장' }).click()

  // The save reached the database: the draft carries the new summary.
  const login = await request.post(`${CMS_URL}/api/users/login`, { data: { email: admin.email, password: admin.password } })
  const authorization = `JWT ${(await login.json()).token}`
  await expect
    .poll(async () => (await (await request.get(`${CMS_URL}/api/courses/${id}?draft=true&depth=0`, { headers: { authorization } })).json()).summary, { timeout: 30_000 })
    .toBe(changed)

  // An image upload: the admin previews it from a blob: address before saving.
  await page.goto(`${CMS_URL}/admin/collections/media/create`)
  const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#3366aa' } }).png().toBuffer()
  await page.locator('input[type="file"]').setInputFiles({ name: '교육 장면 <1>.png', mimeType: 'image/png', buffer: png })
  await page.getByLabel('대체 텍스트').fill('교육 장면')
  await page.getByRole('button', { name: '저장', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/media\/\d+/, { timeout: 30_000 })
  const imageId = page.url().match(/media\/(\d+)/)![1]
  const image = await (await request.get(`${CMS_URL}/api/media/${imageId}?depth=0`)).json()
  expect(image.filename).toBe('교육 장면 -1.png')

  expect(await violations()).toEqual([])
})
