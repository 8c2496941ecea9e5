/** npm run seed: loads content/ into the database (idempotent: existing entries are kept). */
import { seed } from '../cms/seed/seed'
import { closeCms, openCms } from './lib/cms'
import { logger, seconds } from './lib/log'

const log = logger('seed')
const started = performance.now()
const payload = await openCms()
try {
  const report = await seed(payload, { log })
  const created = Object.values(report).reduce((sum, { created }) => sum + created, 0)
  const kept = Object.values(report).reduce((sum, { kept }) => sum + kept, 0)
  log(`done in ${seconds(started)}: ${created} created, ${kept} already there`)
  await closeCms(payload, 0)
} catch (error) {
  console.error(`[seed] failed: ${error instanceof Error ? error.message : String(error)}`)
  await closeCms(payload, 1)
}
