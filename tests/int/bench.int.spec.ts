/**
 * The benchmark harness works end to end at a tiny scale: it seeds generated
 * content, builds the site with its phase split, runs the raw renderer,
 * weighs pages, measures a first and a second search and writes its report. No number is
 * judged here (benchmarks are not tests); Lighthouse, publish → served and the
 * search-quality set are left to `npm run bench`, as they need minutes.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { generateContent } from '../../bench/lib/generateContent'
import type { BenchResult } from '../../bench/lib/report'

describe('npm run bench', () => {
  it('generates content in proportion to the scale, the same every time', () => {
    const one = generateContent(1)
    expect([one.courses.length, one.instructors.length, one.notices.length, one.boardPosts.length]).toEqual([40, 110, 200, 1000])
    const tenth = generateContent(0.1)
    expect([tenth.courses.length, tenth.instructors.length, tenth.notices.length, tenth.boardPosts.length]).toEqual([4, 11, 20, 100])
    expect(JSON.stringify(generateContent(0.1))).toBe(JSON.stringify(tenth))
    expect(new Set(one.boardPosts.map((post) => post.slug)).size).toBe(1000)
    // Korean bodies of realistic length, not placeholders.
    const lengths = one.boardPosts.map((post) => post.body.ko.length)
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(200)
    expect(one.boardPosts[0].body.ko).toMatch(/[가-힣]{2,}/)
  })

  it('measures a tiny scale and writes its JSON and Markdown report', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'seocho-bench-smoke-'))
    const run = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/bench.ts', '--scale', '0.02', '--runs', '1', '--skip', 'publish,lighthouse,quality', '--out', out, '--no-readme'],
      { encoding: 'utf8', env: { ...process.env, DATABASE_URI: '' }, timeout: 300_000 },
    )
    expect(run.status, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toMatch(/1\/7 seeding[\s\S]*2\/7 full builds[\s\S]*6\/7 publish[\s\S]*7\/7 search quality/)

    const files = fs.readdirSync(out)
    const report: BenchResult = JSON.parse(fs.readFileSync(path.join(out, files.find((f) => f.endsWith('.json'))!), 'utf8'))
    expect(report.scale).toBe(0.02)
    expect(report.content.boardPosts).toBe(20)
    expect(report.seed.documents).toBeGreaterThan(20)
    const build = report.build.warm.medianRun
    expect(build.htmlPages).toBeGreaterThan(40)
    for (const phase of ['contentLoading', 'rendering', 'searchIndexing'] as const) expect(build.phases[phase]).toBeGreaterThan(0)
    expect(build.peakMemoryMB).toBeGreaterThan(50)
    expect(report.build.cold.imagesEncoded).toBeGreaterThan(0)
    expect(build.imagesEncoded).toBe(0)
    expect(report.rawRenderer.pages).toBeGreaterThan(40)
    expect(report.pageWeight.home.htmlKB).toBeGreaterThan(1)
    expect(report.pageWeight.course.path).toMatch(/^\/courses\/[a-z0-9-]+\/$/)
    expect(report.search?.first.results).toBeGreaterThan(0)
    expect(report.search?.second.results).toBeGreaterThan(0)
    expect(report.searchQuality).toBeNull()
    expect(report.lighthouse).toBeNull()
    expect(report.publishSeconds).toBeNull()

    const markdown = fs.readFileSync(path.join(out, files.find((f) => f.endsWith('.md'))!), 'utf8')
    expect(markdown).toContain('| Full build (warm cache) |')
    expect(markdown).toContain('| Build ÷ raw renderer |')
    fs.rmSync(out, { recursive: true, force: true })
  }, 320_000)
})
