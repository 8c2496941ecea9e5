/**
 * npm start: everything a newcomer needs on one machine. Seeds the embedded
 * database on first run, builds what is stale (admin) and the public site,
 * serves the site, the admin and the API, and prints the addresses and the
 * demo login.
 */
import { ensureSecretFile } from '../cms/secret'
import { defaultAdmin, demoAccounts, seed } from '../cms/seed/seed'
import { buildAdminIfStale } from './lib/adminBuild'
import { closeCmsOnly, openCms } from './lib/cms'
import { logger, seconds } from './lib/log'
import { binOf, run, stopAll, waitForHttp } from './lib/processes'
import { buildSite, defaultSiteOutDir } from './lib/siteBuild'
import { startStaticServer } from '../site/server/staticServer'

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
  await closeCmsOnly(payload)

  await buildAdminIfStale(log, process.env)
  log('building the public site …')
  const siteStarted = performance.now()
  await buildSite()
  log(`site built in ${seconds(siteStarted)}`)

  const cms = run('cms', [binOf('next', 'dist/bin/next'), 'start', 'cms', '-p', String(cmsPort), '-H', host])
  cms.on('exit', (code) => {
    log(`the CMS stopped (exit ${code}); stopping everything`)
    stopAll()
    process.exit(code ?? 1)
  })
  const base = `http://${shownHost}:${cmsPort}`
  const siteOut = defaultSiteOutDir()
  await startStaticServer({ root: () => siteOut, port: sitePort, host })
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
      `                ${editor.email}, ${contributor.email} (same password: editor, contributor)`,
      '  Stop with Ctrl+C.',
      '',
    ].join('\n'),
  )
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`)
  stopAll()
  process.exit(1)
}
