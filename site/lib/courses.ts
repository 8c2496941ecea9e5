/** Course and run rules the pages share: terms, times of day, registration windows. */
import { addMonths, seoulMonth } from '../../cms/domain/seoulDate'
import type { ClosedDays } from '../../cms/domain/closedDays'
import { type RegistrationWindow, registrationWindow } from '../../cms/domain/registrationWindow'
import type { Locale } from '../i18n'
import { localePath } from '../i18n'
import type { Entry, Run } from './loader/schemas'

export type Course = Entry<'courses'>
export type Settings = Entry<'settings'>

export { LEVEL_VALUES as LEVELS } from '../../cms/domain/courseTerms'
export const TIMES_OF_DAY = ['morning', 'afternoon'] as const
export type TimeOfDayName = (typeof TIMES_OF_DAY)[number]

/** Classes starting before noon are morning classes. */
export const timeOfDayOf = (run: Run): TimeOfDayName => (run.startTime < '12:00' ? 'morning' : 'afternoon')

export const nextMonth = (now = new Date()) => addMonths(seoulMonth(now), 1)

/** The months that have at least one run, in order. */
export function termMonths(courses: Course[]): string[] {
  return [...new Set(courses.flatMap((course) => course.runs.map((run) => run.termMonth)))].sort()
}

export function windowOf(run: Run, settings: Settings, closed: ClosedDays): RegistrationWindow {
  return registrationWindow(
    run.termMonth,
    settings.registrationRule,
    { opensOn: run.registrationOpensOn, closesOn: run.registrationClosesOn },
    closed,
  )
}

export const courseUrl = (locale: Locale, course: { slug: string }) => localePath(locale, `/courses/${course.slug}/`)
/**
 * A run's name in addresses: its month (2027-01), and 2027-01-2 for a second
 * run in the same month (a morning and an afternoon class).
 */
export function runKey(runs: Array<{ termMonth: string }>, index: number): string {
  const month = runs[index].termMonth
  const nth = runs.slice(0, index + 1).filter((run) => run.termMonth === month).length
  return nth === 1 ? month : `${month}-${nth}`
}

/** One run's class days as a calendar file, beside the course page: /courses/<slug>/2027-01.ics. */
export const runCalendarUrl = (locale: Locale, course: { slug: string; runs: Array<{ termMonth: string }> }, index: number) =>
  localePath(locale, `/courses/${course.slug}/${runKey(course.runs, index)}.ics`)
