/**
 * When residents may register for a term's classes. The center's rule:
 * registration for month M runs during the last week of month M-1, on the
 * district's own system. The rule's numbers live in site settings; a single
 * run may override its window (a special course, a holiday shift).
 * Pure functions, computed in Asia/Seoul, shared by the CMS and the site.
 */
import { type ClosedDays, type ClosedReason } from './closedDays'
import { addDays, addMonths, type Day, daysInMonth, isDay, type Month, parseMonth, seoulInstant, seoulMonth, type TimeOfDay, toDay } from './seoulDate'
import { windowState, type WindowState } from './windowState'

/**
 * What happens when the rule's first day is not an operating day (a public
 * holiday, a closure, or Sunday): staff choose it in the site settings.
 * - 'next': the window opens on the next operating day (it gets shorter);
 * - 'previous': on the operating day before (it gets longer);
 * - 'keep': on that day all the same (registration is online).
 * The closing day never moves: residents plan around "the last day of the month".
 */
export const CLOSED_DAY_SHIFTS = ['next', 'previous', 'keep'] as const
export type ClosedDayShift = (typeof CLOSED_DAY_SHIFTS)[number]

/** The longest window the rule allows: it must fit in the shortest month. */
export const MAX_WINDOW_DAYS = 28

export interface RegistrationRule {
  /** How many days at the end of the previous month the window lasts (7 = "the last week"), 1 to MAX_WINDOW_DAYS. */
  windowDays: number
  /** Seoul time the window opens on its first day. */
  opensAt: TimeOfDay
  /** Seoul time the window closes on its last day. */
  closesAt: TimeOfDay
  /** where the opening day goes when it falls on a closed day (default 'next') */
  closedDayShift?: ClosedDayShift | null
}

export const DEFAULT_REGISTRATION_RULE: RegistrationRule = { windowDays: 7, opensAt: '09:00', closesAt: '18:00', closedDayShift: 'next' }

/** A run's own window, replacing the rule's for that run. */
export interface RegistrationOverride {
  opensOn?: Day | null
  closesOn?: Day | null
}

export interface RegistrationWindow {
  /** The term month this window registers for. */
  term: Month
  opensOn: Day
  closesOn: Day
  opensAt: Date
  closesAt: Date
  /** set when the rule's first day was closed and the window moved: that day and why */
  movedFrom?: { day: Day; reasons: ClosedReason[] }
}

export type RegistrationState = WindowState

export function registrationWindow(
  term: Month,
  rule: RegistrationRule = DEFAULT_REGISTRATION_RULE,
  override?: RegistrationOverride | null,
  closed?: ClosedDays,
): RegistrationWindow {
  const previous = parseMonth(addMonths(term, -1))
  const lastDay = toDay(previous.year, previous.month, daysInMonth(previous.year, previous.month))
  // The admin refuses other values (checkWindowDays); this keeps older stored settings in range.
  const days = Math.max(1, Math.min(MAX_WINDOW_DAYS, Math.trunc(rule.windowDays)))
  const closesOn = override?.closesOn && isDay(override.closesOn) ? override.closesOn : lastDay
  let opensOn = override?.opensOn && isDay(override.opensOn) ? override.opensOn : addDays(lastDay, 1 - days)
  let movedFrom: RegistrationWindow['movedFrom']
  // A run's own opening day is what staff chose for it; only the rule's day moves.
  const shift = rule.closedDayShift ?? 'next'
  if (closed && !override?.opensOn && shift !== 'keep' && !closed.isOpenDay(opensOn)) {
    const moved = nearestOpenDay(opensOn, shift, closed, shift === 'next' ? closesOn : undefined)
    if (moved !== opensOn) {
      movedFrom = { day: opensOn, reasons: closed.reasonsFor(opensOn) }
      opensOn = moved
    }
  }
  return {
    term,
    opensOn,
    closesOn,
    opensAt: seoulInstant(opensOn, rule.opensAt),
    closesAt: seoulInstant(closesOn, rule.closesAt),
    ...(movedFrom ? { movedFrom } : {}),
  }
}

/** The nearest operating day after (or before) `day`; never past `limit`, where the day itself is kept. */
function nearestOpenDay(day: Day, direction: 'next' | 'previous', closed: ClosedDays, limit?: Day): Day {
  const step = direction === 'next' ? 1 : -1
  for (let candidate = addDays(day, step), n = 0; n < 31; candidate = addDays(candidate, step), n += 1) {
    if (limit && candidate > limit) return day
    if (closed.isOpenDay(candidate)) return candidate
  }
  return day
}

export function registrationState(window: RegistrationWindow, now: Date): RegistrationState {
  return windowState(now, window.closesAt, window.opensAt)
}

/**
 * The window the home page's banner shows at `now`: next month's, or, once
 * that has closed (the last hours of a month, after the closing time), the
 * month after's, so the banner never announces a window that is over.
 */
export function upcomingWindow(now: Date, rule: RegistrationRule = DEFAULT_REGISTRATION_RULE, closed?: ClosedDays): RegistrationWindow {
  const next = registrationWindow(addMonths(seoulMonth(now), 1), rule, null, closed)
  if (registrationState(next, now) !== 'closed') return next
  return registrationWindow(addMonths(next.term, 1), rule, null, closed)
}
