import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import { roleOf } from '../access/roles'
import { isIsoDate } from '../domain/inputShape'
import { PUBLIC_COLLECTIONS } from '../collections/shared'
import { formatInstant } from '../components/shared/when'
import { scheduleText } from '../i18n/scheduleMessages'
import { publishProblems } from './publishProblems'
import type { SchedulePublishInput } from './schedulePublishTask'

/** One scheduled publish as the admin shows it. */
export interface ScheduleRow {
  job: string | number
  collection: string
  id: string
  title: string
  action: 'publish' | 'unpublish'
  /** when it is (or was) to happen, ISO */
  at: string | null
  failed: boolean
  message?: string
}

const SEOUL_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

/** "2026-12-08T09:00" typed in the admin, read as Seoul time (no daylight saving there); null when it is no real minute. */
export function seoulMinute(value: unknown): Date | null {
  if (typeof value !== 'string' || !SEOUL_MINUTE.test(value) || !isIsoDate(`${value}+09:00`)) return null
  return new Date(`${value}:00+09:00`)
}

const isPublic = (slug: unknown): slug is (typeof PUBLIC_COLLECTIONS)[number] => (PUBLIC_COLLECTIONS as readonly unknown[]).includes(slug)
const language = (req: PayloadRequest) => req.i18n?.language ?? 'ko'
const json = (body: unknown, status = 200) => Response.json(body, { status })
const refused = (status: number, message: string, errors: Array<{ path: string; label?: string; message: string }> = []) =>
  json({ errors: [{ message, data: { errors } }] }, status)

const isEditorReq = (req: PayloadRequest) => roleOf(req) === 'admin' || roleOf(req) === 'editor'

async function titlesOf(req: PayloadRequest, collection: CollectionSlug, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const useAsTitle = req.payload.collections[collection].config.admin?.useAsTitle ?? 'id'
  const { docs } = await req.payload.find({ collection, where: { id: { in: ids } }, draft: true, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, locale: 'ko' })
  return new Map(docs.map((doc) => [String(doc.id), String((doc as unknown as Record<string, unknown>)[useAsTitle] ?? doc.id)]))
}

/** The scheduled publishes (to come, and failed ones nobody has dismissed) of one collection, or of one document. */
export async function scheduleRows(req: PayloadRequest, collection?: string, id?: string): Promise<ScheduleRow[]> {
  const and: Where[] = [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }]
  if (collection) and.push({ 'input.doc.relationTo': { equals: collection } })
  if (id) and.push({ 'input.doc.value': { equals: String(id) } })
  const { docs } = await req.payload.find({ collection: 'payload-jobs', where: { and }, sort: 'waitUntil', depth: 0, limit: 200, overrideAccess: true })
  const jobs = docs.filter((job) => (job.input as SchedulePublishInput | undefined)?.doc)
  const byCollection = new Map<string, string[]>()
  for (const job of jobs) {
    const doc = (job.input as SchedulePublishInput).doc!
    byCollection.set(doc.relationTo, [...(byCollection.get(doc.relationTo) ?? []), doc.value])
  }
  const titles = new Map<string, string>()
  for (const [slug, ids] of byCollection) {
    if (!isPublic(slug)) continue
    for (const [docId, title] of await titlesOf(req, slug, ids)) titles.set(`${slug}/${docId}`, title)
  }
  return jobs.map((job) => {
    const input = job.input as SchedulePublishInput
    const log = (job.log ?? []) as Array<{ executedAt?: string }>
    return {
      job: job.id,
      collection: input.doc!.relationTo,
      id: input.doc!.value,
      title: titles.get(`${input.doc!.relationTo}/${input.doc!.value}`) ?? scheduleText('missingDocument', language(req)),
      action: input.type === 'unpublish' ? 'unpublish' : 'publish',
      at: (job.waitUntil as string | undefined) ?? log.at(-1)?.executedAt ?? null,
      failed: Boolean(job.hasError),
      message: job.hasError ? ((job.error as { message?: string } | null)?.message ?? undefined) : undefined,
    }
  })
}

/** GET /api/schedule?collection=notices[&id=3]: what is scheduled, and what failed. */
const list: Endpoint = {
  path: '/schedule',
  method: 'get',
  handler: async (req) => {
    if (!roleOf(req)) return refused(403, req.t('error:unauthorized'))
    const collection = typeof req.query.collection === 'string' ? req.query.collection : undefined
    const id = typeof req.query.id === 'string' ? req.query.id : undefined
    return json({ docs: await scheduleRows(req, collection, id) })
  },
}

/** POST /api/schedule { collection, id, action, at }: checks the document as a publish would, then queues it. */
const create: Endpoint = {
  path: '/schedule',
  method: 'post',
  handler: async (req) => {
    const lang = language(req)
    if (!isEditorReq(req)) return refused(403, req.t('error:unauthorized'))
    const body = (await req.json?.().catch(() => null)) as Record<string, unknown> | null
    const collection = body?.collection
    const id = body?.id
    if (!isPublic(collection) || (typeof id !== 'string' && typeof id !== 'number')) return refused(400, req.t('error:notFound'))
    const action = body?.action === 'unpublish' ? 'unpublish' : body?.action === 'publish' ? 'publish' : null
    if (!action) return refused(400, scheduleText('what', lang), [{ path: 'action', message: scheduleText('what', lang) }])
    const at = seoulMinute(body?.at)
    if (!at) return refused(400, scheduleText('noTime', lang), [{ path: 'at', message: scheduleText('noTime', lang) }])
    if (at.getTime() <= Date.now()) return refused(400, scheduleText('inPast', lang), [{ path: 'at', message: scheduleText('inPast', lang) }])
    // Without `draft`, the stored document: published only if a publish went through.
    const stored = (await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })) as { _status?: string } | null
    if (!stored) return refused(404, req.t('error:notFound'))
    if (action === 'unpublish' && stored._status !== 'published') {
      return refused(400, scheduleText('notPublished', lang), [{ path: 'action', message: scheduleText('notPublished', lang) }])
    }
    if (action === 'publish') {
      const problems = await publishProblems(req, collection, id)
      if (problems.length) return refused(400, scheduleText('cannotPublish', lang), problems)
    }
    const job = await req.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: action, doc: { relationTo: collection, value: String(id) }, user: { relationTo: 'users', value: req.user!.id }, timezone: 'Asia/Seoul' } as never,
      waitUntil: at,
      req,
    })
    return json({ job: job.id, at: at.toISOString(), message: scheduleText('scheduled', lang, { when: formatInstant(at, lang), action: scheduleText(action, lang) }) }, 201)
  },
}

/** DELETE /api/schedule/:job: cancels one to come, or dismisses one that failed. */
const remove: Endpoint = {
  path: '/schedule/:job',
  method: 'delete',
  handler: async (req) => {
    if (!isEditorReq(req)) return refused(403, req.t('error:unauthorized'))
    const jobId = req.routeParams?.job as string
    const { docs } = await req.payload.find({ collection: 'payload-jobs', where: { and: [{ id: { equals: jobId } }, { taskSlug: { equals: 'schedulePublish' } }] }, depth: 0, limit: 1, overrideAccess: true })
    if (docs.length === 0) return refused(404, req.t('error:notFound'))
    await req.payload.delete({ collection: 'payload-jobs', id: docs[0].id, overrideAccess: true, req })
    return json({ message: scheduleText('cancelled', language(req)) })
  },
}

/** The API behind the admin's scheduled publishing (cms/components/schedule/). */
export const scheduleEndpoints: Endpoint[] = [list, create, remove]
