/**
 * Checks a backup folder completely before anything is written: every JSON
 * file against the format (file, entry, field and reason), every reference,
 * every file's presence, size and SHA-256 (against manifest.json) and its
 * bytes against the upload rules the CMS applies. content/ itself passes.
 */
import fs from 'node:fs'
import path from 'node:path'

import { DOCUMENT_RULE, IMAGE_RULE, type UploadRule, uploadProblem } from '../hooks/verifyUploadContent'
import type { BackupContent } from '../seed/backupSchema'
import { ContentError, readBackupContent } from '../seed/readContent'
import { readSecrets, type Secrets } from './accounts'
import { type Manifest, readManifest, sha256 } from './manifest'

export interface Backup {
  dir: string
  content: BackupContent
  manifest?: Manifest
  secrets?: Secrets
  /** identifies the backup when an interrupted import is continued */
  id: string
}

export async function readBackup(dir: string): Promise<Backup> {
  const folder = path.resolve(dir)
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new ContentError(folder, [`no such folder`])
  const content = readBackupContent(folder)
  const problems: string[] = []
  const manifest = readManifest(folder, problems)
  const secrets = readSecrets(folder, content.users, problems)

  const check = async (file: string, where: string, rule: UploadRule) => {
    const full = path.join(folder, file)
    if (!fs.existsSync(full)) return problems.push(`${where}: file ${file} is missing`)
    const data = fs.readFileSync(full)
    const listed = manifest?.files[file]
    if (manifest && !listed) problems.push(`${where}: file ${file} is not in manifest.json`)
    if (listed && (listed.bytes !== data.length || listed.sha256 !== sha256(data))) {
      problems.push(`${where}: file ${file} is not the file that was backed up (size or SHA-256 differs from manifest.json)`)
    }
    const problem = await uploadProblem({ name: path.basename(file), data }, rule, 'en')
    if (problem) problems.push(`${where}: file ${file}: ${problem}`)
  }
  for (const image of content.images) if (image.file) await check(image.file, `images.json ${image.key}`, IMAGE_RULE)
  for (const document of content.documents) if (document.file) await check(document.file, `documents.json ${document.key}`, DOCUMENT_RULE)
  const named = new Set([...content.images.map((i) => i.file), ...content.documents.map((d) => d.file)])
  for (const file of Object.keys(manifest?.files ?? {})) {
    if (!named.has(file)) problems.push(`manifest.json: file ${file} belongs to no entry of images.json or documents.json`)
  }
  if (problems.length) throw new ContentError(folder, problems)
  return { dir: folder, content, manifest, secrets, id: manifest?.id ?? folder }
}
