/**
 * The benchmark's report: one JSON file with every number, and a Markdown
 * table of the targets (the README shows the latest one per scale).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { contentCounts } from './generateContent'
import type { LighthouseScores } from './lighthouse'
import type { machine } from './machine'
import type { BuildMeasure } from './measureBuild'
import type { PageWeight } from './pageWeight'
import type { SearchBytes } from './searchBytes'
import type { SearchQuality } from './searchQuality'
import type { Spread } from './stats'

export interface BenchResult {
  measured: string
  scale: number
  runs: number
  machine: ReturnType<typeof machine>
  content: ReturnType<typeof contentCounts>
  seed: { seconds: number; documents: number }
  build: { cold: BuildMeasure; warm: { seconds: Spread; peakMemoryMB: Spread; pagesPerSecond: Spread; medianRun: BuildMeasure } }
  rawRenderer: { seconds: Spread; pages: number; buildRatio: number }
  pageWeight: Record<string, PageWeight>
  search: SearchBytes | null
  /** on the demo content, whatever the scale (see searchQueries.ts) */
  searchQuality: SearchQuality | null
  lighthouse: LighthouseScores[] | null
  publishSeconds: Spread | null
}

interface Row {
  measure: string
  result: string
  target: string
  /** true/false when the target applies at this scale, null when it does not or was not measured */
  met: boolean | null
}

const range = (s: Spread, unit: string) => (s.runs.length > 1 ? `${s.median} ${unit} (${s.min}–${s.max})` : `${s.median} ${unit}`)

export function targetRows(r: BenchResult): Row[] {
  const at = (scale: number, met: boolean) => (r.scale === scale ? met : null)
  const warm = r.build.warm.medianRun
  const p = warm.phases
  const rows: Row[] = [
    { measure: 'Seed (generated content)', result: `${r.seed.documents} documents in ${r.seed.seconds.toFixed(1)} s`, target: '—', met: null },
    { measure: 'Full build, first (cold image cache)', result: `${r.build.cold.seconds} s, ${r.build.cold.imagesEncoded} images encoded`, target: '—', met: null },
    { measure: 'Full build (warm cache)', result: range(r.build.warm.seconds, 's'), target: '≤ 60 s at 10x', met: at(10, r.build.warm.seconds.median <= 60) },
    {
      measure: '↳ phases of the median build',
      result: `startup ${p.startup}, content ${p.contentLoading}, rendering ${p.rendering}, images ${p.imageProcessing}, search index ${p.searchIndexing}, other ${p.other} s`,
      target: '—',
      met: null,
    },
    { measure: 'Pages rendered per second', result: `${r.build.warm.pagesPerSecond.median} (${warm.htmlPages} HTML pages)`, target: '—', met: null },
    { measure: 'Peak memory of the build', result: range(r.build.warm.peakMemoryMB, 'MB'), target: '≤ 1,536 MB at 10x', met: at(10, r.build.warm.peakMemoryMB.max <= 1536) },
    { measure: 'Output', result: `${warm.outputFiles} files, ${warm.outputMB} MB`, target: '—', met: null },
    {
      measure: 'Build ÷ raw renderer',
      result: `${r.rawRenderer.buildRatio}× (raw: ${r.rawRenderer.pages} pages in ${r.rawRenderer.seconds.median} s)`,
      target: '≤ 5×',
      met: r.rawRenderer.buildRatio <= 5,
    },
  ]
  if (r.publishSeconds) rows.push({ measure: 'Publish → page served', result: range(r.publishSeconds, 's'), target: '≤ 10 s at 1x', met: at(1, r.publishSeconds.median <= 10) })
  for (const [name, w] of Object.entries(r.pageWeight)) {
    const content = ['home', 'course', 'board'].includes(name)
    rows.push({
      measure: `${name} page (${w.path}), gzipped`,
      result: `HTML ${w.htmlKB} KB, CSS ${w.cssKB} KB, JS ${w.jsKB} KB (+${w.inlineScriptKB} KB inline), ${w.requests} requests`,
      target: '≤ 10 / 15 / 3 KB',
      met: content || name === 'finder' || name === 'search' ? w.htmlKB <= 10 && w.cssKB <= 15 && w.jsKB <= 3 : null,
    })
  }
  if (r.search) {
    const { first, second } = r.search
    rows.push({
      measure: `First search ("${first.query}", ${first.results} results drawn)`,
      result: `${first.kilobytes} KB in ${first.requests} requests (program ${first.programKB} KB, index and texts ${first.indexKB} KB)`,
      target: '≤ 100 KB at 10x',
      met: at(10, first.kilobytes <= 100),
    })
    rows.push({
      measure: `Second query ("${second.query}")`,
      result: `${second.kilobytes} KB more in ${second.requests} requests`,
      target: '—',
      met: null,
    })
  }
  if (r.searchQuality) {
    const q = r.searchQuality
    rows.push({
      measure: `Search quality, demo content (${q.ko.queries} Korean, ${q.en.queries} English queries)`,
      result: `Korean recall@5 ${q.ko.recallAt5}, recall@20 ${q.ko.recallAt20}, MRR ${q.ko.mrr}; English recall@5 ${q.en.recallAt5}, recall@20 ${q.en.recallAt20}, MRR ${q.en.mrr}`,
      target: '—',
      met: null,
    })
    rows.push({
      measure: `↳ Korean by kind (recall@5 / MRR)`,
      result: Object.entries(q.ko.byKind)
        .map(([kind, score]) => `${kind} ${score.recallAt5} / ${score.mrr}`)
        .join(', '),
      target: '—',
      met: null,
    })
    rows.push({
      measure: `Last keystroke → results drawn (${q.cpuSlowdown}× CPU slowdown, median)`,
      result: `${q.keystrokeToResultsMs} ms`,
      target: '—',
      met: null,
    })
  }
  for (const l of r.lighthouse ?? []) {
    rows.push({
      measure: `Lighthouse mobile ${l.path}`,
      result: `perf ${l.performance}, a11y ${l.accessibility}, best practices ${l.bestPractices}, SEO ${l.seo} (LCP ${l.lcpMs} ms, TBT ${l.tbtMs} ms)`,
      target: '≥ 0.98 / 1 / 1 / 1',
      met: l.performance >= 0.98 && l.accessibility === 1 && l.bestPractices === 1 && l.seo === 1,
    })
  }
  return rows
}

