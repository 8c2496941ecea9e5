/**
 * One run's classes as an iCalendar file (the `ics` library): one event per
 * class day actually held, at the Seoul times, so any phone or computer
 * calendar can take it. Closed days (public holidays, closures) are not in
 * it; classes made up after the end date are (cms/domain/classDays.ts), so
 * it agrees with the course page and the timetable.
 */
import { createEvents, type EventAttributes } from 'ics'

import type { ClosedDays } from '../../cms/domain/closedDays'
import { roomName } from '../../cms/domain/rooms'
import { seoulInstant } from '../../cms/domain/seoulDate'
import type { Course } from './courses'
import type { Run } from './loader/schemas'
import { sessionDays } from './sessions'

/** The classes of one run (one month), each numbered within it: what a resident registered for that month attends. */
export function runCalendar(course: Course, run: Run, options: { url: string; centerName: string; address: string; closed: ClosedDays; name: string; locale: 'ko' | 'en' }): string {
  const days = run.status === 'cancelled' ? [] : sessionDays(run, options.closed)
  const events: EventAttributes[] = days.map((day, index) => ({
    uid: `${course.slug}-${run.termMonth}-${day}@seocho-it-center`,
    title: `${course.title} (${index + 1}/${days.length})`,
    start: seoulInstant(day, run.startTime).getTime(),
    end: seoulInstant(day, run.endTime).getTime(),
    startInputType: 'utc' as const,
    startOutputType: 'utc' as const,
    endInputType: 'utc' as const,
    endOutputType: 'utc' as const,
    location: `${options.centerName} ${roomName(run.room, options.locale)}, ${options.address}`,
    description: course.summary,
    url: options.url,
    productId: 'seocho-it-center/site',
    calName: options.name,
  }))
  const { error, value } = createEvents(events)
  if (error || !value) throw new Error(`calendar for ${course.slug} ${run.termMonth}: ${error?.message ?? 'no output'}`)
  return value
}
