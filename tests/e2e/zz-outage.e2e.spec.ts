/**
 * With the CMS stopped, the public site keeps serving every page and search:
 * it is static files from the live folder, read by its own server.
 * (Named zz- so it runs last: it stops the CMS the other specs use. Not run against
 * servers you started yourself: see testIgnore in playwright.config.ts.)
 */
import { execFileSync } from 'node:child_process'

import { expect, test } from '@playwright/test'

import { CMS_PORT, CMS_URL } from './support/urls'

test('the public site and its search keep working while the CMS is down', async ({ page, request }) => {
  execFileSync('pkill', ['-f', `next start cms -p ${CMS_PORT}`])
  await expect.poll(async () => (await request.get(`${CMS_URL}/api/courses`).catch(() => null))?.status() ?? 0, { timeout: 15_000 }).toBe(0)

  for (const path of ['/', '/courses/', '/board/', '/notices/', '/en/press/', '/feed.xml', '/sitemap-index.xml']) {
    expect((await request.get(path)).status(), path).toBe(200)
  }
  await page.goto('/search/?q=키오스크')
  await expect(page.locator('pagefind-results a').first()).toBeVisible()
})
