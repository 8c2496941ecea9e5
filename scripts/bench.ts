/**
 * npm run bench -- [--runs N]: measures, on this machine, the time from an
 * editor pressing "publish" (a REST PATCH, as the admin sends it) to the page
 * being served by the public site, against a product started as `npm start`
 * does on a throwaway data folder. Writes bench/results/publish-<date>.json.
 * (The full benchmark suite of build phases, page weight and Lighthouse is
 * not here yet.)
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../cms/paths'
import { defaultAdmin, demoAccounts } from '../cms/seed/seed'
import { logger } from './lib/log'
import { waitForHttp } from './lib/processes'

const log = logger('bench')
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seocho-bench-'))
const cmsPort = 3411
const sitePort = 4411
const cms = `http://127.0.0.1:${cmsPort}`
const site = `http://127.0.0.1:${sitePort}`

const product = spawn(process.execPath, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
  cwd: projectRoot,
  env: { ...process.env, DATA_DIR: dataDir, CMS_PORT: String(cmsPort), SITE_PORT: String(sitePort), DATABASE_URI: '' },
  stdio: ['ignore', 'ignore', 'inherit'],
})

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

try {
  log(`starting the product on a throwaway folder (${dataDir}) …`)
  await waitForHttp(`${site}/`, 600_000)
  await waitForHttp(`${cms}/api/users/me`, 120_000)
  const [, editor] = demoAccounts(defaultAdmin())
  const login = await fetch(`${cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(editor) })
  const headers = { 'content-type': 'application/json', authorization: `JWT ${(await login.json()).token}` }
  const samples: number[] = []
  for (let run = 1; run <= runs; run += 1) {
    const body = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: `측정 ${run}` }] }] } }
    const created = await fetch(`${cms}/api/board-posts?draft=true`, { method: 'POST', headers, body: JSON.stringify({ title: `게시 시간 측정 ${run}`, category: 'notice', body, _status: 'draft' }) })
    const post = (await created.json()).doc
    const pressed = performance.now()
    await fetch(`${cms}/api/board-posts/${post.id}`, { method: 'PATCH', headers, body: JSON.stringify({ _status: 'published' }) })
    while ((await fetch(`${site}/board/${post.number}/`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 100))
    const seconds = (performance.now() - pressed) / 1000
    samples.push(seconds)
    log(`run ${run}/${runs}: publish → served in ${seconds.toFixed(1)} s`)
  }
  const result = {
    measured: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    publishToServedSeconds: { runs: samples.map((s) => Number(s.toFixed(2))), median: Number(median(samples).toFixed(2)), min: Number(Math.min(...samples).toFixed(2)), max: Number(Math.max(...samples).toFixed(2)) },
  }
  fs.mkdirSync(path.join(projectRoot, 'bench/results'), { recursive: true })
  const file = path.join(projectRoot, 'bench/results', `publish-${result.measured.slice(0, 10)}.json`)
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  log(`median ${result.publishToServedSeconds.median} s over ${runs} runs (min ${result.publishToServedSeconds.min}, max ${result.publishToServedSeconds.max}); written to ${path.relative(projectRoot, file)}`)
} finally {
  product.kill('SIGTERM')
  setTimeout(() => process.exit(0), 2000)
}
