/**
 * With the CMS stopped, the public site keeps serving every page and search:
 * it is static files from the live folder, read by its own server.
 * (Named zz- so it runs last: it stops the CMS the other specs use. Not run against
 * servers you started yourself: see testIgnore in playwright.config.ts.)
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { CMS_URL, E2E_DATA_DIR } from './support/urls'

/** A process and everything it started (`next start` runs its server as a child), from Linux's /proc. */
function processTree(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`
  const children = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split(' ').filter(Boolean).map(Number) : []
  return [pid, ...children.flatMap(processTree)]
}

test('the public site and its search keep working while the CMS is down', async ({ page, request }) => {
  // npm start writes the CMS's process id beside the database.
  for (const pid of processTree(Number(fs.readFileSync(path.join(E2E_DATA_DIR, 'cms.pid'), 'utf8'))).reverse()) {
    process.kill(pid, 'SIGKILL')
  }
  await expect.poll(async () => (await request.get(`${CMS_URL}/api/courses`).catch(() => null))?.status() ?? 0, { timeout: 15_000 }).toBe(0)

  for (const path of ['/', '/courses/', '/board/', '/notices/', '/en/press/', '/feed.xml', '/sitemap-index.xml']) {
    expect((await request.get(path)).status(), path).toBe(200)
  }
  await page.goto('/search/?q=키오스크')
  await expect(page.locator('[data-search-results] a').first()).toBeVisible()
})
