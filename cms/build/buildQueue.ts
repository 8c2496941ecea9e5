/**
 * The build queue lives in the `site-builds` collection, so it survives a
 * restart: at most one build is queued at a time; a change that arrives while
 * one is queued joins it (debouncing a burst of saves into one build); a
 * change that arrives while a build runs queues exactly one more.
 */
import type { Payload, PayloadRequest } from 'payload'

export type BuildTrigger = 'publish' | 'manual' | 'daily' | 'start' | 'restart'

export const BUILDS = 'site-builds' as const

interface Request {
  trigger: BuildTrigger
  reason: string
  user?: { id: number | string } | null
  req?: PayloadRequest
}

/** Asks for a build; returns the id of the queued build that will carry this change. */
export async function requestBuild(payload: Payload, { trigger, reason, user, req }: Request): Promise<number | string> {
  const now = new Date().toISOString()
  const queued = await payload.find({
    collection: BUILDS,
    where: { status: { equals: 'queued' } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const existing = queued.docs[0]
  if (existing) {
    // Conditional on still being queued: if the worker took it meanwhile, this change needs a new build.
    const joined = await payload.update({
      collection: BUILDS,
      where: { and: [{ id: { equals: existing.id } }, { status: { equals: 'queued' } }] },
      data: { requestedAt: now, reasons: appendReason(existing.reasons, reason), changes: (existing.changes ?? 1) + 1 },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (joined.docs.length === 1) return existing.id
  }
  const created = await payload.create({
    collection: BUILDS,
    data: { status: 'queued', trigger, reasons: reason, changes: 1, requestedAt: now, requestedBy: (user?.id ?? null) as number | null },
    depth: 0,
    overrideAccess: true,
    // Marks this as the system's own request, not a person's "rebuild" from the admin.
    context: { systemBuild: true },
    req,
  })
  return created.id
}

function appendReason(reasons: string | null | undefined, reason: string): string {
  const lines = (reasons ?? '').split('\n').filter(Boolean)
  return [...lines, reason].slice(-20).join('\n')
}
