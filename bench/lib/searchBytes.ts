/**
 * The bytes a search costs a reader: Chromium opens the search page with a
 * query in its address (as a linked search does), waits for the results,
 * and adds up everything fetched from /pagefind/ (the search script, its
 * WebAssembly, the index chunks, the result texts, the dictionary), as
 * transferred; then types a second query and counts what that one adds.
 */
import { chromium, type Page, type Request } from '@playwright/test'

import { findChromium } from '../../tests/e2e/support/chromium'

export interface SearchCost {
  query: string
  results: number
  requests: number
  kilobytes: number
  /** of which: the search program (JS, CSS, WebAssembly) vs the index, result texts and dictionary for this query */
  programKB: number
  indexKB: number
}

export interface SearchBytes {
  first: SearchCost
  second: SearchCost
}

/** Result links of our own UI and of Pagefind's Component UI (the "before"). */
const RESULT_LINKS = '[data-search-results] a, pagefind-results a'

const kb = (list: { bytes: number }[]) => Number((list.reduce((sum, file) => sum + file.bytes, 0) / 1024).toFixed(1))

async function costOf(page: Page, query: string, fetched: Promise<{ url: string; bytes: number }>[]): Promise<SearchCost> {
  await page.waitForLoadState('networkidle')
  const files = await Promise.all(fetched)
  const program = files.filter((file) => /\.(js|css)$|wasm/.test(new URL(file.url).pathname))
  return {
    query,
    results: await page.locator(RESULT_LINKS).count(),
    requests: files.length,
    kilobytes: kb(files),
    programKB: kb(program),
    indexKB: kb(files.filter((file) => !program.includes(file))),
  }
}

export async function searchBytes(siteUrl: string, first = '스마트폰', second = '엑셀'): Promise<SearchBytes> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] })
  try {
    const page = await browser.newPage()
    let fetched: Promise<{ url: string; bytes: number }>[] = []
    const record = (request: Request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return
      fetched.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })))
    }
    page.on('requestfinished', record)
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(first)}`)
    await page.locator(RESULT_LINKS).first().waitFor({ timeout: 60_000 })
    const firstCost = await costOf(page, first, fetched)

    fetched = []
    const before = await page.locator(RESULT_LINKS).first().getAttribute('href')
    await page.getByRole('searchbox').first().fill(second)
    await page.waitForFunction(
      ({ selector, before }) => {
        const link = document.querySelector(selector)
        return link !== null && link.getAttribute('href') !== before
      },
      { selector: RESULT_LINKS, before },
      { timeout: 60_000 },
    )
    return { first: firstCost, second: await costOf(page, second, fetched) }
  } finally {
    await browser.close()
  }
}
