/**
 * Where a build's time goes, for the benchmark: the loaders, the image
 * encoder and the search indexer add their spans here, and the build-timings
 * integration writes them to BUILD_TIMINGS_FILE when the build is done.
 * Astro loads the config and the pages as separate module graphs, so the one
 * record of the process lives on globalThis.
 */
export interface BuildTimings {
  /** ms since the process started, per named moment */
  marks: Record<string, number>
  /** summed ms and count per named kind of work (work that interleaves with rendering) */
  totals: Record<string, { ms: number; count: number }>
}

const holder = globalThis as { __seochoBuildTimings?: BuildTimings }

export function buildTimings(): BuildTimings {
  holder.__seochoBuildTimings ??= { marks: {}, totals: {} }
  return holder.__seochoBuildTimings
}

/** Records a moment; `first` keeps the earliest value, otherwise the latest wins. */
export function mark(name: string, { first = false }: { first?: boolean } = {}): void {
  const marks = buildTimings().marks
  const now = performance.now()
  if (first && marks[name] !== undefined) return
  marks[name] = now
}

export function addTime(kind: string, ms: number): void {
  const total = (buildTimings().totals[kind] ??= { ms: 0, count: 0 })
  total.ms += ms
  total.count += 1
}
