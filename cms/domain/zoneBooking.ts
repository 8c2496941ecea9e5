/**
 * When an experience zone takes bookings: from 09:00 on its opening day
 * (the 22nd at the center) until the month ends, for the next month's
 * sessions. Shared by the zone pages and the reminders feed.
 */
import { addMonths, type Month, parseMonth, seoulInstant, seoulMonth, toDay } from './seoulDate'

/** Seoul time bookings open on the opening day. */
export const BOOKING_OPENS_AT = '09:00'

/** The instant bookings open in `month` (for the month after), on the zone's opening day. */
export function bookingOpens(opensDay: number, month: Month): Date {
  const { year, month: m } = parseMonth(month)
  return seoulInstant(toDay(year, m, opensDay), BOOKING_OPENS_AT)
}

export interface BookingWindow {
  /** this month's opening */
  opensAt: Date
  /** the end of this month, when this month's bookings close */
  closesAt: Date
  /** next month's opening, what a resident waits for once this month's window is over */
  nextOpensAt: Date
}

/** The booking window of the month `now` falls in (Asia/Seoul). */
export function bookingWindow(opensDay: number, now: Date): BookingWindow {
  const month = seoulMonth(now)
  const next = addMonths(month, 1)
  return { opensAt: bookingOpens(opensDay, month), closesAt: seoulInstant(`${next}-01`), nextOpensAt: bookingOpens(opensDay, next) }
}
