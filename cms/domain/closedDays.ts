/**
 * Is the center closed on a Seoul day, and why: a public holiday (from the
 * gazette, publicHolidays.ts) or a closure staff announced (임시 휴관, with its
 * reason). Classes skip closed days, and a registration window that would open
 * on one moves (registrationWindow.ts). Pure: the CMS, the seed and the site
 * all ask this one rule.
 */
import { commonName, holidayCoverage, HOLIDAYS_KNOWN_UNTIL, type HolidayName, publicHoliday } from './publicHolidays'
import { addDays, type Day, isDay, seoulDay, weekdayIndex } from './seoulDate'

export { HOLIDAYS_KNOWN_UNTIL, commonName }

/** A closure staff entered: one day, or several days in a row. */
export interface Closure {
  startDay: Day
  /** the last closed day; absent or null: just startDay */
  endDay?: Day | null
  /** why, in the reader's language (임시 휴관 사유) */
  reason: string
}

export type ClosedReason =
  | { kind: 'holiday'; name: HolidayName; source: 'gazette' | 'statutory' }
  | { kind: 'closure'; reason: string }

/** The center's regular weekly closing day: it opens on weekdays and Saturday mornings (site settings, 운영 시간). */
export const REGULAR_CLOSED_WEEKDAYS: readonly number[] = [0]

export interface ClosedDays {
  /** why the center is closed that day (a holiday, a closure, or both); empty when it is open for classes */
  reasonsFor(day: Day): ClosedReason[]
  isClosed(day: Day): boolean
  /** an operating day: not closed, and not the regular weekly closing day (Sunday) */
  isOpenDay(day: Day): boolean
}

/** A day is closed for a holiday or a closure; `closures` with a bad date are ignored (the CMS refuses them). */
export function closedDays(closures: readonly Closure[] = []): ClosedDays {
  const closureDays = new Map<Day, string[]>()
  for (const closure of closures) {
    if (!isDay(closure.startDay)) continue
    const last = closure.endDay && isDay(closure.endDay) && closure.endDay >= closure.startDay ? closure.endDay : closure.startDay
    // A closure longer than a year is a typing error, not a plan: stop there rather than loop for ever.
    for (let day = closure.startDay, n = 0; day <= last && n < 366; day = addDays(day, 1), n += 1) {
      closureDays.set(day, [...(closureDays.get(day) ?? []), closure.reason])
    }
  }
  const reasonsFor = (day: Day): ClosedReason[] => {
    const holiday = publicHoliday(day)
    const reasons: ClosedReason[] = holiday ? holiday.names.map((name) => ({ kind: 'holiday', name, source: holiday.source })) : []
    for (const reason of closureDays.get(day) ?? []) reasons.push({ kind: 'closure', reason })
    return reasons
  }
  return {
    reasonsFor,
    isClosed: (day) => reasonsFor(day).length > 0,
    isOpenDay: (day) => !REGULAR_CLOSED_WEEKDAYS.includes(weekdayIndex(day)) && reasonsFor(day).length === 0,
  }
}

/** The reasons as one line for readers: "신정", "설날 · 임시 휴관: 전기 설비 점검". */
export function describeReasons(reasons: readonly ClosedReason[], locale: 'ko' | 'en' = 'ko'): string {
  return reasons.map((reason) => (reason.kind === 'holiday' ? reason.name[locale] : reason.reason)).join(' · ')
}

/** Whether the day's holidays are all known ('gazette'), or only the fixed solar ones ('statutory': lunar and substitute holidays not published yet). */
export const holidaysKnownOn = (day: Day) => holidayCoverage(day) === 'gazette'

/** Closures as the CMS stores them (dates as instants, the reason in one language, or { ko, en } read with locale "all") → the domain's. */
export function closuresFromRows(rows: unknown, locale: 'ko' | 'en' = 'ko'): Closure[] {
  if (!Array.isArray(rows)) return []
  const day = (value: unknown) => {
    if (typeof value !== 'string' || !value) return undefined
    if (isDay(value)) return value
    try {
      return seoulDay(value)
    } catch {
      return undefined
    }
  }
  const reasonOf = (value: unknown): string => {
    if (typeof value === 'string') return value
    if (value && typeof value === 'object') {
      const byLocale = value as Record<string, unknown>
      return String(byLocale[locale] || byLocale.ko || '')
    }
    return ''
  }
  return rows.flatMap((row: Record<string, unknown>) => {
    const startDay = day(row?.startDate ?? row?.startDay)
    return startDay ? [{ startDay, endDay: day(row.endDate ?? row.endDay) ?? null, reason: reasonOf(row.reason) }] : []
  })
}
