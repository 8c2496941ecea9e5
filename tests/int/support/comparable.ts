/**
 * Documents of two databases, side by side: read through the Local API in
 * both languages, walked by the collection's own field configuration, with
 * ids of related documents replaced by natural keys (slug, file name, email)
 * and Payload's bookkeeping left out (ids, createdAt/updatedAt, array row
 * ids). Written apart from cms/backup on purpose, so the test does not judge
 * the export by itself.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, FlattenedField, Payload } from 'payload'

type Raw = Record<string, any>
type KeyOf = (collection: string, id: unknown) => string

const NATURAL_KEY: Record<string, string> = { media: 'filename', documents: 'filename', users: 'email' }
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt'])

export async function naturalKeyOf(payload: Payload, collections: string[]): Promise<KeyOf> {
  const maps: Record<string, Map<string, string>> = {}
  for (const collection of collections) {
    const field = NATURAL_KEY[collection] ?? 'slug'
    const read = async (draft: boolean) =>
      (await payload.find({ collection: collection as CollectionSlug, draft, depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs as Raw[]
    // A document not published goes by its newest draft's slug.
    const newest = new Map((field === 'slug' ? await read(true) : []).map((doc) => [String(doc.id), doc]))
    maps[collection] = new Map((await read(false)).map((doc) => [String(doc.id), String((doc._status === 'draft' ? newest.get(String(doc.id)) ?? doc : doc)[field])]))
  }
  return (collection, id) => {
    const key = id === null || id === undefined ? undefined : maps[collection]?.get(String(typeof id === 'object' ? (id as Raw).id : id))
    return key === undefined ? `(${collection} ${String(id)}: no such document)` : `${collection}:${key}`
  }
}

const empty = (value: unknown) => value === undefined || value === null || value === ''

function lexical(value: unknown, keyOf: KeyOf): unknown {
  if (Array.isArray(value)) return value.map((item) => lexical(item, keyOf))
  if (typeof value !== 'object' || value === null) return value
  const node = value as Raw
  return Object.fromEntries(
    Object.entries(node).map(([key, item]) => [key, typeof node.relationTo === 'string' && key === 'value' ? keyOf(node.relationTo, item) : lexical(item, keyOf)]),
  )
}

function fieldValue(field: FlattenedField, value: unknown, keyOf: KeyOf): unknown {
  if (empty(value)) return null
  switch (field.type) {
    case 'relationship':
    case 'upload': {
      const to = field.relationTo as string
      return Array.isArray(value) ? value.map((id) => keyOf(to, id)) : keyOf(to, value)
    }
    case 'join':
      return ((value as Raw).docs ?? []).map((id: unknown) => keyOf(field.collection as string, id)).sort()
    case 'array':
      return (value as Raw[]).map((row) => comparable(row, field.flattenedFields, keyOf))
    case 'group':
      return comparable(value as Raw, field.flattenedFields, keyOf)
    case 'richText':
      return lexical(value, keyOf)
    default:
      return value
  }
}

/** One document (read with locale "all", depth 0) as plain data to compare. */
export function comparable(doc: Raw, fields: FlattenedField[], keyOf: KeyOf): Raw {
  const result: Raw = {}
  for (const field of fields) {
    if (!('name' in field) || BOOKKEEPING.has(field.name)) continue
    const value = doc[field.name]
    if ('localized' in field && field.localized && value && typeof value === 'object' && !Array.isArray(value)) {
      const byLocale = Object.entries(value as Raw)
        .map(([locale, text]) => [locale, fieldValue(field, text, keyOf)] as const)
        .filter(([, text]) => text !== null)
      result[field.name] = byLocale.length ? Object.fromEntries(byLocale.sort(([a], [b]) => a.localeCompare(b))) : null
    } else {
      result[field.name] = fieldValue(field, value, keyOf)
    }
  }
  return result
}

/**
 * Every document of a collection by natural key: its newest version (what
 * the admin shows and a publish would publish) and, when published, what is
 * published. The stored row of a document not published is nobody's to see.
 */
export async function collectionView(payload: Payload, collection: CollectionSlug, keyOf: KeyOf, drafts: boolean) {
  const fields = payload.collections[collection].config.flattenedFields
  const read = (draft: boolean) => payload.find({ collection, draft, locale: 'all', depth: 0, limit: 0, pagination: false, overrideAccess: true })
  const main = await read(false)
  const latest = drafts ? new Map((await read(true)).docs.map((doc: Raw) => [String(doc.id), doc])) : undefined
  const view: Record<string, unknown> = {}
  for (const doc of main.docs as Raw[]) {
    const newest = latest?.get(String(doc.id)) ?? doc
    const published = !drafts || doc._status === 'published'
    view[keyOf(collection, newest.id)] = {
      status: doc._status ?? null,
      published: published ? comparable(doc, fields, keyOf) : null,
      latest: comparable(newest, fields, keyOf),
    }
  }
  return view
}

export async function globalView(payload: Payload, slug: 'site-settings' | 'navigation', keyOf: KeyOf) {
  const fields = payload.config.globals.find((global) => global.slug === slug)!.flattenedFields
  const read = async (draft: boolean) => comparable(await payload.findGlobal({ slug, draft, locale: 'all', depth: 0, overrideAccess: true }), fields, keyOf)
  return { main: await read(false), latest: await read(true) }
}

/** Scheduled publish jobs still waiting, by document key. */
export async function scheduleView(payload: Payload, keyOf: KeyOf) {
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, depth: 0, limit: 0, pagination: false, overrideAccess: true })
  return (docs as Raw[])
    .filter((job) => !job.completedAt)
    .map((job) => ({
      document: keyOf(job.input.doc.relationTo, job.input.doc.value),
      type: job.input.type,
      locale: job.input.locale ?? null,
      timezone: job.input.timezone ?? null,
      by: job.input.user ? keyOf('users', job.input.user.value) : null,
      at: new Date(job.waitUntil).toISOString(),
    }))
    .sort((a, b) => a.document.localeCompare(b.document) || a.at.localeCompare(b.at))
}

/** SHA-256 of every original upload on disk, by file name. */
export function uploadedBytes(payload: Payload, collection: 'media' | 'documents', filenames: string[]) {
  const dir = payload.collections[collection].config.upload.staticDir as string
  return Object.fromEntries(filenames.sort().map((name) => [name, createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex')]))
}
