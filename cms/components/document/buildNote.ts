/**
 * Which site build carries a document's latest publish, and what to tell
 * staff about it: "약 25초 뒤 누리집에 반영됩니다", then "반영되었습니다".
 * Builds name their changes one per line, "publish notices #12 제목"
 * (cms/hooks/requestSiteBuild.ts). Pure, so it is unit-tested.
 */
export interface BuildRow {
  id: number | string
  status: 'queued' | 'running' | 'succeeded' | 'failed'
  reasons?: string | null
  requestedAt?: string | null
  startedAt?: string | null
  finishedAt?: string | null
  durationMs?: number | null
}

export type Change = 'publish' | 'unpublish' | 'edit-live' | 'delete'

/** How this build changes the document, if it does ("publish", "unpublish" …). */
export function changeIn(build: Pick<BuildRow, 'reasons'>, collection: string, id: number | string): Change | null {
  const lines = (build.reasons ?? '').split('\n').reverse()
  for (const line of lines) {
    const match = /^(\S+) (\S+) #(\S+)(?: |$)/.exec(line)
    if (match && match[2] === collection && match[3] === String(id)) return match[1] as Change
  }
  return null
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : undefined
}

/** A build usually takes as long as the last few did; 25 s until there is a history. A queued build waits 1 s of quiet first. */
export function secondsUntilLive(build: BuildRow, recentDurationsMs: number[], now: number): number {
  const typical = median(recentDurationsMs.filter((ms) => ms > 0)) ?? 25_000
  const elapsed = build.status === 'running' && build.startedAt ? now - Date.parse(build.startedAt) : 0
  const remaining = build.status === 'queued' ? typical + 1_000 : typical - elapsed
  const seconds = Math.ceil(Math.max(0, remaining) / 1000)
  return seconds > 10 ? Math.ceil(seconds / 5) * 5 : seconds
}

export type Note =
  | { kind: 'pending'; change: Change; seconds: number; buildId: BuildRow['id'] }
  | { kind: 'done'; change: Change; finishedAt: string; buildId: BuildRow['id'] }
  | { kind: 'failed'; change: Change; buildId: BuildRow['id'] }

/** Notes stay for ten minutes after the build: long enough to see, short enough not to go stale. */
export const NOTE_LIFETIME_MS = 10 * 60_000

/**
 * The note for the newest build that mentions the document, as long as it was
 * asked for after the document's last save (an older build is not this
 * publish) and, once finished, for ten minutes.
 */
export function noteFor(
  build: BuildRow | undefined,
  doc: { collection: string; id: number | string; updatedAt?: string | null },
  recentDurationsMs: number[],
  now: number,
): Note | null {
  if (!build) return null
  const change = changeIn(build, doc.collection, doc.id)
  if (!change || change === 'delete') return null
  const savedAt = doc.updatedAt ? Date.parse(doc.updatedAt) : 0
  if (build.requestedAt && Date.parse(build.requestedAt) < savedAt - 5_000) return null
  if (build.status === 'queued' || build.status === 'running') {
    return { kind: 'pending', change, seconds: secondsUntilLive(build, recentDurationsMs, now), buildId: build.id }
  }
  const finishedAt = build.finishedAt ?? ''
  if (finishedAt && now - Date.parse(finishedAt) > NOTE_LIFETIME_MS) return null
  return build.status === 'failed' ? { kind: 'failed', change, buildId: build.id } : { kind: 'done', change, finishedAt, buildId: build.id }
}
