/**
 * Rebuilds the public site when what the public sees changes: a publish, an
 * unpublish, an edit of a published document, a delete, a change to a global.
 * Draft saves (autosaves included) change nothing public and trigger nothing;
 * seeding and imports switch it off with `context: { seeding: true }` or
 * `context: { skipBuild: true }`.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { requestBuild } from '../build/buildQueue'
import { publicationChange } from './publicationChange'

const switchedOff = (req: PayloadRequest) => Boolean(req.context?.seeding || req.context?.skipBuild)

const label = (doc: Record<string, any>) => String(doc?.title ?? doc?.name ?? doc?.slug ?? doc?.id ?? '')

export const buildOnPublishedChange: CollectionAfterChangeHook = async (args) => {
  const { collection, doc, req } = args
  if (switchedOff(req)) return doc
  const change = await publicationChange(args)
  if (change === 'draft') return doc
  await requestBuild(req.payload, { trigger: 'publish', reason: `${change} ${collection.slug} #${doc.id} ${label(doc)}`, user: req.user, req })
  return doc
}

export const buildOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (switchedOff(req) || doc?._status !== 'published') return doc
  await requestBuild(req.payload, { trigger: 'publish', reason: `delete ${collection.slug} #${doc.id} ${label(doc)}`, user: req.user, req })
  return doc
}

export const buildOnGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (switchedOff(req) || doc?._status === 'draft') return doc
  await requestBuild(req.payload, { trigger: 'publish', reason: `change ${global.slug}`, user: req.user, req })
  return doc
}

/** An uploaded file's alt text or bytes may show on published pages; a new upload shows nowhere yet. */
export const buildOnFileChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (switchedOff(req) || operation === 'create') return doc
  await requestBuild(req.payload, { trigger: 'publish', reason: `edit ${collection.slug} #${doc.id} ${doc.filename ?? ''}`, user: req.user, req })
  return doc
}

export const buildOnFileDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (switchedOff(req)) return doc
  await requestBuild(req.payload, { trigger: 'publish', reason: `delete ${collection.slug} #${doc.id} ${doc.filename ?? ''}`, user: req.user, req })
  return doc
}

type AnyCollection = import('payload').CollectionConfig
type AnyGlobal = import('payload').GlobalConfig

const FILE_COLLECTIONS = new Set(['media', 'documents'])

/** Adds the rebuild hooks to a public collection (drafts) or an upload collection, keeping its own hooks. */
export function rebuildsSite(collection: AnyCollection): AnyCollection {
  const files = FILE_COLLECTIONS.has(collection.slug)
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), files ? buildOnFileChange : buildOnPublishedChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), files ? buildOnFileDelete : buildOnDelete],
    },
  }
}

export function globalRebuildsSite(global: AnyGlobal): AnyGlobal {
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), buildOnGlobalChange] } }
}
