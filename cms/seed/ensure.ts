/**
 * Find-or-create for one entry, the unit of the seed and of an import: the
 * entry is found by its natural key and kept, or written whole (Korean, then
 * English onto the same document, then a newer draft, then its scheduled
 * jobs). If any write after the first fails, the document is deleted again,
 * so a database only ever holds complete entries and a second run carries on
 * where the first stopped.
 */
import { ValidationError, type CollectionSlug, type Payload, type Where } from 'payload'

import type { Schedule } from './backupSchema'
import { hasEnglish, markEnglish, pickLocale, unwrapEnglish, withNulls, withRowIds } from './localize'
import type { UploadFile } from './media'

export type Id = number | string
/** A document with each localized value as `{ ko, en }` (either may be missing). */
export type LocalizedDoc = Record<string, unknown>
export type SeedReport = Record<string, { created: number; kept: number }>

export interface EntrySpec {
  collection: CollectionSlug
  where: Where
  /** the entry in messages, e.g. `courses.json python-basics` */
  label: string
  doc: () => Promise<LocalizedDoc> | LocalizedDoc
  file?: () => Promise<UploadFile>
  /** false: a collection without localized fields (users) */
  english?: boolean
  /** collections with drafts: "draft" saves the document as an unpublished draft */
  status?: 'published' | 'draft'
  /** a newer draft to save over the published document */
  draft?: () => Promise<LocalizedDoc> | LocalizedDoc
  schedule?: Schedule[]
}

/** One entry that could not be written, with the reason Payload gave (field by field for a validation error). */
export class EntryError extends Error {
  constructor(
    readonly label: string,
    readonly cause: unknown,
  ) {
    super(`${label}: ${reasonOf(cause)}`)
  }
}

export function reasonOf(error: unknown): string {
  if (error instanceof ValidationError) {
    const fields = (error.data?.errors ?? []).map((e: { path?: string; message?: string }) => `field ${e.path}: ${e.message}`)
    if (fields.length) return fields.join('; ')
  }
  return error instanceof Error ? error.message : String(error)
}

export function entryWriter(payload: Payload, report: SeedReport, accounts: Map<string, Id>) {
  const context = { seeding: true }
  const common = { overrideAccess: true, context } as const

  async function saveDraft(collection: CollectionSlug, id: Id, draft: LocalizedDoc) {
    const korean = { ...(withNulls(pickLocale(draft, 'ko')) as object), _status: 'draft' }
    const saved = await payload.update({ collection, id, data: korean as never, locale: 'ko', draft: true, ...common })
    const english = withNulls(unwrapEnglish(markEnglish(draft)))
    await payload.update({ collection, id, data: { ...(withRowIds(english, saved) as object), _status: 'draft' } as never, locale: 'en', draft: true, ...common })
  }

  async function queueSchedules(collection: CollectionSlug, id: Id, schedules: Schedule[]) {
    for (const schedule of schedules) {
      const by = schedule.by ? accounts.get(schedule.by.toLowerCase()) : undefined
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: schedule.action,
          doc: { relationTo: collection, value: String(id) },
          locale: schedule.locale,
          timezone: schedule.timezone,
          user: by === undefined ? undefined : { relationTo: 'users', value: by },
        } as never,
        waitUntil: new Date(schedule.at),
      })
    }
  }

  async function ensure(spec: EntrySpec): Promise<Id> {
    const { collection, status } = spec
    const tally = (report[collection] ??= { created: 0, kept: 0 })
    const found = await payload.find({ collection, where: spec.where, limit: 1, depth: 0, overrideAccess: true, pagination: false })
    if (found.docs[0]) {
      tally.kept += 1
      return found.docs[0].id
    }
    let createdId: Id | undefined
    try {
      const doc = await spec.doc()
      const asDraft = status === 'draft'
      const withStatus = (data: unknown) => (status ? { ...(data as object), _status: status } : data)
      const created = await payload.create({
        collection,
        data: withStatus(pickLocale(doc, 'ko')) as never,
        locale: 'ko',
        draft: asDraft,
        file: spec.file ? await spec.file() : undefined,
        ...common,
      })
      createdId = created.id
      const english = spec.english === false ? undefined : markEnglish(doc)
      if (english !== undefined && hasEnglish(english)) {
        const data = withStatus(withRowIds(unwrapEnglish(english), created))
        await payload.update({ collection, id: created.id, data: data as never, locale: 'en', draft: asDraft, ...common })
      }
      if (spec.draft) await saveDraft(collection, created.id, await spec.draft())
      await queueSchedules(collection, created.id, spec.schedule ?? [])
      tally.created += 1
      return created.id
    } catch (error) {
      if (createdId !== undefined) await payload.delete({ collection, id: createdId, ...common }).catch(() => {})
      throw error instanceof EntryError ? error : new EntryError(spec.label, error)
    }
  }

  return { ensure, saveDraft }
}
