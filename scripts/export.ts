/**
 * npm run export -- [--out DIR] [--no-passwords]: writes every document, file
 * and account to a backup folder in the content/ format (cms/backup), by
 * default a dated folder under data/backups/. `npm run import -- DIR` restores it.
 */
import path from 'node:path'

import { exportBackup } from '../cms/backup/exportBackup'
import { dataDir } from '../cms/paths'
import { closeCms, openCms } from './lib/cms'
import { logger, seconds } from './lib/log'

const log = logger('export')
const usage = 'usage: npm run export -- [--out DIR] [--no-passwords]'

function options(args: string[]) {
  let out: string | undefined
  let passwords = true
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--out' && args[i + 1] && !args[i + 1].startsWith('--')) out = args[++i]
    else if (args[i] === '--no-passwords') passwords = false
    else throw new Error(`unknown or incomplete argument "${args[i]}"\n${usage}`)
  }
  // Seoul time in the name, e.g. data/backups/backup-2026-11-28-140305.
  const stamp = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Seoul', dateStyle: 'short', timeStyle: 'medium' })
    .format(new Date())
    .replace(' ', '-')
    .replace(/:/g, '')
  return { dir: path.resolve(out ?? path.join(dataDir, 'backups', `backup-${stamp}`)), passwords }
}

let settings: ReturnType<typeof options>
try {
  settings = options(process.argv.slice(2))
} catch (error) {
  console.error(`[export] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
const started = performance.now()
const payload = await openCms()
try {
  log(`writing ${settings.dir} …`)
  const report = await exportBackup(payload, { ...settings, log })
  const documents = Object.values(report.counts).reduce((sum, n) => sum + n, 0)
  log(
    `done in ${seconds(started)}: ${documents} documents (${report.drafts} with drafts), ${report.schedules} scheduled jobs, ` +
      `${report.files} files (${(report.bytes / 1024 / 1024).toFixed(1)} MB) in ${report.dir}`,
  )
  if (settings.passwords) log('secrets/passwords.json holds password hashes: keep the backup as private as the database')
  await closeCms(payload, 0)
} catch (error) {
  console.error(`[export] failed: ${error instanceof Error ? error.message : String(error)}`)
  await closeCms(payload, 1)
}
