/**
 * npm run import -- DIR: restores a backup folder written by `npm run export`
 * (or content/ itself) into an empty database (cms/backup/importBackup.ts).
 * The folder is checked before the database is even opened.
 */
import { importBackup } from '../cms/backup/importBackup'
import { readBackup } from '../cms/backup/readBackup'
import { closeCms, openCms } from './lib/cms'
import { logger, seconds } from './lib/log'

const log = logger('import')
const fail = (error: unknown) => console.error(`[import] ${error instanceof Error ? error.message : String(error)}`)
const [dir, ...extra] = process.argv.slice(2)
if (!dir || extra.length) {
  console.error('[import] usage: npm run import -- DIR   (a folder written by npm run export)')
  process.exit(1)
}

const started = performance.now()
let backup: Awaited<ReturnType<typeof readBackup>>
try {
  log(`checking ${dir} …`)
  backup = await readBackup(dir)
} catch (error) {
  fail(error)
  console.error('[import] nothing was written')
  process.exit(1)
}
const payload = await openCms()
try {
  const { report, continued, passwords } = await importBackup(payload, backup, { log })
  const created = Object.values(report).reduce((sum, { created }) => sum + created, 0)
  const kept = Object.values(report).reduce((sum, { kept }) => sum + kept, 0)
  const accounts = backup.content.users
    ? `${passwords.restored} accounts keep their passwords${passwords.reset ? `, ${passwords.reset} need a new one (links above)` : ''}`
    : 'no users.json: the demo accounts were made'
  log(`done in ${seconds(started)}: ${created} documents imported${continued ? `, ${kept} were already there from the interrupted run` : ''}; ${accounts}`)
  await closeCms(payload, 0)
} catch (error) {
  fail(error)
  await closeCms(payload, 1)
}
