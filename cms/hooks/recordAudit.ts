/**
 * Writes one audit-log row for every create, update, publish, unpublish and
 * delete, in the same transaction as the change (`req` is passed): if the row
 * cannot be written, the error reaches the person saving and nothing is kept.
 * Seeding and imports switch it off with `context: { seeding: true }` or
 * `context: { skipAudit: true }`.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
  RequestContext,
} from 'payload'

import type { AuditAction } from '../collections/AuditLog'
import { publicationChange } from './publicationChange'

const AUDIT_SLUG = 'audit-log' as const

type AnyDoc = Record<string, any> | null | undefined

const switchedOff = (context: RequestContext | undefined) => Boolean(context?.skipAudit || context?.seeding)

// Site builds are the system's own record, with their own history; auditing them would log every build twice.
const isAudited = (slug: string) => slug !== AUDIT_SLUG && slug !== 'site-builds' && !slug.startsWith('payload-')

/** A localized field read with locale 'all' arrives as { ko, en }: prefer Korean. */
const asText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const byLocale = value as Record<string, unknown>
    const found = [byLocale.ko, ...Object.values(byLocale)].find((text) => typeof text === 'string' && text)
    return found as string | undefined
  }
  return undefined
}

const titleOf = (doc: AnyDoc) =>
  asText(doc?.title) ?? asText(doc?.name) ?? asText(doc?.alt) ?? asText(doc?.filename) ?? asText(doc?.email) ?? ''

const isPublished = (doc: AnyDoc) => doc?._status === 'published'

interface Entry {
  action: AuditAction
  collection: string
  id?: number | string
  title: string
  req: PayloadRequest
  /** set when the acting account no longer exists (it deleted itself) */
  userGone?: boolean
}

async function record({ action, collection, id, title, req, userGone }: Entry) {
  const user = req.user as { id: number | string; email?: string; collection?: string } | null | undefined
  const byStaff = user && (user.collection ?? 'users') === 'users'
  const documentId = id === undefined ? undefined : String(id)
  await req.payload.create({
    collection: AUDIT_SLUG,
    data: {
      action,
      collection,
      documentId,
      documentTitle: title,
      user: byStaff && !userGone ? user.id : null,
      userEmail: user?.email ?? null,
      at: new Date().toISOString(),
      summary: [action, collection, documentId ? `#${documentId}` : '', title].filter(Boolean).join(' '),
    } as never,
    overrideAccess: true,
    depth: 0,
    req,
  })
}

async function collectionAction(args: Parameters<CollectionAfterChangeHook>[0]): Promise<AuditAction> {
  const { collection, operation } = args
  if (!collection.versions?.drafts) return operation === 'create' ? 'create' : 'update'
  const change = await publicationChange(args)
  if (operation === 'create') return change === 'publish' ? 'publish' : 'create'
  return change === 'publish' || change === 'unpublish' ? change : 'update'
}

export const auditAfterChange: CollectionAfterChangeHook = async (args) => {
  const { collection, context, doc, req } = args
  if (switchedOff(context) || !isAudited(collection.slug)) return doc
  const action = await collectionAction(args)
  await record({ action, collection: collection.slug, id: doc.id, title: titleOf(doc), req })
  return doc
}

export const auditAfterDelete: CollectionAfterDeleteHook = async ({ collection, context, doc, id, req }) => {
  if (switchedOff(context) || !isAudited(collection.slug)) return doc
  const userGone = collection.slug === 'users' && req.user != null && String(req.user.id) === String(id)
  await record({ action: 'delete', collection: collection.slug, id, title: titleOf(doc), req, userGone })
  return doc
}

export const auditGlobalAfterChange: GlobalAfterChangeHook = async ({ context, doc, global, previousDoc, req }) => {
  if (switchedOff(context)) return doc
  let action: AuditAction = 'update'
  if (global.versions?.drafts) {
    if (isPublished(doc) && !isPublished(previousDoc)) action = 'publish'
    if (!isPublished(doc) && isPublished(previousDoc)) {
      const main = await req.payload.db.findGlobal({ slug: global.slug, req })
      if ((main as { _status?: string } | null)?._status !== 'published') action = 'unpublish'
    }
  }
  await record({ action, collection: global.slug, title: asText(global.label) ?? global.slug, req })
  return doc
}

/** Appends the audit hooks to a collection, keeping the hooks it already has. */
export function withAudit(collection: CollectionConfig): CollectionConfig {
  if (!isAudited(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), auditAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), auditAfterDelete],
    },
  }
}

/** Appends the audit hook to a global, keeping the hooks it already has. */
export function withGlobalAudit(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return { ...global, hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), auditGlobalAfterChange] } }
}
