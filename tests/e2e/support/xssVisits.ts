/**
 * The visits of the XSS test: a site page, the feeds, the calendars, an admin
 * view, the draft preview. Each looks for sightings (xssWatch.ts) and checks
 * the page's scripts against its policy (cspAudit.ts); what is wrong is
 * collected in `Findings`, so every page is seen before the test judges.
 */
import { type APIRequestContext, expect, type Page } from '@playwright/test'

import { auditScripts } from './cspAudit'
import { CMS_URL, SITE_URL } from './urls'
import { inspectPage, type Sighting } from './xssWatch'

export interface Findings {
  /** the word every stored text starts with */
  stamp: string
  sightings: Sighting[]
  /** a page whose scripts, policy, feed, calendar or search are wrong */
  problems: string[]
  /** CSP reports that are no script (an inline style the policy drops), for the summary */
  otherCspReports: Set<string>
  visited: { site: string[]; admin: string[] }
}

/** The rebuild runs by itself: wait until every path answers 200 and the home page carries every marker. */
export async function waitForLiveSite(request: APIRequestContext, paths: string[], markers: string[]) {
  await expect
    .poll(
      async () => {
        for (const path of paths) if ((await request.get(`${SITE_URL}${path}`)).status() !== 200) return `waiting for ${path}`
        const home = await (await request.get(`${SITE_URL}/`)).text()
        return markers.every((marker) => home.includes(marker)) ? 'live' : 'waiting for the globals'
      },
      { timeout: 240_000, intervals: [2_000] },
    )
    .toBe('live')
}

export async function visitSitePage(page: Page, request: APIRequestContext, path: string, findings: Findings) {
  const url = `${SITE_URL}${path}`
  findings.visited.site.push(path)
  await page.goto(url, { waitUntil: 'load' })
  if (path.includes('/search/')) {
    // The search index follows a few seconds after the pages go live (cms/build/searchIndex.ts).
    const found = await expect(async () => {
      await page.goto(url, { waitUntil: 'load' })
      await expect(page.locator('[data-search-results] a').first()).toBeVisible({ timeout: 5_000 })
    })
      .toPass({ timeout: 120_000 })
      .then(() => true, () => false)
    if (!found) findings.problems.push(`${path}: search finds none of the stored documents`)
  }
  await page.waitForLoadState('networkidle').catch(() => undefined)
  if (!(await page.content()).includes(findings.stamp)) findings.problems.push(`${path}: the stored text is not on the page`)
  for (const report of await inspectPage(page, findings.sightings)) findings.otherCspReports.add(report)
  const response = await request.get(url)
  const audit = await auditScripts(page, await response.text(), response.headers()['content-security-policy'])
  for (const problem of audit.problems) findings.problems.push(`${path}: ${problem}`)
}

/** RSS readers take a description as HTML: the stored text must reach them as text, escaped twice. */
export async function checkFeeds(page: Page, request: APIRequestContext, findings: Findings) {
  for (const path of ['/feed.xml', '/en/feed.xml']) {
    findings.visited.site.push(path)
    const xml = await (await request.get(`${SITE_URL}${path}`)).text()
    const items = await page.evaluate(
      ({ source, stamp }) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml')
        if (doc.querySelector('parsererror')) return null
        return [...doc.querySelectorAll('item')]
          .filter((item) => item.querySelector('title')?.textContent?.includes(stamp))
          .map((item) => item.querySelector('description')?.textContent ?? '')
      },
      { source: xml, stamp: findings.stamp },
    )
    if (items === null) {
      findings.problems.push(`${path}: not well-formed XML`)
      continue
    }
    if (items.length < 3) findings.problems.push(`${path}: the new notices are missing (${items.length})`)
    for (const description of items) {
      if (/[<>]/.test(description)) findings.problems.push(`${path}: a description holds markup a reader would render: ${description.slice(0, 100)}`)
    }
    await page.goto(`${SITE_URL}${path}`)
    await inspectPage(page, findings.sightings, { dom: false })
  }
}

/** A calendar event keeps its lines: text with line breaks is escaped, never a new property or event. */
export async function checkCalendar(request: APIRequestContext, path: string, findings: Findings) {
  findings.visited.site.push(path)
  const response = await request.get(`${SITE_URL}${path}`)
  expect(response.headers()['content-type'], path).toContain('text/calendar')
  const lines = (await response.text()).replace(/\r\n[ \t]/g, '').split('\r\n')
  const count = (start: string) => lines.filter((line) => line.startsWith(start)).length
  if (count('BEGIN:VEVENT') !== count('END:VEVENT') || count('BEGIN:VEVENT') !== count('SUMMARY:')) findings.problems.push(`${path}: events and their lines do not match`)
  if (lines.some((line) => line.startsWith('SUMMARY:xss-ics-injected') || /^URL:\s*javascript:/i.test(line))) findings.problems.push(`${path}: stored text added calendar lines`)
}

/** The policy is not only written but obeyed: an inline script added to a live page does not run. */
export async function checkPolicyIsEnforced(page: Page, findings: Findings) {
  await page.goto(`${SITE_URL}/`)
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__policyProbe = 1'
    document.head.append(script)
    await new Promise((resolve) => setTimeout(resolve, 100))
    return (window as { __policyProbe?: number }).__policyProbe === 1
  })
  if (ran) findings.problems.push('/: an inline script added at run time ran: the CSP is not enforced')
}

export async function visitAdminView(page: Page, view: string, findings: Findings) {
  findings.visited.admin.push(view)
  await page.goto(`${CMS_URL}${view}`, { waitUntil: 'load' })
  // The views render on the client: wait until the stored text is there (as text or in a form field).
  const shown = await expect
    .poll(
      () =>
        page.evaluate(
          (word) => document.body.innerText.includes(word) || [...document.querySelectorAll('input, textarea')].some((field) => (field as HTMLInputElement).value.includes(word)),
          findings.stamp,
        ),
      { timeout: 60_000 },
    )
    .toBe(true)
    .then(() => true, () => false)
  if (!shown) findings.problems.push(`${view}: the admin does not show the stored document`)
  await page.waitForLoadState('networkidle').catch(() => undefined)
  for (const report of await inspectPage(page, findings.sightings)) findings.otherCspReports.add(`admin ${report}`)
}

/** The draft preview: the site's own pages, served from the CMS's origin beside the staff login. */
export async function visitPreview(page: Page, preview: string, findings: Findings) {
  findings.visited.admin.push(preview)
  await page.goto(`${CMS_URL}${preview}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(findings.stamp, { timeout: 180_000 })
  await page.waitForLoadState('networkidle').catch(() => undefined)
  for (const report of await inspectPage(page, findings.sightings)) findings.otherCspReports.add(`preview ${report}`)
  // Fetched by the page itself: the CMS counts the login cookie only on requests from its own pages.
  const html = await page.evaluate(() => fetch(location.href).then((response) => response.text()))
  for (const problem of (await auditScripts(page, html)).problems) findings.problems.push(`${preview}: ${problem}`)
}
