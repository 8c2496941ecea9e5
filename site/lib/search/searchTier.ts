/** Which courses search ranks first: the ones a resident can still join or attend. */
import { seoulDay } from '../../../cms/domain/seoulDate'
import type { Course } from '../courses'

/** Has the course a run, not cancelled, that ends today or later (Seoul time, at build time; the site is rebuilt daily)? */
export const hasRunToCome = (course: Pick<Course, 'runs'>, now = new Date()): boolean =>
  course.runs.some((run) => run.status !== 'cancelled' && run.endDay >= seoulDay(now))
