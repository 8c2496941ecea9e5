/**
 * npm start: everything a newcomer needs on one machine. Seeds the embedded
 * database on first run, builds the admin when its sources changed, and runs
 * the whole publishing loop: the CMS (admin, API, scheduled-publishing job
 * runner), the build queue that rebuilds the site when published content
 * changes (and daily after midnight in Seoul), and the static server for the
 * live site, which keeps serving while the CMS is down.
 */
import fs from 'node:fs'
import path from 'node:path'

import { requestBuild } from '../cms/build/buildQueue'
import { BuildWorker } from '../cms/build/buildWorker'
import { scheduleDailyRebuild } from '../cms/build/dailyRebuild'
import { runJobsEvery } from '../cms/build/jobRunner'
import { liveFolder } from '../cms/build/liveSite'
import { dataDir } from '../cms/paths'
import { ensureSecretFile } from '../cms/secret'
import { defaultAdmin, demoAccounts, seed } from '../cms/seed/seed'
import { startStaticServer } from '../site/server/staticServer'
import { buildAdminIfStale } from './lib/adminBuild'
import { openCms } from './lib/cms'
import { logger, seconds } from './lib/log'
import { binOf, run, stopAll, waitForHttp } from './lib/processes'

const log = logger('start')
const started = performance.now()
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.NEXT_TELEMETRY_DISABLED = '1'
const cmsPort = Number(process.env.CMS_PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
const host = process.env.HOST || '127.0.0.1'
const shownHost = host === '0.0.0.0' ? 'localhost' : host
// Absolute links in feeds, calendars and the sitemap point at the site's public address.
process.env.SITE_URL ||= `http://${shownHost}:${sitePort}`

try {
  ensureSecretFile()

  const payload = await openCms()
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (users === 0 && process.env.SEED !== 'false') {
    log('empty database: loading the demo content …')
    await seed(payload, { log: logger('seed') })
  }

  await buildAdminIfStale(log, process.env)

  const worker = new BuildWorker(payload, { log: logger('build') })
  await worker.start()
  if (!liveFolder()) {
    log('building the public site for the first time …')
    await requestBuild(payload, { trigger: 'start', reason: 'first build on this machine' })
    await waitForLiveSite()
  }
  scheduleDailyRebuild(payload, logger('build'))
  runJobsEvery(payload, 10_000, logger('jobs'))

  const cms = run('cms', [binOf('next', 'dist/bin/next'), 'start', 'cms', '-p', String(cmsPort), '-H', host])
  // Next renames its process, so its id is written down for whoever must stop the CMS alone.
  fs.writeFileSync(path.join(dataDir, 'cms.pid'), String(cms.pid))
  cms.on('exit', (code) => log(`the CMS stopped (exit ${code}); the public site keeps being served`))
  await startStaticServer({ root: () => liveFolder() ?? '', port: sitePort, host })
  const base = `http://${shownHost}:${cmsPort}`
  await waitForHttp(`${base}/api/users/me`)

  const admin = defaultAdmin()
  const [, editor, contributor] = demoAccounts(admin)
  console.log(
    [
      '',
      `  서초구 IT교육센터 is ready (${seconds(started)})`,
      `  Public site:  http://${shownHost}:${sitePort}/`,
      `  Admin (CMS):  ${base}/admin`,
      `  API:          ${base}/api/courses`,
      `  Demo login:   ${admin.email} / ${admin.password}   (admin)`,
      `                ${editor.email} / ${editor.password}   (editor)`,
      `                ${contributor.email} / ${contributor.password}   (contributor)`,
      '  Publishing in the admin rebuilds the site by itself (history: Admin › Site builds).',
      '  Stop with Ctrl+C.',
      '',
    ].join('\n'),
  )

  async function waitForLiveSite() {
    while (!liveFolder()) {
      const { docs } = await payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })
      if (docs[0]?.status === 'failed') throw new Error(`the first site build failed:\n${docs[0].error}`)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`)
  stopAll()
  process.exit(1)
}
