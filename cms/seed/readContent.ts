import fs from 'node:fs'
import path from 'node:path'

import type { z } from 'zod'

import { projectRoot } from '../paths'
import { type BackupContent, BACKUP_FILES, backupSchema, OPTIONAL_BACKUP_PARTS } from './backupSchema'
import { checkReferences } from './checkReferences'
import { CONTENT_FILES, type Content, contentSchema } from './contentSchema'

export const contentDir = () => path.resolve(projectRoot, process.env.CONTENT_DIR ?? 'content')

/** A folder that does not hold valid content; `problems` are "file where: reason" lines. */
export class ContentError extends Error {
  constructor(
    readonly folder: string,
    readonly problems: string[],
    heading = `${folder} is not valid`,
  ) {
    super(`${heading}:\n  ${problems.slice(0, 10).join('\n  ')}${problems.length > 10 ? `\n  … ${problems.length} problems in all` : ''}`)
  }
}

/** Reads and checks content/*.json (the demo: strict); a bad entry stops the seed with its file and path. */
export function readContent(dir = contentDir()): Content {
  return readFolder(dir, CONTENT_FILES, contentSchema, 'content/', ['closures']) as Content
}

/** Reads and checks a backup folder (or content/): anything the CMS itself would hold. */
export function readBackupContent(dir: string): BackupContent {
  return readFolder(dir, BACKUP_FILES, backupSchema, dir, OPTIONAL_BACKUP_PARTS) as BackupContent
}

function readFolder(dir: string, files: Record<string, string>, schema: z.ZodType, name: string, optional: string[] = []): unknown {
  const raw: Record<string, unknown> = {}
  const unreadable: string[] = []
  for (const [part, file] of Object.entries(files)) {
    const full = path.join(dir, file)
    if (!fs.existsSync(full)) {
      if (!optional.includes(part)) unreadable.push(`${file}: missing`)
      continue
    }
    try {
      raw[part] = JSON.parse(fs.readFileSync(full, 'utf8'))
    } catch (error) {
      unreadable.push(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`)
    }
  }
  if (unreadable.length) throw new ContentError(name, unreadable)
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new ContentError(name, parsed.error.issues.map((issue) => describeIssue(issue, raw, files)))
  const broken = checkReferences(parsed.data as BackupContent, files)
  if (broken.length) throw new ContentError(name, broken, `${name} has broken references`)
  return parsed.data
}

/** "courses.json 3 (python-basics) runs.0.startTime: HH:MM": the file, the entry and its natural key, the field. */
function describeIssue(issue: z.core.$ZodIssue, raw: Record<string, unknown>, files: Record<string, string>): string {
  const [part, index, ...rest] = issue.path
  const entry = Array.isArray(raw[part as string]) && typeof index === 'number' ? (raw[part as string] as unknown[])[index] : undefined
  const key = entry && typeof entry === 'object' ? ((entry as Record<string, unknown>).slug ?? (entry as Record<string, unknown>).key ?? (entry as Record<string, unknown>).email) : undefined
  const where = [index, typeof key === 'string' ? `(${key})` : undefined, rest.join('.')].filter((part) => part !== undefined && part !== '').join(' ')
  const message = issue.code === 'invalid_type' && /received undefined/.test(issue.message) ? 'required, missing' : issue.message
  return `${files[part as string] ?? String(part)}${where ? ` ${where}` : ''}: ${message}`
}
