/**
 * The class days of a run, closed days skipped. The center's rule (its own
 * notice: "빠진 수업은 연휴 다음 주에 보강합니다"):
 *
 * - A class day that falls on a closed day (public holiday, 임시 휴관) is
 *   not held: it is listed as 휴강 with its reason.
 * - With a session count (`sessions`), the run keeps its count: each class
 *   lost to a closed day is made up (보강) on the next class day after the
 *   end date, so the last class may fall after the end date staff typed. The
 *   admin warns when that happens, and when the count cannot be reached.
 * - Without a count, the run holds the class days between its dates that are
 *   open; the count shown is the number actually held.
 *
 * The seed (cms/seed/schedule.ts) gives demo runs an end date that already
 * skips closed days, so they never need a make-up.
 */
import type { ClosedDays, ClosedReason } from './closedDays'
import { type Weekday, WEEKDAY_NUMBER } from './courseTerms'
import { addDays, type Day, weekdayIndex } from './seoulDate'


export interface RunDays {
  startDay: Day
  endDay: Day
  /** 'mon' … 'sun' */
  weekdays: readonly string[]
  /** how many classes the run promises; absent: every open class day between the dates */
  sessions?: number | null
}

export interface HeldClass {
  day: Day
  /** a make-up class after the end date, for one lost to a closed day */
  makeUp: boolean
}

export interface SkippedClass {
  day: Day
  reasons: ClosedReason[]
}

export interface RunSchedule {
  held: HeldClass[]
  skipped: SkippedClass[]
  /** held and skipped together, in date order: what a resident reads */
  all: Array<({ held: true } & HeldClass) | ({ held: false } & SkippedClass)>
  /** the first class actually held (after startDay when it is a closed day), or null when none is */
  firstDay: Day | null
  /** the last class actually held (may be after endDay when classes are made up), or null when none is */
  lastDay: Day | null
  /** classes the session count promises that cannot be placed (more sessions than class days between the dates) */
  missing: number
}

/** Make-ups look at most this far past the end date (a run with only closed class days ahead stops here). */
const MAKE_UP_HORIZON_DAYS = 120

export function runSchedule(run: RunDays, closed: ClosedDays): RunSchedule {
  const wanted = new Set(run.weekdays.map((weekday) => WEEKDAY_NUMBER[weekday as Weekday]))
  const target = run.sessions && run.sessions > 0 ? run.sessions : undefined
  const held: HeldClass[] = []
  const skipped: SkippedClass[] = []
  const full = () => target !== undefined && held.length >= target

  for (let day = run.startDay; day <= run.endDay && !full(); day = addDays(day, 1)) {
    if (!wanted.has(weekdayIndex(day))) continue
    const reasons = closed.reasonsFor(day)
    if (reasons.length) skipped.push({ day, reasons })
    else held.push({ day, makeUp: false })
  }
  // Class days lost between the dates, up to the promised count, made up after the end date.
  let owed = target === undefined ? 0 : Math.min(skipped.length, target - held.length)
  const shortBeforeMakeUps = target === undefined ? 0 : target - held.length - owed
  for (let day = addDays(run.endDay, 1), n = 0; owed > 0 && n < MAKE_UP_HORIZON_DAYS; day = addDays(day, 1), n += 1) {
    if (!wanted.has(weekdayIndex(day))) continue
    const reasons = closed.reasonsFor(day)
    if (reasons.length) {
      skipped.push({ day, reasons })
      continue
    }
    held.push({ day, makeUp: true })
    owed -= 1
  }
  const all = [...held.map((c) => ({ ...c, held: true as const })), ...skipped.map((c) => ({ ...c, held: false as const }))].sort((a, b) =>
    a.day.localeCompare(b.day),
  )
  return { held, skipped, all, firstDay: held[0]?.day ?? null, lastDay: held.at(-1)?.day ?? null, missing: shortBeforeMakeUps + owed }
}

/** The days the run's classes are held, in order (the .ics and the page list these). */
export const heldDays = (run: RunDays, closed: ClosedDays): Day[] => runSchedule(run, closed).held.map((c) => c.day)
