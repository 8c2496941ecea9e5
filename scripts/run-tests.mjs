/**
 * npm test: every suite, one after the other (the type checks of the whole
 * tree, unit + integration with vitest, then the browser suite with
 * Playwright), even when an earlier one fails, then one summary line. Exits
 * non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

fs.rmSync('test-results', { recursive: true, force: true })

const run = (label, args) => {
  console.log(`\n=== ${label} ===`)
  return spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env }).status ?? 1
}

/** tsc over every .ts file (cms/, site/, scripts/, tests/ …) and astro check over the .astro files; each counts as one check. */
const typeChecks = [
  { name: 'tsc', code: run('type check: tsc', ['node_modules/typescript/bin/tsc', '--noEmit']) },
  // --noSync: the content collections' types need no database; the loader's schemas type them.
  { name: 'astro check', code: run('type check: astro check (.astro files)', ['node_modules/astro/bin/astro.mjs', 'check', '--noSync']) },
]
fs.mkdirSync('test-results', { recursive: true })
fs.writeFileSync('test-results/typecheck.json', JSON.stringify({ checks: typeChecks.map(({ name, code }) => ({ name, passed: code === 0 })) }))

const codes = [
  ...typeChecks.map(({ code }) => code),
  run('unit + integration tests (vitest)', ['node_modules/vitest/vitest.mjs', 'run']),
  run('browser tests (playwright)', ['node_modules/@playwright/test/cli.js', 'test']),
]

const summary = spawnSync(process.execPath, ['scripts/test-summary.mjs'], { stdio: 'inherit' })
process.exit(codes.some((code) => code !== 0) || summary.status !== 0 ? 1 : 0)
