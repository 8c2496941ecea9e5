/**
 * When residents may register for a term's classes. The center's rule:
 * registration for month M runs during the last week of month M-1, on the
 * district's own system. The rule's numbers live in site settings; a single
 * run may override its window (a special course, a holiday shift).
 * Pure functions, computed in Asia/Seoul, shared by the CMS and the site.
 */
import { addDays, addMonths, type Day, daysInMonth, isDay, type Month, parseMonth, seoulInstant, type TimeOfDay, toDay } from './seoulDate'

export interface RegistrationRule {
  /** How many days at the end of the previous month the window lasts (7 = "the last week"). */
  windowDays: number
  /** Seoul time the window opens on its first day. */
  opensAt: TimeOfDay
  /** Seoul time the window closes on its last day. */
  closesAt: TimeOfDay
}

export const DEFAULT_REGISTRATION_RULE: RegistrationRule = { windowDays: 7, opensAt: '09:00', closesAt: '18:00' }

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
}

export type RegistrationState = 'upcoming' | 'open' | 'closed'

export function registrationWindow(
  term: Month,
  rule: RegistrationRule = DEFAULT_REGISTRATION_RULE,
  override?: RegistrationOverride | null,
): RegistrationWindow {
  const previous = parseMonth(addMonths(term, -1))
  const lastDay = toDay(previous.year, previous.month, daysInMonth(previous.year, previous.month))
  const days = Math.max(1, Math.min(28, Math.trunc(rule.windowDays)))
  const opensOn = override?.opensOn && isDay(override.opensOn) ? override.opensOn : addDays(lastDay, 1 - days)
  const closesOn = override?.closesOn && isDay(override.closesOn) ? override.closesOn : lastDay
  return {
    term,
    opensOn,
    closesOn,
    opensAt: seoulInstant(opensOn, rule.opensAt),
    closesAt: seoulInstant(closesOn, rule.closesAt),
  }
}

export function registrationState(window: RegistrationWindow, now: Date): RegistrationState {
  if (now < window.opensAt) return 'upcoming'
  if (now < window.closesAt) return 'open'
  return 'closed'
}
