/**
 * npm run bench -- [--scale N] [--runs N] [--skip publish,lighthouse,search,quality] [--out DIR] [--no-readme]
 *
 * Measures the product on this machine at a content scale (1x: 40 courses,
 * 110 instructors, 200 notices, 1,000 board posts; 10x: ten times that) on a
 * throwaway database: seed time; full builds (one with a cold image cache,
 * then N with a warm one) split into phases, with peak memory, pages per
 * second and output size; the raw-renderer baseline; page weights; the bytes
 * of a first and a second search; Lighthouse; publish → served; and search
 * quality (recall, MRR, keystroke → results) on the demo content. Writes
 * bench/results/bench-<scale>x-<date>.{json,md} and the README's table.
 * Benchmarks are not tests: nothing here passes or fails on a number.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { contentCounts, generateContent } from '../bench/lib/generateContent'
import { resultOf, runNode, tsxCli } from '../bench/lib/children'
import { lighthouseScores } from '../bench/lib/lighthouse'
import { machine } from '../bench/lib/machine'
import { type BuildMeasure, measureBuild } from '../bench/lib/measureBuild'
import { pageWeight, samplePages } from '../bench/lib/pageWeight'
import { publishLatency } from '../bench/lib/publishLatency'
import { type BenchResult, updateReadme, writeReport } from '../bench/lib/report'
import { demoSearchQuality } from '../bench/lib/demoSearch'
import { searchBytes } from '../bench/lib/searchBytes'
import { medianRun, spread } from '../bench/lib/stats'
import { projectRoot } from '../cms/paths'
import { startStaticServer } from '../site/server/staticServer'
import { logger } from './lib/log'

const log = logger('bench')
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback
}
const scale = Number(option('scale', '1'))
const runs = Number(option('runs', '3'))
const skip = new Set(option('skip', '').split(',').filter(Boolean))
const outDir = path.resolve(projectRoot, option('out', 'bench/results'))
if (!(scale > 0) || !Number.isInteger(runs) || runs < 1) {
  console.error(`[bench] --scale must be a positive number and --runs a whole number ≥ 1 (got --scale ${option('scale', '1')} --runs ${option('runs', '3')})`)
  process.exit(2)
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `seocho-bench-${scale}x-`))
const sitePort = 4400 + Math.floor(Math.random() * 500)
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URI: '',
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  SITE_URL: `http://127.0.0.1:${sitePort}`,
  // A cache of encoded images of its own: the first build is measured cold.
  IMAGE_CACHE_DIR: path.join(dataDir, 'image-cache'),
}
const stepStarted = performance.now()
const step = (line: string) => log(`${line} (${((performance.now() - stepStarted) / 1000).toFixed(0)} s into the run)`)

try {
  const result: Partial<BenchResult> = { measured: new Date().toISOString(), scale, runs, machine: machine(), content: contentCounts(generateContent(scale)) }
  log(`scale ${scale}x, ${runs} run(s), data in ${dataDir}: ${JSON.stringify(result.content)}`)

  step('1/7 seeding generated content')
  const seeded = await runNode([tsxCli, 'bench/seedAtScale.ts', '--scale', String(scale)], env, (line) => line.startsWith('[bench:seed]'))
    .done
  if (seeded.code !== 0) throw new Error(`seeding failed:\n${seeded.output.slice(-3000)}`)
  result.seed = resultOf(seeded.output, 'the seed')

  step('2/7 full builds')
  const site = path.join(dataDir, 'site')
  result.build = { cold: await measureBuild('build 1 (cold cache)', { outDir: site, env }) } as BenchResult['build']
  log(`cold build: ${result.build.cold.seconds} s, ${result.build.cold.htmlPages} pages, peak ${result.build.cold.peakMemoryMB} MB`)
  const warm: BuildMeasure[] = []
  for (let run = 1; run <= runs; run += 1) {
    warm.push(await measureBuild(`build ${run + 1}`, { outDir: site, env }))
    log(`warm build ${run}/${runs}: ${warm.at(-1)!.seconds} s (${JSON.stringify(warm.at(-1)!.phases)}), peak ${warm.at(-1)!.peakMemoryMB} MB`)
  }
  const median = medianRun(warm, (run) => run.seconds)
  result.build.warm = {
    seconds: spread(warm.map((run) => run.seconds)),
    peakMemoryMB: spread(warm.map((run) => run.peakMemoryMB), 0),
    pagesPerSecond: spread(warm.map((run) => run.pagesPerSecond), 0),
    medianRun: median,
  }

  step('3/7 raw-renderer baseline')
  const raw: { seconds: number; pages: number }[] = []
  for (let run = 1; run <= runs; run += 1) {
    const done = await runNode([tsxCli, 'bench/rawRender.ts', '--out', path.join(dataDir, 'raw')], { ...env, NODE_ENV: 'production' }, () => false).done
    if (done.code !== 0) throw new Error(`raw renderer failed:\n${done.output.slice(-3000)}`)
    raw.push(resultOf(done.output, 'the raw renderer'))
    log(`raw renderer ${run}/${runs}: ${raw.at(-1)!.pages} pages in ${raw.at(-1)!.seconds.toFixed(2)} s`)
  }
  const rawSeconds = spread(raw.map((run) => run.seconds))
  result.rawRenderer = { seconds: rawSeconds, pages: raw[0].pages, buildRatio: Number((result.build.warm.seconds.median / rawSeconds.median).toFixed(2)) }

  step('4/7 page weights')
  result.pageWeight = Object.fromEntries(Object.entries(samplePages(site)).map(([name, page]) => [name, pageWeight(site, page)]))
  for (const [name, weight] of Object.entries(result.pageWeight)) log(`${name}: ${JSON.stringify(weight)}`)

  step('5/7 search and Lighthouse on the built site')
  const server = await startStaticServer({ root: () => site, port: sitePort, host: '127.0.0.1' })
  try {
    result.search = skip.has('search') ? null : await searchBytes(`http://127.0.0.1:${sitePort}`)
    if (result.search) log(`search bytes: ${JSON.stringify(result.search)}`)
    const pages = samplePages(site)
    result.lighthouse = skip.has('lighthouse') ? null : await lighthouseScores(`http://127.0.0.1:${sitePort}`, [pages.home, pages.course, pages.board])
    for (const scores of result.lighthouse ?? []) log(`lighthouse ${scores.path}: ${JSON.stringify(scores)}`)
  } finally {
    server.close()
  }

  step('6/7 publish → served')
  result.publishSeconds = skip.has('publish')
    ? null
    : spread(await publishLatency({ env, runs, cmsPort: 3400 + Math.floor(Math.random() * 500), sitePort, log }))

  step('7/7 search quality on the demo content')
  result.searchQuality =
    skip.has('search') || skip.has('quality')
      ? null
      : await demoSearchQuality({ dataDir: path.join(dataDir, 'demo'), env, port: sitePort + 1 })
  if (result.searchQuality) log(`search quality: ${JSON.stringify(result.searchQuality)}`)

  const report = writeReport(result as BenchResult, outDir)
  console.log(`\n${report.table}`)
  log(`written ${path.relative(projectRoot, report.json)} and ${path.relative(projectRoot, report.markdown)}`)
  if (!process.argv.includes('--no-readme') && updateReadme(path.join(projectRoot, 'README.md'), scale, report.table)) log(`README.md: the ${scale}x table is updated`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  process.exit(0)
} catch (error) {
  console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)} (data kept in ${dataDir})`)
  process.exit(1)
}
