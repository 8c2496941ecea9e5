/**
 * The values a course's level and a run's weekdays take: a public contract
 * (REST, backups, filter addresses such as /courses/level/beginner/), written
 * once here and read by the CMS's options, the seed and loader schemas and
 * the site.
 */

/** Course levels, easiest first. */
export const LEVEL_VALUES = ['intro', 'beginner', 'intermediate', 'advanced'] as const
export type Level = (typeof LEVEL_VALUES)[number]

/** Weekdays, in the order a Korean week is read (월요일 first). */
export const WEEKDAY_VALUES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAY_VALUES)[number]

/** A weekday's number as JavaScript's Date.getDay() and getUTCDay() count it (Sunday 0). */
export const WEEKDAY_NUMBER: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 }
