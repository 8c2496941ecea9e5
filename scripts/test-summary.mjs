/**
 * Sums the JSON reports of every suite (the type checks; vitest: unit +
 * integration; Playwright: browser) into one line: "N passed, N failed".
 * A suite that left no report counts as one failure: it did not run.
 */
import fs from 'node:fs'

const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

export function summarize() {
  const suites = []
  const types = read('test-results/typecheck.json')
  suites.push(
    types
      ? { name: 'type checks (tsc, astro check)', passed: types.checks.filter((check) => check.passed).length, failed: types.checks.filter((check) => !check.passed).length }
      : { name: 'type checks (tsc, astro check)', passed: 0, failed: 1, missing: true },
  )
  const vitest = read('test-results/vitest.json')
  suites.push(
    vitest
      ? { name: 'unit + integration (vitest)', passed: vitest.numPassedTests, failed: vitest.numFailedTests + (vitest.numRuntimeErrorTestSuites ?? 0) }
      : { name: 'unit + integration (vitest)', passed: 0, failed: 1, missing: true },
  )
  const playwright = read('test-results/playwright.json')
  suites.push(
    playwright
      ? { name: 'browser (playwright)', passed: playwright.stats.expected + playwright.stats.flaky, failed: playwright.stats.unexpected + (playwright.errors?.length ?? 0) }
      : { name: 'browser (playwright)', passed: 0, failed: 1, missing: true },
  )
  return suites
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const suites = summarize()
  for (const suite of suites) {
    console.log(`  ${suite.name}: ${suite.missing ? 'no report (the suite did not run)' : `${suite.passed} passed, ${suite.failed} failed`}`)
  }
  const passed = suites.reduce((sum, suite) => sum + suite.passed, 0)
  const failed = suites.reduce((sum, suite) => sum + suite.failed, 0)
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed > 0 ? 1 : 0)
}
