/**
 * What a save did to the public: published, unpublished, edited what is live,
 * or only touched a draft. The audit log and the site rebuild both ask this.
 *
 * Payload hands afterChange the latest version as `previousDoc`, which may be a
 * draft saved over a published document; only the main row says what was live.
 * So the main row's status is noted before the save and read again after it.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

export type PublicationChange = 'publish' | 'unpublish' | 'edit-live' | 'draft'

const key = (collection: string, id: number | string) => `${collection}:${id}`

async function liveStatus(req: PayloadRequest, collection: string, id: number | string) {
  const main = await req.payload.db.findOne({ collection: collection as CollectionSlug, where: { id: { equals: id } }, req })
  return (main as { _status?: string } | null)?._status
}

/** beforeChange: remembers whether the document was live before this save. */
export const noteLiveStatus: CollectionBeforeChangeHook = async ({ collection, context, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const notes = ((context.liveBefore as Record<string, string | undefined>) ??= {})
  notes[key(collection.slug, originalDoc.id)] = await liveStatus(req, collection.slug, originalDoc.id)
  return data
}

export async function publicationChange({ collection, context, doc, operation, previousDoc, req }: Parameters<CollectionAfterChangeHook>[0]): Promise<PublicationChange> {
  if (operation === 'create') return doc?._status === 'published' ? 'publish' : 'draft'
  const noted = (context.liveBefore as Record<string, string | undefined> | undefined)?.[key(collection.slug, doc.id)]
  const wasLive = (noted ?? previousDoc?._status) === 'published'
  const isLive = (await liveStatus(req, collection.slug, doc.id)) === 'published'
  if (isLive && !wasLive) return 'publish'
  if (!isLive && wasLive) return 'unpublish'
  // Live before and after: a published edit changes the public page, a draft saved over it does not.
  return isLive && doc?._status === 'published' ? 'edit-live' : 'draft'
}

/** Adds the before-save note to a collection with drafts (apply before hooks that call publicationChange). */
export function tracksPublication(collection: CollectionConfig): CollectionConfig {
  if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts) return collection
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, beforeChange: [...(hooks.beforeChange ?? []), noteLiveStatus] } }
}
