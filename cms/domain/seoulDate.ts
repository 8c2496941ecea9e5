/**
 * Calendar arithmetic in Asia/Seoul. Every date the center publishes is a
 * Seoul calendar day, whatever the server's or the reader's time zone.
 * A "day" is a plain `YYYY-MM-DD` string so it can cross the CMS/site
 * boundary without time-zone surprises.
 */
import { TZDate } from '@date-fns/tz'

export const SEOUL = 'Asia/Seoul'

/** A Seoul calendar day, `YYYY-MM-DD`. */
export type Day = string
/** A month, `YYYY-MM`. */
export type Month = string
/** A wall-clock time, `HH:MM` (24-hour). */
export type TimeOfDay = string

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH = /^(\d{4})-(\d{2})$/
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

export const isMonth = (value: unknown): value is Month =>
  typeof value === 'string' && MONTH.test(value) && Number(value.slice(5, 7)) >= 1 && Number(value.slice(5, 7)) <= 12

export const isTimeOfDay = (value: unknown): value is TimeOfDay => typeof value === 'string' && TIME.test(value)

export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string') return false
  const match = DAY.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number)
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST games.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

export const toDay = (year: number, month: number, day: number): Day => `${pad(year, 4)}-${pad(month)}-${pad(day)}`

export function parseMonth(month: Month): { year: number; month: number } {
  if (!isMonth(month)) throw new RangeError(`"${month}" is not a month in YYYY-MM form`)
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) }
}

/** The month `offset` months after `month` (negative goes back). */
export function addMonths(month: Month, offset: number): Month {
  const { year, month: m } = parseMonth(month)
  const index = year * 12 + (m - 1) + offset
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`
}

/** The Seoul calendar day of an instant (a Date, or an ISO string as Payload stores dates). */
export function seoulDay(instant: Date | string): Day {
  const date = new TZDate(typeof instant === 'string' ? new Date(instant).getTime() : instant.getTime(), SEOUL)
  if (Number.isNaN(date.getTime())) throw new RangeError(`"${String(instant)}" is not a date`)
  return toDay(date.getFullYear(), date.getMonth() + 1, date.getDate())
}

export const seoulMonth = (instant: Date | string): Month => seoulDay(instant).slice(0, 7)

/** The instant at which a Seoul wall-clock time happens on a Seoul day. */
export function seoulInstant(day: Day, time: TimeOfDay = '00:00'): Date {
  if (!isDay(day)) throw new RangeError(`"${day}" is not a day in YYYY-MM-DD form`)
  if (!isTimeOfDay(time)) throw new RangeError(`"${time}" is not a time in HH:MM form`)
  const [y, m, d] = day.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  return new Date(new TZDate(y, m - 1, d, hh, mm, SEOUL).getTime())
}


export function addDays(day: Day, offset: number): Day {
  const [y, m, d] = day.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d + offset))
  return toDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** 0 = Sunday … 6 = Saturday, for a calendar day (time-zone free). */
export function weekdayIndex(day: Day): number {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/** Minutes since midnight, for comparing HH:MM times. */
export function minutesOf(time: TimeOfDay): number {
  const [hh, mm] = time.split(':').map(Number)
  return hh * 60 + mm
}
