import { type Browser, expect, type Page, request } from '@playwright/test'

import { defaultAdmin, demoAccounts } from '../../../cms/seed/seed'
import { CMS_URL } from './urls'

const [admin, editor, contributor] = demoAccounts(defaultAdmin())
export const ACCOUNTS = { admin, editor, contributor }
export type Who = keyof typeof ACCOUNTS

/** Signs in through the admin's own login form, in Korean. */
export async function signIn(page: Page, who: Who) {
  await page.goto(`${CMS_URL}/admin/login`)
  await page.getByLabel('이메일').fill(ACCOUNTS[who].email)
  await page.getByLabel('비밀번호').fill(ACCOUNTS[who].password)
  await page.getByRole('button', { name: '로그인' }).click()
  await expect(page.getByRole('link', { name: /교육 과정/ }).first()).toBeVisible({ timeout: 60_000 })
}

/** A separate browser session (its own cookies) for one member of staff. */
export async function staffPage(browser: Browser, who: Who) {
  const context = await browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', extraHTTPHeaders: { 'accept-language': 'ko-KR,ko;q=0.9' } })
  const page = await context.newPage()
  await signIn(page, who)
  return page
}

/** The visible words of the page's main content, as a reader meets them. */
export const visibleText = (page: Page) => page.locator('body').innerText()

/**
 * Headers that sign a test's own API calls in as a member of staff. The login
 * cookie is SameSite=Strict, which Playwright's request context does not
 * send, so calls made beside the browser carry the token instead. The login
 * goes through a context of its own, so the browser's session stays whose it was.
 */
const tokens = new Map<Who, string>()
export async function staffHeaders(_page: Page, who: Who): Promise<Record<string, string>> {
  if (!tokens.has(who)) {
    const context = await request.newContext()
    const response = await context.post(`${CMS_URL}/api/users/login`, { data: { email: ACCOUNTS[who].email, password: ACCOUNTS[who].password } })
    expect(response.status()).toBe(200)
    tokens.set(who, (await response.json()).token)
    await context.dispose()
  }
  return { authorization: `JWT ${tokens.get(who)}` }
}
