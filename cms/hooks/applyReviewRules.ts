import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { isEditor } from '../access/roles'
import { REVIEWABLE, type ReviewableCollection, reviewChangeProblem } from '../domain/reviewRules'
import { refusal } from '../errors'
import { reviewText } from '../i18n/reviewMessages'

type Raw = Record<string, any>

const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as Raw).value ?? (value as Raw).id)
  return String(value)
}

const koreanTitle = (doc: Raw): string => {
  const title = doc.title ?? doc.name
  if (title && typeof title === 'object') return String(title.ko ?? Object.values(title)[0] ?? '')
  return String(title ?? '')
}

/** A person's name as shown to colleagues: their name, else their email. */
export const nameOf = (user: unknown): string | null => {
  const person = user as { name?: unknown; email?: unknown } | null | undefined
  return (typeof person?.name === 'string' && person.name) || (typeof person?.email === 'string' && person.email) || null
}

const fieldError = (req: PayloadRequest, field: string, message: string) =>
  new ValidationError({ collection: 'reviews', errors: [{ path: field, message }] }, req.t)

/** The reviewed document as its requester can read it, latest draft included. */
async function findDocument(req: PayloadRequest, relationTo: ReviewableCollection, id: string) {
  try {
    return (await req.payload.findByID({ collection: relationTo, id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })) as Raw
  } catch {
    return null
  }
}

async function onRequest(data: Raw, req: PayloadRequest) {
  const language = req.i18n?.language
  if (!req.user) throw refusal(reviewText('notSignedIn', language), 401)
  const relationTo = data.document?.relationTo as ReviewableCollection
  const id = idOf(data.document)
  if (!REVIEWABLE.includes(relationTo) || id === null) throw fieldError(req, 'document', reviewText('documentMissing', language))
  const doc = await findDocument(req, relationTo, id)
  if (!doc) throw fieldError(req, 'document', reviewText('documentMissing', language))
  if (doc._status === 'published') throw refusal(reviewText('nothingToPublish', language), 409, 'NothingToReview')
  const waiting = await req.payload.count({
    collection: 'reviews',
    where: { and: [{ 'document.relationTo': { equals: relationTo } }, { 'document.value': { equals: doc.id } }, { status: { equals: 'waiting' } }] },
    overrideAccess: true,
    req,
  })
  if (waiting.totalDocs > 0) throw refusal(reviewText('alreadyWaiting', language), 409, 'AlreadyWaiting')
  return {
    document: { relationTo, value: doc.id },
    documentTitle: koreanTitle(doc),
    status: 'waiting',
    message: typeof data.message === 'string' && data.message.trim() ? data.message.trim() : null,
    comment: null,
    requestedBy: req.user.id,
    requestedByName: nameOf(req.user),
    requestedAt: new Date().toISOString(),
    decidedBy: null,
    decidedByName: null,
    decidedAt: null,
    seenByRequester: false,
  }
}

const COMPARED = ['document', 'documentTitle', 'status', 'message', 'comment', 'requestedBy', 'requestedByName', 'requestedAt', 'decidedBy', 'decidedByName', 'decidedAt', 'seenByRequester']

const same = (a: unknown, b: unknown) =>
  typeof a === 'object' && a !== null && 'relationTo' in a
    ? idOf(a) === idOf(b) && (a as Raw).relationTo === (b as Raw)?.relationTo
    : (idOf(a) ?? '') === (idOf(b) ?? '') || (a ?? null) === (b ?? null)

async function onChange(data: Raw, original: Raw, req: PayloadRequest) {
  const changed = new Set(COMPARED.filter((key) => key in data && !same(data[key], original[key])))
  if (changed.size === 0) return data
  const editor = isEditor({ req })
  const requester = idOf(original.requestedBy) !== null && idOf(original.requestedBy) === idOf(req.user?.id)
  const problem = reviewChangeProblem({ before: original, after: { ...original, ...data }, changed, editor, requester })
  const language = req.i18n?.language
  if (problem) {
    if (problem.reason === 'returnNeedsComment') throw fieldError(req, 'comment', reviewText(problem.reason, language))
    throw refusal(reviewText(problem.reason, language), 403, 'ReviewRule', problem.field)
  }
  if (changed.has('status') && data.status === 'returned') {
    return {
      ...data,
      comment: String(data.comment).trim(),
      decidedBy: req.user?.id ?? null,
      decidedByName: nameOf(req.user),
      decidedAt: new Date().toISOString(),
      seenByRequester: false,
    }
  }
  return data
}

/**
 * Sets who asked and when, checks the document can be reviewed, and lets each
 * person make only their own moves (cms/domain/reviewRules.ts). The system
 * settling a request when its document is published passes
 * `context.settlingReview`; seeding and restoring a backup pass `seeding`.
 */
export const applyReviewRules: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (req.context?.settlingReview || req.context?.seeding) return data
  if (operation === 'create') return onRequest(data, req)
  return onChange(data, (originalDoc ?? {}) as Raw, req)
}
