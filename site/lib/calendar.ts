/**
 * A course's classes as an iCalendar file (the `ics` library): one event per
 * class day actually held, at the Seoul times, so any phone or computer
 * calendar can take it. Closed days (public holidays, closures) are not in
 * it; classes made up after the end date are (cms/domain/classDays.ts), so
 * it agrees with the course page and the timetable.
 */
import { createEvents, type EventAttributes } from 'ics'

import type { ClosedDays } from '../../cms/domain/closedDays'
import { seoulInstant } from '../../cms/domain/seoulDate'
import type { Course } from './courses'
import { sessionDays } from './sessions'

export function courseCalendar(course: Course, options: { url: string; centerName: string; address: string; closed: ClosedDays }): string {
  const events: EventAttributes[] = course.runs
    .filter((run) => run.status !== 'cancelled')
    .flatMap((run) => {
      const days = sessionDays(run, options.closed)
      return days.map((day, index) => ({
        uid: `${course.slug}-${run.termMonth}-${day}@seocho-it-center`,
        title: `${course.title} (${index + 1}/${days.length})`,
        start: seoulInstant(day, run.startTime).getTime(),
        end: seoulInstant(day, run.endTime).getTime(),
        startInputType: 'utc' as const,
        startOutputType: 'utc' as const,
        endInputType: 'utc' as const,
        endOutputType: 'utc' as const,
        location: `${options.centerName} ${run.room}, ${options.address}`,
        description: course.summary,
        url: options.url,
        productId: 'seocho-it-center/site',
        calName: course.title,
      }))
    })
  const { error, value } = createEvents(events)
  if (error || !value) throw new Error(`calendar for ${course.slug}: ${error?.message ?? 'no output'}`)
  return value
}
