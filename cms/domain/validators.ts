/**
 * Pure checks on values staff type in. Each returns the key of the reason
 * it failed (looked up in cms/i18n/validationMessages.ts) or null when fine.
 */
import { MAX_WINDOW_DAYS } from './registrationWindow'
import { isDay, isMonth, isTimeOfDay, minutesOf } from './seoulDate'

export type Failure = string | null

/** Lower-case ASCII words joined by single hyphens: safe in any URL, readable when spoken. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 80

export function checkSlug(value: unknown): Failure {
  if (typeof value !== 'string' || value.length === 0) return 'required'
  if (value.length > SLUG_MAX_LENGTH) return 'slugTooLong'
  if (!SLUG_PATTERN.test(value)) return 'slugFormat'
  return null
}

/**
 * The site's own first address segments. A standing page lives at /<slug>/, so
 * its slug may not be one of these (a page "courses" would hide the course
 * finder). A unit test keeps the list in step with site/pages.
 */
export const SITE_SECTIONS = [
  'board', 'calendar', 'courses', 'fields', 'instructors', 'notices', 'open-calls', 'press', 'search', 'sitemap', 'timetable', 'zones',
  // files, pictures, the search index, the English site, the CMS
  'files', 'media', 'pagefind', 'en', 'admin', 'api', 'preview',
] as const

/** A standing page's slug: a slug, and none of the site's own sections. */
export function checkPageSlug(value: unknown): Failure {
  return checkSlug(value) ?? ((SITE_SECTIONS as readonly string[]).includes(value as string) ? 'slugReserved' : null)
}

/** Outward links (registration, application, reservation) must be absolute https URLs. */
export function checkHttpsUrl(value: unknown): Failure {
  if (typeof value !== 'string' || value.trim() === '') return 'required'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'httpsUrl'
  }
  if (url.protocol !== 'https:' || !url.hostname.includes('.') || url.username || url.password) return 'httpsUrl'
  return null
}

export const checkPositiveInteger = (value: unknown): Failure =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? null : 'positiveInteger'

/** The registration window's length in days: it must fit in the shortest month. */
export const checkWindowDays = (value: unknown): Failure =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_WINDOW_DAYS ? null : 'windowDays'

export const checkNonNegativeInteger = (value: unknown): Failure =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? null : 'nonNegativeInteger'

export const checkMonth = (value: unknown): Failure => (isMonth(value) ? null : 'monthFormat')

export const checkTimeOfDay = (value: unknown): Failure => (isTimeOfDay(value) ? null : 'timeFormat')

/** End time strictly after start time; only judged once both are well-formed. */
export function checkEndTimeAfterStart(start: unknown, end: unknown): Failure {
  if (!isTimeOfDay(end)) return 'timeFormat'
  if (!isTimeOfDay(start)) return null
  return minutesOf(end) > minutesOf(start) ? null : 'endTimeBeforeStart'
}

/** End day not before start day (the same day is fine: a one-day class). */
export function checkEndDayNotBeforeStart(start: unknown, end: unknown): Failure {
  if (!isDay(end)) return 'dateFormat'
  if (!isDay(start)) return null
  return end >= start ? null : 'endDateBeforeStart'
}

/** A menu link: a path on this site (/courses) or an outward https address. */
export function checkSiteLink(value: unknown): Failure {
  if (typeof value === 'string' && /^\/[a-z0-9\-/]*$/.test(value)) return null
  return checkHttpsUrl(value) ? 'siteLink' : null
}
