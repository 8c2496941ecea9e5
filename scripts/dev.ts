/** npm run dev: the admin and API with hot reload (next dev), seeding an empty database first. */
import { ensureSecretFile } from '../cms/secret'
import { seed } from '../cms/seed/seed'
import { openCms } from './lib/cms'
import { logger } from './lib/log'
import { binOf, run } from './lib/processes'

const log = logger('dev')
ensureSecretFile()
const payload = await openCms()
if ((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) {
  log('empty database: loading the demo content …')
  await seed(payload, { log: logger('seed') })
}
await payload.destroy()
run('cms', [binOf('next', 'dist/bin/next'), 'dev', 'cms', '-p', process.env.CMS_PORT || '3000']).on('exit', (code) =>
  process.exit(code ?? 0),
)
