/**
 * `npm run import`: restores a backup folder (or content/) into an empty
 * database. In order:
 * 1. the folder is checked whole (readBackup.ts); a problem stops the import
 *    before anything is written, naming the file, the entry and the field;
 * 2. the database must be empty (no account, document, file or setting) and
 *    the upload folders must not hold files of the same names; otherwise
 *    nothing is written and the reason is given;
 * 3. the entries are written in dependency order by the seed (accounts,
 *    settings, files, fields, instructors, courses, notices, board, zones,
 *    pages), each entry whole or not at all, then the passwords.
 * If a write fails half-way (a rule of the CMS the folder check cannot see),
 * the import stops naming the entry and what was imported; the file
 * `DATA_DIR/import-in-progress.json` remembers the backup, and running the
 * same import again, after mending the folder, carries on where it stopped.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { dataDir as defaultDataDir } from '../paths'
import type { BackupContent } from '../seed/backupSchema'
import { imageFilename } from '../seed/uploads'
import { SeedError, type SeedReport, seed } from '../seed/seed'
import { restorePasswords } from './accounts'
import { databaseContents, describeContents } from './databaseContents'
import { type Backup, readBackup } from './readBackup'

export interface ImportOptions {
  log?: (line: string) => void
  /** where the import-in-progress note is kept (default DATA_DIR) */
  dataDir?: string
}

export interface ImportReport {
  report: SeedReport
  /** whether this run continued an interrupted import */
  continued: boolean
  passwords: { restored: number; reset: number }
}

/** The import did not start: the database (or its upload folders) already holds something. */
export class ImportRefused extends Error {}

/** The import stopped half-way; `report` says what is in the database now. */
export class ImportStopped extends Error {
  constructor(
    message: string,
    readonly report: SeedReport,
  ) {
    super(message)
  }
}

const NOTE = 'import-in-progress.json'

const tally = (report: SeedReport) =>
  Object.entries(report)
    .filter(([, { created, kept }]) => created + kept > 0)
    .map(([collection, { created, kept }]) => `${collection} ${created + kept}`)
    .join(', ') || 'nothing'

/** Restores `source` (a folder, or one readBackup already checked) into the empty database of `payload`. */
export async function importBackup(payload: Payload, source: string | Backup, options: ImportOptions = {}): Promise<ImportReport> {
  const log = options.log ?? (() => {})
  const backup = typeof source === 'string' ? await readBackup(source) : source
  if (typeof source === 'string') log(`${backup.dir} is a valid backup`)
  const notePath = path.join(options.dataDir ?? defaultDataDir, NOTE)
  const note = fs.existsSync(notePath) ? (JSON.parse(fs.readFileSync(notePath, 'utf8')) as { id: string; dir: string }) : undefined
  const held = await databaseContents(payload)
  const continued = held.total > 0 && note?.id === backup.id
  if (held.total > 0 && !continued) {
    const interrupted = note ? ` An import of another backup (${note.dir}) was interrupted here.` : ''
    throw new ImportRefused(
      `The database is not empty: it holds ${describeContents(held)}. An import only restores into an empty database (a new DATABASE_URI, or a new DATA_DIR for SQLite); nothing was written.${interrupted}`,
    )
  }
  if (continued) log(`continuing the interrupted import of this backup (already there: ${describeContents(held)})`)
  else refuseLeftoverFiles(payload, backup.content)

  fs.mkdirSync(path.dirname(notePath), { recursive: true })
  fs.writeFileSync(notePath, JSON.stringify({ id: backup.id, dir: backup.dir, startedAt: new Date().toISOString() }))
  let report: SeedReport
  try {
    report = await seed(payload, { content: backup.content, dir: backup.dir, log })
  } catch (error) {
    if (!(error instanceof SeedError)) throw error
    throw new ImportStopped(
      `The import stopped at ${error.message}\nImported so far (complete entries only): ${tally(error.report)}.\nMend the backup folder and run the same import again: it carries on where it stopped.`,
      error.report,
    )
  }
  const passwords = await restorePasswords(payload, backup.content.users ?? [], backup.secrets, log)
  fs.rmSync(notePath, { force: true })
  return { report, continued, passwords }
}

/** Payload renames an upload whose name is taken on disk (photo-1.jpg), which would change the files' keys. */
function refuseLeftoverFiles(payload: Payload, content: BackupContent) {
  const leftovers: string[] = []
  for (const [collection, names] of [
    ['media', content.images.map(imageFilename)],
    ['documents', content.documents.map((d) => d.filename)],
  ] as const) {
    const staticDir = payload.collections[collection].config.upload.staticDir as string
    leftovers.push(...names.filter((name) => fs.existsSync(path.join(staticDir, name))).map((name) => path.join(staticDir, name)))
  }
  if (leftovers.length) {
    throw new ImportRefused(
      `The upload folder already holds files of this backup's names, left from an earlier database (${leftovers.slice(0, 3).join(', ')}${leftovers.length > 3 ? `, … ${leftovers.length} in all` : ''}). Move the folder away and run the import again; nothing was written.`,
    )
  }
}
