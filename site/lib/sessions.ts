/** The class days of a run: every matching weekday from start to end, up to its session count. */
import { addDays, type Day, weekdayIndex } from '../../cms/domain/seoulDate'
import type { Run } from './loader/schemas'

const INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 }

export function sessionDays(run: Pick<Run, 'startDay' | 'endDay' | 'weekdays' | 'sessions'>): Day[] {
  const wanted = new Set(run.weekdays.map((weekday) => INDEX[weekday]))
  const days: Day[] = []
  for (let day = run.startDay; day <= run.endDay; day = addDays(day, 1)) {
    if (wanted.has(weekdayIndex(day))) days.push(day)
    if (run.sessions && days.length >= run.sessions) break
  }
  return days
}
