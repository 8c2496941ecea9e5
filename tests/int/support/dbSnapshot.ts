/**
 * A fingerprint of everything stored: every table of the SQLite file (or every
 * MongoDB collection), row by row, plus the uploaded files on disk. Two equal
 * snapshots mean nothing was written, versions and globals included.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

export interface Snapshot {
  /** table or collection name → hash of its rows, plus the row count for messages */
  tables: Record<string, { rows: number; hash: string; sample: string[] }>
}

const hashOf = (rows: string[]) => createHash('sha256').update(rows.join('\n')).digest('hex')

const normalise = (value: unknown) =>
  JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? Buffer.from(v as ArrayBuffer).toString('base64') : v))

async function sqliteTables(payload: Payload) {
  const client = (payload.db as unknown as { client: { execute(sql: string): Promise<{ rows: unknown[] }> } }).client
  const { rows: names } = await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
  const tables: Array<[string, string[]]> = []
  for (const { name } of names as Array<{ name: string }>) {
    const { rows } = await client.execute(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY rowid`)
    tables.push([name, rows.map((row) => normalise({ ...(row as object) }))])
  }
  return tables
}

async function mongoCollections(payload: Payload) {
  const db = (payload.db as unknown as { connection: { db: any } }).connection.db
  const tables: Array<[string, string[]]> = []
  for (const { name } of (await db.listCollections().toArray()).sort((a: any, b: any) => a.name.localeCompare(b.name))) {
    const docs = await db.collection(name).find({}).sort({ _id: 1 }).toArray()
    tables.push([name, docs.map(normalise)])
  }
  return tables
}

function fileRows(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name)
      return `${path.relative(dir, file)} ${createHash('sha256').update(fs.readFileSync(file)).digest('hex')}`
    })
    .sort()
}

export async function snapshotDatabase(payload: Payload, uploadsDir: string): Promise<Snapshot> {
  const tables = payload.db.name === 'mongoose' ? await mongoCollections(payload) : await sqliteTables(payload)
  tables.push(['(uploaded files)', fileRows(uploadsDir)])
  return { tables: Object.fromEntries(tables.map(([name, rows]) => [name, { rows: rows.length, hash: hashOf(rows), sample: rows.slice(-2).map((r) => r.slice(0, 300)) }])) }
}

/** What differs between two snapshots, one line per table ([] when nothing). */
export function snapshotDifferences(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...Object.keys(before.tables), ...Object.keys(after.tables)])
  const out: string[] = []
  for (const name of [...names].sort()) {
    const a = before.tables[name]
    const b = after.tables[name]
    if (a?.hash === b?.hash) continue
    out.push(`${name}: ${a?.rows ?? 'missing'} rows → ${b?.rows ?? 'missing'} rows; last rows now ${JSON.stringify(b?.sample ?? [])}`)
  }
  return out
}
