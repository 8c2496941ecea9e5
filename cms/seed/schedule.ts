/**
 * Turns a content run ("next month, Tue & Thu, 8 sessions") into real dates,
 * so the demo always shows this month's classes under way and the coming
 * three months, whatever day it is seeded. Class days skip closed days
 * (public holidays, the demo's closures): the end date is the day the last
 * session is really held, so a demo run never needs a make-up class.
 */
import { type ClosedDays, closedDays } from '../domain/closedDays'
import { type Weekday, WEEKDAY_NUMBER } from '../domain/courseTerms'
import { addDays, addMonths, type Day, type Month, seoulDay, seoulMonth, toDay, weekdayIndex } from '../domain/seoulDate'


export interface RunDates {
  termMonth: Month
  startDay: Day
  endDay: Day
}

export interface RelativeRun {
  termOffset: number
  startWeek: number
  startedWeeksAgo?: number
  weekdays: string[]
  sessions: number
}

/** Where a run's first class would fall before closed days are skipped. */
function firstCandidate(now: Date, run: RelativeRun, termMonth: Month): Day {
  const [year, month] = termMonth.split('-').map(Number)
  const firstOfMonth = toDay(year, month, 1)
  if (run.termOffset === 0) {
    // Under way on the seed day: started a few weeks ago, but within this month (its term).
    const weeksAgo = addDays(seoulDay(now), -7 * (run.startedWeeksAgo ?? 1))
    return weeksAgo > firstOfMonth ? weeksAgo : firstOfMonth
  }
  return toDay(year, month, 1 + (run.startWeek - 1) * 7)
}

export function runDates(now: Date, run: RelativeRun, closed: ClosedDays = closedDays()): RunDates {
  const termMonth = addMonths(seoulMonth(now), run.termOffset)
  const days = new Set(run.weekdays.map((weekday) => WEEKDAY_NUMBER[weekday as Weekday]))
  const isClassDay = (day: Day) => days.has(weekdayIndex(day)) && !closed.isClosed(day)
  let day = firstCandidate(now, run, termMonth)
  // The first class stays in its term month (the CMS requires it): a closed first week moves it later, never out.
  while (!isClassDay(day)) day = addDays(day, 1)
  const startDay = day
  let endDay = day
  for (let held = 1; held < run.sessions; ) {
    day = addDays(day, 1)
    if (isClassDay(day)) {
      held += 1
      endDay = day
    }
  }
  return { termMonth, startDay, endDay }
}

/** A demo closure's days: the `weekday` of the week `inWeeks` weeks after the seed day's week (weeks start on Monday). */
export function closureDates(now: Date, closure: { inWeeks: number; weekday: string; days: number }): { startDay: Day; endDay: Day } {
  const today = seoulDay(now)
  const monday = addDays(today, -((weekdayIndex(today) + 6) % 7))
  const startDay = addDays(monday, 7 * closure.inWeeks + ((WEEKDAY_NUMBER[closure.weekday as Weekday] + 6) % 7))
  return { startDay, endDay: addDays(startDay, closure.days - 1) }
}

/** Payload stores dates as instants: a Seoul day is its Seoul midnight. */
export const seoulMidnightIso = (day: Day) => new Date(`${day}T00:00:00+09:00`).toISOString()
