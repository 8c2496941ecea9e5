/**
 * Versions, as a backup keeps them: for a published document, what is
 * published and, when a draft was saved over it, the newest draft, whole; for
 * a document not published (never, or no more), its newest draft, which is
 * what the admin shows and what publishing would publish. The history in
 * between (Payload keeps up to 50 versions a document) is not kept: a
 * restore starts a new history from these. Scheduled publish and unpublish
 * jobs still waiting are kept with their document.
 */
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import type { Schedule } from '../seed/backupSchema'
import type { Entry } from './entries'
import type { Keys } from './naturalKeys'

type Raw = Record<string, any>

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Every document of a drafted collection as an entry with `status`, `draft` and `schedule`, sorted by slug. */
export async function readDrafted(
  payload: Payload,
  collection: CollectionSlug,
  toEntry: (doc: Raw) => Entry,
  schedules: Map<string, Schedule[]>,
): Promise<Entry[]> {
  const read = (draft: boolean) =>
    payload.find({ collection, draft, locale: 'all', depth: 0, limit: 0, pagination: false, overrideAccess: true })
  const [main, latest] = [await read(false), await read(true)]
  const newest = new Map(latest.docs.map((doc) => [String(doc.id), doc as Raw]))
  return (main.docs as Raw[])
    .map((doc): Entry => {
      const latest = toEntry(newest.get(String(doc.id)) ?? doc)
      const schedule = schedules.get(`${collection}:${doc.id}`)
      if (doc._status !== 'published') return { ...latest, status: 'draft', schedule }
      const published = toEntry(doc)
      return { ...published, draft: same(latest, published) ? undefined : latest, schedule }
    })
    .sort((a, b) => String(a.slug).localeCompare(String(b.slug)))
}

/** A global's published values, and its newer draft if one was saved after them; `{}` when it was never set. */
export async function readGlobal(payload: Payload, slug: GlobalSlug, toEntry: (doc: Raw) => Entry, isSet: (doc: Raw) => boolean) {
  const main = (await payload.findGlobal({ slug, locale: 'all', depth: 0, draft: false, overrideAccess: true })) as Raw
  const latest = (await payload.findGlobal({ slug, locale: 'all', depth: 0, draft: true, overrideAccess: true })) as Raw
  if (!isSet(main) && !isSet(latest)) return {}
  const entry = toEntry(main)
  const draft = toEntry(latest)
  return { ...entry, draft: same(draft, entry) ? undefined : draft }
}

/** Scheduled publish/unpublish jobs that have not run yet, by `collection:id`, earliest first. */
export async function pendingSchedules(payload: Payload, keys: Keys): Promise<{ byDocument: Map<string, Schedule[]>; count: number }> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'schedulePublish' } },
    sort: 'waitUntil',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byDocument = new Map<string, Schedule[]>()
  let count = 0
  // Done or failed jobs are history; the rest are still to run (filtered here: adapters differ on null and "exists").
  for (const job of (docs as Raw[]).filter((job) => !job.completedAt && job.hasError !== true)) {
    const input = job.input ?? {}
    if (!input.doc?.relationTo || input.doc.value === undefined || !job.waitUntil) continue
    const schedule: Schedule = {
      action: input.type === 'unpublish' ? 'unpublish' : 'publish',
      at: new Date(job.waitUntil).toISOString(),
      locale: input.locale || undefined,
      timezone: input.timezone || undefined,
      by: keys.users(input.user?.value),
    }
    const key = `${input.doc.relationTo}:${input.doc.value}`
    byDocument.set(key, [...(byDocument.get(key) ?? []), schedule])
    count += 1
  }
  for (const list of byDocument.values()) list.sort((a, b) => a.at.localeCompare(b.at) || a.action.localeCompare(b.action))
  return { byDocument, count }
}
