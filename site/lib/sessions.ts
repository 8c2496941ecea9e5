/**
 * The class days of a run as residents see them: closed days (public holidays,
 * the center's closures) skipped and listed as 휴강, lost classes made up
 * after the end date when the run promises a count (cms/domain/classDays.ts).
 * The course page, the timetable, the .ics and the structured data all ask here.
 */
import { runSchedule, type RunSchedule } from '../../cms/domain/classDays'
import { type ClosedDays, closedDays } from '../../cms/domain/closedDays'
import type { Day } from '../../cms/domain/seoulDate'
import type { Run } from './loader/schemas'

type RunDates = Pick<Run, 'startDay' | 'endDay' | 'weekdays' | 'sessions'>

const HOLIDAYS_ONLY = closedDays()

export const scheduleOf = (run: RunDates, closed: ClosedDays = HOLIDAYS_ONLY): RunSchedule => runSchedule(run, closed)

/** The days classes are held, in order. */
export const sessionDays = (run: RunDates, closed: ClosedDays = HOLIDAYS_ONLY): Day[] => scheduleOf(run, closed).held.map((c) => c.day)
