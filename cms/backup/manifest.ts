/**
 * manifest.json: what a backup is (an id, when, from which kind of database)
 * and the size and SHA-256 of every file in it, so an import can tell a
 * damaged or incomplete copy before writing anything. content/ has none; a
 * folder without one is read all the same.
 */
import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

export const MANIFEST_FILE = 'manifest.json'
export const BACKUP_FORMAT = 'seocho-it-center-content'

export const manifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(1),
    /** one per export; an interrupted import may be continued with the same backup only */
    id: z.string().min(1),
    exportedAt: z.iso.datetime(),
    database: z.enum(['sqlite', 'mongodb']),
    /** documents per collection, for the reader */
    counts: z.record(z.string(), z.number()),
    /** whether secrets/passwords.json was written */
    passwords: z.boolean(),
    /** every media and document file: path → size and SHA-256 */
    files: z.record(z.string(), z.object({ bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
  })
  .strict()

export type Manifest = z.output<typeof manifestSchema>

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

export const newBackupId = () => randomUUID()

export function writeManifest(dir: string, manifest: Manifest): void {
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
}

/** The manifest of a folder, undefined when there is none; problems are reported, not thrown. */
export function readManifest(dir: string, problems: string[]): Manifest | undefined {
  const file = path.join(dir, MANIFEST_FILE)
  if (!fs.existsSync(file)) return undefined
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
    if (parsed.success) return parsed.data
    problems.push(...parsed.error.issues.map((issue) => `${MANIFEST_FILE} ${issue.path.join('.')}: ${issue.message}`))
  } catch (error) {
    problems.push(`${MANIFEST_FILE}: not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  return undefined
}
