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
export const calendarUrl = (locale: Locale, course: { slug: string }) => localePath(locale, `/courses/${course.slug}.ics`)
