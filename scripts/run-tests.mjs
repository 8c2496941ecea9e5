/**
 * npm test: every suite, one after the other (unit + integration with vitest,
 * then the browser suite with Playwright), even when an earlier one fails,
 * then one summary line. Exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

fs.rmSync('test-results', { recursive: true, force: true })

const run = (label, args) => {
  console.log(`\n=== ${label} ===`)
  return spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env }).status ?? 1
}

const codes = [
  run('unit + integration tests (vitest)', ['node_modules/vitest/vitest.mjs', 'run']),
  run('browser tests (playwright)', ['node_modules/@playwright/test/cli.js', 'test']),
]

const summary = spawnSync(process.execPath, ['scripts/test-summary.mjs'], { stdio: 'inherit' })
process.exit(codes.some((code) => code !== 0) || summary.status !== 0 ? 1 : 0)
