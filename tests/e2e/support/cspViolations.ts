/**
 * Content-Security-Policy violations a page reports: the browser's console
 * lines about blocked resources, and the `securitypolicyviolation` events of
 * each document (recorded by an init script, read after it has loaded).
 */
import type { Page } from '@playwright/test'

export interface CspViolation {
  directive: string
  blocked: string
  sample: string
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[]
  }
}

const CSP_CONSOLE = /Content Security Policy|Content-Security-Policy/i

/** Collects, from now on, every console line in which the browser says it blocked something by policy. */
export function collectCspConsole(page: Page): string[] {
  const lines: string[] = []
  page.on('console', (message) => {
    if (CSP_CONSOLE.test(message.text())) lines.push(message.text())
  })
  return lines
}

/** Records the violation events of every document the page loads from now on. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample })
    })
  })
}

/** The violation events of the document now loaded (none when it cannot be read). */
export const cspViolationsOf = (page: Page): Promise<CspViolation[]> =>
  page.evaluate(() => window.__cspViolations ?? []).catch(() => [])
