/**
 * Search quality as a resident meets it: Chromium types each query of the
 * fixed set (searchQueries.ts) into the search page, with the CPU slowed
 * 4× (an older phone), and reads the results in the order drawn. Reports
 * recall@5, recall@20 and mean reciprocal rank (over the first 20), per kind
 * of query, and the median time from the last keystroke to the results drawn
 * (the last change to the page's main region, once it has been quiet for
 * 0.7 s). It drives the page, not Pagefind's API, so query rewriting and
 * re-ranking count.
 */
import { chromium, type Page } from '@playwright/test'

import { findChromium } from '../../tests/e2e/support/chromium'
import { type QualityQuery, QUALITY_QUERIES } from './searchQueries'
import { spread } from './stats'

export interface QualityScore {
  queries: number
  recallAt5: number
  recallAt20: number
  mrr: number
}

export interface SearchQuality {
  ko: QualityScore & { byKind: Record<string, QualityScore> }
  en: QualityScore
  /** median over every query, ms, with 4× CPU slowdown */
  keystrokeToResultsMs: number
  cpuSlowdown: number
  /** every query whose page was not first, with its rank (null: not in the first 20) */
  misses: { query: string; expect: string; rank: number | null }[]
}

/** Result links of our own UI and of Pagefind's Component UI (the "before"), in the order shown. */
const RESULT_LINKS = '[data-search-results] a[href], pagefind-results a[href]'
const QUIET_MS = 700
const CPU_SLOWDOWN = 4

const round = (value: number) => Number(value.toFixed(3))

function score(ranks: (number | null)[]): QualityScore {
  const n = ranks.length || 1
  return {
    queries: ranks.length,
    recallAt5: round(ranks.filter((rank) => rank !== null && rank <= 5).length / n),
    recallAt20: round(ranks.filter((rank) => rank !== null && rank <= 20).length / n),
    mrr: round(ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / n),
  }
}

/** Watches the page's main region: the time of the last change and of the last input in the search box. */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lastChange: number; __lastInput: number }
    w.__lastChange = 0
    w.__lastInput = 0
    new MutationObserver(() => (w.__lastChange = performance.now())).observe(document.querySelector('main')!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    })
    document.addEventListener('input', () => (w.__lastInput = performance.now()), true)
  })
}

/** Waits until the main region has been quiet (QUIET_MS) after the last input; returns input → last change, ms. */
async function settle(page: Page): Promise<number> {
  for (;;) {
    const { change, input, now } = await page.evaluate(() => {
      const w = window as unknown as { __lastChange: number; __lastInput: number }
      return { change: w.__lastChange, input: w.__lastInput, now: performance.now() }
    })
    if (now - Math.max(change, input) >= QUIET_MS) return Math.max(0, change - input)
    await page.waitForTimeout(200)
  }
}

async function shownUrls(page: Page, siteUrl: string): Promise<string[]> {
  // Pagefind's Component UI loads a result only once it is scrolled into view: show each in turn.
  await page.evaluate(async () => {
    for (let step = 0; step < 40; step += 1) {
      const placeholder = document.querySelector('pagefind-results li[aria-hidden="true"]')
      if (!placeholder) break
      placeholder.scrollIntoView({ block: 'center' })
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  })
  const hrefs = await page.locator(RESULT_LINKS).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
  const urls: string[] = []
  for (const href of hrefs) {
    const url = new URL(href, siteUrl)
    const path = url.pathname
    if (!urls.includes(path)) urls.push(path)
  }
  return urls
}

/** The first 20 results (or fewer, once `expect` is among them): the ones shown, then "more" until there are 20 or no more. */
async function firstTwenty(page: Page, siteUrl: string, expect: string): Promise<string[]> {
  let urls = await shownUrls(page, siteUrl)
  for (let tries = 0; urls.length < 20 && !urls.includes(expect) && tries < 4; tries += 1) {
    const more = page.getByRole('button', { name: /더 보기|more/i }).first()
    if (!(await more.isVisible().catch(() => false))) break
    await more.click()
    await settle(page)
    urls = await shownUrls(page, siteUrl)
  }
  return urls.slice(0, 20)
}

async function runSet(page: Page, siteUrl: string, path: string, queries: QualityQuery[], progress?: (line: string) => void) {
  await page.goto(`${siteUrl}${path}`)
  const box = page.getByRole('searchbox').first()
  await box.waitFor()
  await watch(page)
  const ranks: (number | null)[] = []
  const latencies: number[] = []
  for (const { query, expect } of queries) {
    await box.fill('')
    await page.evaluate(() => window.scrollTo(0, 0))
    await settle(page)
    await box.click()
    await page.keyboard.type(query, { delay: 40 })
    latencies.push(await settle(page))
    const urls = await firstTwenty(page, siteUrl, expect)
    const at = urls.indexOf(expect)
    ranks.push(at >= 0 ? at + 1 : null)
    progress?.(`${query} → ${at >= 0 ? `#${at + 1}` : 'not in the first 20'} (${Math.round(latencies.at(-1)!)} ms)`)
  }
  return { ranks, latencies }
}

export async function searchQuality(
  siteUrl: string,
  { only, progress }: { only?: RegExp; progress?: (line: string) => void } = {},
): Promise<SearchQuality> {
  const set = only ? { ko: QUALITY_QUERIES.ko.filter((q) => only.test(q.query)), en: QUALITY_QUERIES.en.filter((q) => only.test(q.query)) } : QUALITY_QUERIES
  const browser = await chromium.launch({ executablePath: findChromium(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] })
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    const ko = await runSet(page, siteUrl, '/search/', set.ko, progress)
    const en = await runSet(page, siteUrl, '/en/search/', set.en, progress)
    const kinds = [...new Set(set.ko.map((q) => q.kind))]
    const byKind = Object.fromEntries(kinds.map((kind) => [kind, score(set.ko.flatMap((q, i) => (q.kind === kind ? [ko.ranks[i]] : [])))]))
    const all = [...set.ko.map((q, i) => ({ q, rank: ko.ranks[i] })), ...set.en.map((q, i) => ({ q, rank: en.ranks[i] }))]
    return {
      ko: { ...score(ko.ranks), byKind },
      en: score(en.ranks),
      keystrokeToResultsMs: Math.round(spread([...ko.latencies, ...en.latencies], 0).median),
      cpuSlowdown: CPU_SLOWDOWN,
      misses: all.filter(({ rank }) => rank === null || rank > 1).map(({ q, rank }) => ({ query: q.query, expect: q.expect, rank })),
    }
  } finally {
    await browser.close()
  }
}
