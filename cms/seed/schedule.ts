/**
 * Turns a content run ("next month, Tue & Thu, 8 sessions") into real dates,
 * so the demo always shows the coming three months whatever day it is seeded.
 */
import { addDays, addMonths, type Day, type Month, seoulMonth, toDay, weekdayIndex } from '../domain/seoulDate'

const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 }

export interface RunDates {
  termMonth: Month
  startDay: Day
  endDay: Day
}

export function runDates(
  now: Date,
  run: { termOffset: number; startWeek: number; weekdays: string[]; sessions: number },
): RunDates {
  const termMonth = addMonths(seoulMonth(now), run.termOffset)
  const [year, month] = termMonth.split('-').map(Number)
  const days = new Set(run.weekdays.map((weekday) => WEEKDAY_INDEX[weekday]))
  let day = toDay(year, month, 1 + (run.startWeek - 1) * 7)
  while (!days.has(weekdayIndex(day))) day = addDays(day, 1)
  const startDay = day
  let endDay = day
  for (let held = 1; held < run.sessions; ) {
    day = addDays(day, 1)
    if (days.has(weekdayIndex(day))) {
      held += 1
      endDay = day
    }
  }
  return { termMonth, startDay, endDay }
}

/** Payload stores dates as instants: a Seoul day is its Seoul midnight. */
export const seoulMidnightIso = (day: Day) => new Date(`${day}T00:00:00+09:00`).toISOString()
