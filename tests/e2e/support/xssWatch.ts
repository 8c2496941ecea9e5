/**
 * Watches a Playwright page for any sign that stored markup ran or was
 * injected: a dialog, a request to the beacon host, a console line naming it,
 * `window.__xss` set in any frame, a Content-Security-Policy violation of a
 * script directive, or an element in the DOM that only injected markup could
 * have made (an event-handler attribute, a `javascript:` address, an iframe …).
 */
import type { Page } from '@playwright/test'

import { cspViolationsOf, recordCspViolations } from './cspViolations'
import { BEACON_HOST } from './xssPayloads'

export interface Sighting {
  /** the page being looked at */
  url: string
  kind: 'dialog' | 'request' | 'console' | 'window.__xss' | 'csp' | 'dom'
  detail: string
}

declare global {
  interface Window {
    __xss?: unknown
  }
}

const mentionsBeacon = (text: string) => text.includes(BEACON_HOST) || text.includes('__xss')

/** Starts watching `page`; every sighting is pushed to `sightings`. Returns the non-script CSP reports for the summary. */
export async function watchForExecution(page: Page, sightings: Sighting[]) {
  const context = { url: () => page.url() }
  await recordCspViolations(page)
  page.on('dialog', async (dialog) => {
    // Leaving an edited admin form asks "leave page?": the browser's, not a payload's.
    if (dialog.type() !== 'beforeunload') sightings.push({ url: context.url(), kind: 'dialog', detail: `${dialog.type()}: ${dialog.message()}` })
    await dialog.dismiss().catch(() => undefined)
  })
  page.on('request', (request) => {
    if (request.url().includes(BEACON_HOST)) sightings.push({ url: context.url(), kind: 'request', detail: `${request.method()} ${request.url()}` })
  })
  page.on('console', (message) => {
    if (mentionsBeacon(message.text())) sightings.push({ url: context.url(), kind: 'console', detail: message.text().slice(0, 300) })
  })
}

/** What an element may not carry on a page built from stored content. */
function scanDom(): string[] {
  const found: string[] = []
  const addressAttributes = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'srcdoc'])
  // Browsers ignore leading spaces, controls and tabs inside a scheme: compare what they would see.
  const scheme = (value: string) => value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase()
  const dangerous = /^(javascript:|vbscript:|data:text\/html|data:image\/svg\+xml|data:application)/
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase()
      if (name.startsWith('on')) found.push(`<${tag} ${name}="${attribute.value.slice(0, 80)}">`)
      else if (name === 'srcdoc') found.push(`<${tag} srcdoc>`)
      else if (addressAttributes.has(name) && dangerous.test(scheme(attribute.value))) found.push(`<${tag} ${name}="${attribute.value.slice(0, 80)}">`)
    }
    if (['iframe', 'frame', 'object', 'embed', 'base', 'applet', 'plaintext', 'xmp', 'marquee'].includes(tag)) found.push(`<${tag}>`)
    if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push('<meta http-equiv=refresh>')
  }
  return found
}

/**
 * After the page has loaded: `window.__xss` in every frame, script-directive CSP
 * violations, and (with `dom`) the DOM scan. Other CSP reports (an inline
 * style the policy drops) are returned, not counted.
 */
export async function inspectPage(page: Page, sightings: Sighting[], { dom = true } = {}): Promise<string[]> {
  const url = page.url()
  for (const frame of page.frames()) {
    const value = await frame.evaluate(() => window.__xss).catch(() => undefined)
    if (value !== undefined) sightings.push({ url, kind: 'window.__xss', detail: `window.__xss = ${String(value)} in ${frame.url() || 'a frame'}` })
  }
  const violations = await cspViolationsOf(page)
  const other: string[] = []
  for (const violation of violations) {
    const line = `${violation.directive} blocked ${violation.blocked}${violation.sample ? ` (${violation.sample.slice(0, 60)})` : ''}`
    if (violation.directive.startsWith('script-src') || mentionsBeacon(`${violation.blocked} ${violation.sample}`)) sightings.push({ url, kind: 'csp', detail: line })
    else other.push(line)
  }
  if (dom) for (const detail of await page.evaluate(scanDom)) sightings.push({ url, kind: 'dom', detail })
  return other
}
