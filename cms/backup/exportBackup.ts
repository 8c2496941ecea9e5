/**
 * `npm run export`: every content collection and global, the staff accounts
 * and the real bytes of every uploaded file, written as a content/ folder
 * (cms/seed/backupSchema.ts) that `npm run import` restores into an empty
 * database, SQLite or MongoDB alike. Read through the Local API with
 * overrideAccess, in both languages (locale "all").
 *
 * What a backup keeps, by design:
 * - every document, with relations as natural keys (slug, email, file key);
 * - versions: the document and its newest later draft (versions.ts), plus
 *   scheduled publish/unpublish jobs; not the version history in between;
 * - review requests (검토 요청) with their outcomes: the review history;
 * - rich text as Payload's Lexical JSON, exactly;
 * - each file's original bytes (resized images are made again on restore);
 * - accounts without secrets in users.json, their password hashes in
 *   secrets/passwords.json (accounts.ts);
 * - not: ids, createdAt/updatedAt (a restore makes new ones), array row ids,
 *   the audit log, site builds, sign-in state.
 *
 * The folder is written under a temporary name and renamed when complete, so
 * a failed export leaves no half backup behind.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { BACKUP_FILES } from '../seed/backupSchema'
import { readAccounts, writeSecrets } from './accounts'
import { uncoveredFields } from './coverage'
import { closuresEntry, DRAFTED, documentEntry, type Entry, imageEntry, navigationEntry, reviewEntry, settingsEntry } from './entries'
import { type Manifest, newBackupId, sha256, writeManifest } from './manifest'
import { naturalKeys } from './naturalKeys'
import { pendingSchedules, readDrafted, readGlobal } from './versions'

export interface ExportOptions {
  /** the backup folder to create; it must not exist yet (or be empty) */
  dir: string
  /** write secrets/passwords.json (default true) */
  passwords?: boolean
  log?: (line: string) => void
}

export interface ExportReport {
  dir: string
  /** documents per collection (globals count 1 when set) */
  counts: Record<string, number>
  drafts: number
  schedules: number
  files: number
  bytes: number
}

type Raw = Record<string, any>

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

export async function exportBackup(payload: Payload, { dir, passwords = true, log = () => {} }: ExportOptions): Promise<ExportReport> {
  const uncovered = uncoveredFields(payload)
  if (uncovered.length) {
    throw new Error(`The backup does not know these fields yet, so it would lose them: ${uncovered.join(', ')}. Add them to cms/backup/entries.ts and cms/seed/backupSchema.ts (or to LEFT_OUT in cms/backup/coverage.ts, with the reason).`)
  }
  const target = path.resolve(dir)
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) throw new Error(`${target} already exists and is not empty: choose a new folder (--out).`)
  const partial = `${target}.partial-${process.pid}`
  fs.rmSync(partial, { recursive: true, force: true })
  fs.mkdirSync(partial, { recursive: true })
  try {
    const report = await writeBackup(payload, partial, passwords, log)
    fs.rmSync(target, { recursive: true, force: true })
    fs.renameSync(partial, target)
    return { ...report, dir: target }
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true })
    throw error
  }
}

async function writeBackup(payload: Payload, dir: string, passwords: boolean, log: (line: string) => void): Promise<ExportReport> {
  const keys = await naturalKeys(payload)
  const { byDocument, count: schedules } = await pendingSchedules(payload, keys)
  const parts: Record<string, unknown> = {}
  const counts: Record<string, number> = {}
  const files: Manifest['files'] = {}
  let drafts = 0

  parts.settings = await readGlobal(payload, 'site-settings', settingsEntry, (doc) => Boolean(doc.centerName))
  parts.navigation = await readGlobal(payload, 'navigation', navigationEntry, (doc) => Array.isArray(doc.items) && doc.items.length > 0)
  // Never set: an empty list, so the file is there and says so.
  const closures = await readGlobal(payload, 'closures', closuresEntry, (doc) => Array.isArray(doc.closures) && doc.closures.length > 0)
  parts.closures = Object.keys(closures).length ? closures : { closures: [] }
  for (const part of ['settings', 'navigation']) counts[part] = Object.keys(parts[part] as object).length ? 1 : 0
  counts.closures = Object.keys(closures).length ? 1 : 0

  const { users, secrets } = await readAccounts(payload)
  parts.users = users
  counts.users = users.length
  log(`users ${users.length}${passwords ? ` (password hashes of ${secrets.accounts.length} in secrets/)` : ' (no passwords: --no-passwords)'}`)

  for (const [collection, part, folder, toEntry, keyOfFile] of [
    ['media', 'images', 'media', imageEntry, keys.files.media],
    ['documents', 'documents', 'documents', documentEntry, keys.files.documents],
  ] as const) {
    const staticDir = payload.collections[collection].config.upload.staticDir as string
    const { docs } = await payload.find({ collection, locale: 'all', depth: 0, limit: 0, pagination: false, overrideAccess: true })
    const entries: Entry[] = []
    for (const doc of (docs as Raw[]).sort((a, b) => String(a.filename).localeCompare(String(b.filename)))) {
      const source = path.join(staticDir, doc.filename)
      if (!fs.existsSync(source)) throw new Error(`${collection} "${doc.filename}" (id ${doc.id}): its file is missing from ${staticDir}, so it cannot be backed up.`)
      const data = fs.readFileSync(source)
      const relative = `${folder}/${doc.filename}`
      fs.mkdirSync(path.join(dir, folder), { recursive: true })
      fs.writeFileSync(path.join(dir, relative), data)
      files[relative] = { bytes: data.length, sha256: sha256(data) }
      entries.push(toEntry(doc, keyOfFile.get(doc.filename)!))
    }
    parts[part] = entries
    counts[collection] = entries.length
    log(`${collection} ${entries.length} files`)
  }

  for (const { collection, part, entry } of DRAFTED) {
    const entries = await readDrafted(payload, collection, (doc) => entry(doc, keys), byDocument)
    parts[part] = entries
    counts[collection] = entries.length
    drafts += entries.filter((e) => e.draft || e.status === 'draft').length
    log(`${collection} ${entries.length}`)
  }

  // Oldest first: the order they were asked in, the same in every database.
  const reviews = await payload.find({ collection: 'reviews', depth: 0, limit: 0, pagination: false, sort: 'requestedAt', overrideAccess: true })
  parts.reviews = (reviews.docs as Raw[]).map((doc) => reviewEntry(doc, keys))
  counts.reviews = reviews.docs.length
  log(`reviews ${reviews.docs.length}`)

  for (const [part, file] of Object.entries(BACKUP_FILES)) fs.writeFileSync(path.join(dir, file), json(parts[part]))
  if (passwords) writeSecrets(dir, secrets)
  const bytes = Object.values(files).reduce((sum, file) => sum + file.bytes, 0)
  writeManifest(dir, {
    format: 'seocho-it-center-content',
    version: 1,
    id: newBackupId(),
    exportedAt: new Date().toISOString(),
    database: payload.db.name === 'mongoose' ? 'mongodb' : 'sqlite',
    counts,
    passwords,
    files,
  })
  return { dir, counts, drafts, schedules, files: Object.keys(files).length, bytes }
}
