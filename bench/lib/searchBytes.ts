/**
 * The bytes a first search costs a reader: Chromium opens the search page
 * with a query in its address (as a linked search does), waits for the
 * results, and adds up everything fetched from /pagefind/ (the search
 * script, its WebAssembly, the index chunks and the result fragments), as
 * transferred.
 */
import { chromium } from '@playwright/test'

import { findChromium } from '../../tests/e2e/support/chromium'

export interface SearchCost {
  query: string
  results: number
  requests: number
  kilobytes: number
  /** of which: the search program (JS, CSS, WebAssembly) vs the index and fragments for this query */
  programKB: number
  indexKB: number
}

export async function firstSearchCost(siteUrl: string, query: string): Promise<SearchCost> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] })
  try {
    const page = await browser.newPage()
    const fetched: Promise<{ url: string; bytes: number }>[] = []
    page.on('requestfinished', (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return
      fetched.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })))
    })
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`)
    const results = page.locator('pagefind-results a')
    await results.first().waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    const files = await Promise.all(fetched)
    const kb = (list: { bytes: number }[]) => Number((list.reduce((sum, file) => sum + file.bytes, 0) / 1024).toFixed(1))
    const program = files.filter((file) => /\.(js|css)$|wasm/.test(new URL(file.url).pathname))
    return {
      query,
      results: await results.count(),
      requests: files.length,
      kilobytes: kb(files),
      programKB: kb(program),
      indexKB: kb(files.filter((file) => !program.includes(file))),
    }
  } finally {
    await browser.close()
  }
}