export function markdownReport(r: BenchResult): string {
  const mark = (met: boolean | null) => (met === null ? '' : met ? '✅ met' : '❌ missed')
  const lines = [
    `### Scale ${r.scale}x — ${r.measured.slice(0, 10)}`,
    '',
    `${r.content.courses} courses (${r.content.runs} runs), ${r.content.instructors} instructors, ${r.content.notices} notices, ${r.content.boardPosts} board posts, ${r.content.images} images, ${r.content.documents} PDFs. ` +
      `${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, astro ${r.machine.versions.astro}, payload ${r.machine.versions.payload}, pagefind ${r.machine.versions.pagefind}; ` +
      `${r.runs} run(s), median (min–max); load average at start ${r.machine.loadAverageAtStart.join(' / ')}; commit ${r.machine.revision}.`,
    '',
    '| Measure | Result | Target | |',
    '|---|---|---|---|',
    ...targetRows(r).map((row) => `| ${row.measure} | ${row.result} | ${row.target} | ${mark(row.met)} |`),
    '',
  ]
  return lines.join('\n')
}

/** Writes bench-<scale>x-<date>.json and .md, and returns the Markdown. */
export function writeReport(r: BenchResult, dir: string): { json: string; markdown: string; table: string } {
  fs.mkdirSync(dir, { recursive: true })
  const base = path.join(dir, `bench-${r.scale}x-${r.measured.slice(0, 10)}`)
  const table = markdownReport(r)
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(r, null, 2)}\n`)
  fs.writeFileSync(`${base}.md`, `${table}\n`)
  return { json: `${base}.json`, markdown: `${base}.md`, table }
}

/** Replaces the README's table for this scale (between its bench markers), when the README has them. */
export function updateReadme(readme: string, scale: number, table: string): boolean {
  if (!fs.existsSync(readme)) return false
  const text = fs.readFileSync(readme, 'utf8')
  const start = `<!-- bench:${scale}x:start -->`
  const end = `<!-- bench:${scale}x:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) return false
  fs.writeFileSync(readme, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`)
  return true
}
