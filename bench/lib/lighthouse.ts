/**
 * Lighthouse scores (its default mobile settings: a mid-range phone on a slow
 * 4G link, simulated) for a few pages, through Debian's Chromium.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { findChromium } from '../../tests/e2e/support/chromium'

export interface LighthouseScores {
  path: string
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  /** largest contentful paint and total blocking time, simulated, in ms */
  lcpMs: number
  tbtMs: number
  /** audits that cost points, for the report */
  failing: string[]
}

export async function lighthouseScores(siteUrl: string, paths: string[]): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--disable-gpu', '--disable-dev-shm-usage', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  })
  try {
    const scores: LighthouseScores[] = []
    for (const path of paths) {
      const result = await lighthouse(`${siteUrl}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`)
      const { categories, audits } = result.lhr
      const score = (id: string) => categories[id]?.score ?? 0
      scores.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
        failing: Object.values(audits)
          .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
          .map((audit) => audit.id),
      })
    }
    return scores
  } finally {
    chrome.kill()
  }
}
