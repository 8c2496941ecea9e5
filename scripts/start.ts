/**
 * npm start: everything a newcomer needs on one machine. Seeds the embedded
 * database on first run, builds what is stale, serves the admin and the API,
 * and prints the addresses and the demo login.
 */
import { ensureSecretFile } from '../cms/secret'
import { defaultAdmin, demoAccounts, seed } from '../cms/seed/seed'
import { buildAdminIfStale } from './lib/adminBuild'
import { closeCmsOnly, openCms } from './lib/cms'
import { logger, seconds } from './lib/log'
import { binOf, run, stopAll, waitForHttp } from './lib/processes'

const log = logger('start')
const started = performance.now()
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.NEXT_TELEMETRY_DISABLED = '1'
const cmsPort = Number(process.env.CMS_PORT || 3000)
const host = process.env.HOST || '127.0.0.1'

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

  const cms = run('cms', [binOf('next', 'dist/bin/next'), 'start', 'cms', '-p', String(cmsPort), '-H', host])
  cms.on('exit', (code) => {
    log(`the CMS stopped (exit ${code}); stopping everything`)
    stopAll()
    process.exit(code ?? 1)
  })
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${cmsPort}`
  await waitForHttp(`${base}/api/users/me`)

  const admin = defaultAdmin()
  const [, editor, contributor] = demoAccounts(admin)
  console.log(
    [
      '',
      `  서초구 IT교육센터 is ready (${seconds(started)})`,
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
