/**
 * A backup names documents by natural keys, never by database ids, so it
 * loads into SQLite or MongoDB alike: slugs for content, emails for accounts,
 * and for files a key made from the file name (`field-ai.jpg` → `field-ai`).
 */
import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { asciiSlug } from '../domain/asciiSlug'

type Id = number | string

/** id → key, per collection; `key(undefined)` is undefined, so optional relations stay absent. */
export interface Keys {
  media: (id: unknown) => string | undefined
  documents: (id: unknown) => string | undefined
  fields: (id: unknown) => string | undefined
  instructors: (id: unknown) => string | undefined
  users: (id: unknown) => string | undefined
  /** any backed-up collection, for relations inside rich text */
  of: (collection: string, id: unknown) => string | undefined
}

/** The id of a relation value read at depth 0 (an id) or deeper (a document). */
const idOf = (value: unknown): Id | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? (value as { id: Id }).id : (value as Id)

const lookup = (map: Map<string, string>) => (value: unknown) => {
  const id = idOf(value)
  return id === undefined ? undefined : map.get(String(id))
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8)

/**
 * Keys for files, from their names: the ASCII part of the name without its
 * extension; a name with none (`교육 일정.hwp`), or one whose key is taken,
 * gets a short hash of the whole name. Names are taken in order, so the same
 * set of files always gets the same keys.
 */
export function fileKeys(filenames: string[]): Map<string, string> {
  const keys = new Map<string, string>()
  const taken = new Set<string>()
  for (const filename of [...filenames].sort()) {
    const stem = asciiSlug(filename.replace(/\.[^.]*$/, ''))
    let key = stem && !taken.has(stem) ? stem : `${stem || 'file'}-${shortHash(filename)}`
    for (let n = 2; taken.has(key); n += 1) key = `${stem || 'file'}-${shortHash(filename)}-${n}`
    taken.add(key)
    keys.set(filename, key)
  }
  return keys
}

type KeyedCollection = 'media' | 'documents' | 'users' | (typeof SLUGGED)[number]
const SLUGGED = ['fields', 'instructors', 'courses', 'notices', 'board-posts', 'zones', 'pages'] as const

async function idToValue(payload: Payload, collection: KeyedCollection, field: string) {
  const { docs } = await payload.find({ collection, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { [field]: true } })
  return docs.map((doc) => [String(doc.id), String((doc as unknown as Record<string, unknown>)[field])] as const)
}

async function slugs(payload: Payload, collection: (typeof SLUGGED)[number]) {
  const read = (draft: boolean) =>
    payload.find({ collection, draft, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { slug: true, _status: true } })
  // Every saved document has a slug (cms/fields/slug.ts fills an empty one); the types allow none because staff may leave it blank.
  const newest = new Map((await read(true)).docs.map((doc) => [String(doc.id), String(doc.slug)]))
  return new Map((await read(false)).docs.map((doc) => [String(doc.id), doc._status === 'published' ? String(doc.slug) : (newest.get(String(doc.id)) ?? String(doc.slug))]))
}

export async function naturalKeys(payload: Payload): Promise<Keys & { files: { media: Map<string, string>; documents: Map<string, string> } }> {
  const byFile = async (collection: 'media' | 'documents') => {
    const rows = await idToValue(payload, collection, 'filename')
    const keyOfFile = fileKeys(rows.map(([, filename]) => filename))
    return { ids: new Map(rows.map(([id, filename]) => [id, keyOfFile.get(filename)!])), keyOfFile }
  }
  const media = await byFile('media')
  const documents = await byFile('documents')
  const maps: Record<string, Map<string, string>> = { media: media.ids, documents: documents.ids, users: new Map(await idToValue(payload, 'users', 'email')) }
  // A document is named by the slug it is published under, or by its newest draft's when it is not published.
  for (const collection of SLUGGED) maps[collection] = await slugs(payload, collection)
  return {
    media: lookup(maps.media),
    documents: lookup(maps.documents),
    fields: lookup(maps.fields),
    instructors: lookup(maps.instructors),
    users: lookup(maps.users),
    of: (collection, id) => (maps[collection] ? lookup(maps[collection])(id) : undefined),
    files: { media: media.keyOfFile, documents: documents.keyOfFile },
  }
}
