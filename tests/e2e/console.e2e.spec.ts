/**
 * One page of every page type, Korean and English, opens with not one
 * console error and not one Content-Security-Policy violation: an inline
 * style the policy blocks (empty `style=""` attributes from rich text were
 * one on 74 of 408 pages), a failed script, a missing file. One visit each.
 */
import { expect, type Page, test } from '@playwright/test'

import { collectCspConsole, cspViolationsOf, recordCspViolations } from './support/cspViolations'
import { EVERY_PAGE, uncoveredRoutes } from './support/pageTypes'

const NOT_FOUND = '/no-such-page/'

test('every page route of the site has a sample page in these checks', () => {
  expect(uncoveredRoutes(), 'add a sample page for these routes to tests/e2e/support/pageTypes.ts').toEqual([])
})

/** Console errors and uncaught exceptions from now on, but for the one a not-found page must cause: its own 404. */
function collectErrors(page: Page, expectedStatus: number): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const ownStatus = expectedStatus === 404 && message.text().includes('404') && message.location().url === page.url()
    if (!ownStatus) errors.push(`console: ${message.text()} (${message.location().url}:${message.location().lineNumber})`)
  })
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  return errors
}

for (const url of EVERY_PAGE) {
  test(`no console error or policy violation: ${url}`, async ({ page }) => {
    const expectedStatus = url.endsWith(NOT_FOUND) ? 404 : 200
    const errors = collectErrors(page, expectedStatus)
    const blocked = collectCspConsole(page)
    await recordCspViolations(page)

    const response = await page.goto(url)
    expect(response?.status()).toBe(expectedStatus)
    // Pages that do their work after load: search shows results (its index loads at the first
    // search, slowly on a busy machine), the course finder draws its form.
    if (url.includes('/search/')) await expect(page.locator('[data-search-results] a').first()).toBeVisible({ timeout: 30_000 })
    if (/\/courses\/$/.test(url)) await expect(page.locator('.course-finder .filters')).toBeVisible({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')

    const violations = (await cspViolationsOf(page)).map((v) => `${v.directive} blocked ${v.blocked || 'inline'}: ${v.sample}`)
    expect({ errors, policy: [...new Set([...blocked, ...violations])] }).toEqual({ errors: [], policy: [] })
  })
}
