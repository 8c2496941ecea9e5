import { type CollectionBeforeOperationHook, type CollectionConfig, type Field, type PayloadRequest, validations } from 'payload'

type Validator = (value: unknown, options: any) => true | string | Promise<true | string>

type DraftSaves = Record<string, boolean>

/**
 * Whether this request is saving a draft of `slug`, as Payload decides it: the
 * save asked for a draft (`?draft=true`, or `draft: true` in the Local API)
 * and does not publish. The validators cannot see that, so it is noted here.
 */
const noteDraftSave: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
    const saves = ((req.context.draftSaves as DraftSaves | undefined) ??= {})
    saves[collection.slug] = Boolean(args.draft) && (args.data as { _status?: unknown } | undefined)?._status !== 'published'
  }
  return args
}

/**
 * A save noted above; or, when the admin only checks the form as staff type (no
 * save, nothing noted), a document whose status is draft: its unfinished
 * fields are then not flagged as missing. Publishing checks them.
 */
function isDraftSave(slug: string, options: { req?: PayloadRequest; data?: unknown }): boolean {
  const noted = (options?.req?.context?.draftSaves as DraftSaves | undefined)?.[slug]
  if (noted !== undefined) return noted
  return (options?.data as { _status?: unknown } | undefined)?._status === 'draft'
}

/** Seeding and restoring a backup keep a draft exactly as it was kept, finished or not. */
const restoring = (req?: PayloadRequest) => Boolean(req?.context?.seeding)

/**
 * A draft may be unfinished, but what it holds must be well-formed: "오후 2시"
 * in a time field, a date that is no date, a link that is no https address or
 * a word in a number field is refused when the draft is saved, not at
 * publish. So every field keeps its checks on drafts with "required" switched
 * off; publishing checks everything. (The collection needs
 * `versions.drafts.validate`, or Payload would skip validation on drafts.)
 */
const formOnlyOnDrafts = (slug: string) =>
  function wrap(field: Field): Field {
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(wrap) })) }
    const withChildren = 'fields' in field && Array.isArray(field.fields) ? ({ ...field, fields: field.fields.map(wrap) } as Field) : field
    if (!('name' in withChildren) || withChildren.type === 'ui') return withChildren
    const base = ('validate' in withChildren && withChildren.validate) || (validations as Record<string, Validator>)[withChildren.type]
    if (!base) return withChildren
    const validate: Validator = (value, options) => {
      if (!isDraftSave(slug, options)) return (base as Validator)(value, options)
      if (restoring(options?.req)) return true
      return (base as Validator)(value, { ...options, required: false })
    }
    return { ...withChildren, validate } as Field
  }

/** Turns draft checking on for a collection with drafts. */
export function checkDraftsForForm<T extends CollectionConfig>(collection: T): T {
  const drafts = collection.versions && typeof collection.versions === 'object' ? collection.versions.drafts : undefined
  if (!drafts) return collection
  return {
    ...collection,
    versions: { ...(collection.versions as object), drafts: { ...(typeof drafts === 'object' ? drafts : {}), validate: true } },
    hooks: { ...collection.hooks, beforeOperation: [noteDraftSave, ...(collection.hooks?.beforeOperation ?? [])] },
    fields: collection.fields.map(formOnlyOnDrafts(collection.slug)),
  } as T
}
