/**
 * The one calendar residents subscribe to so they never miss a window: every
 * coming registration window (the monthly rule, closed days respected, and
 * any run with its own window) and every experience-zone booking opening,
 * each with an alarm the day before and one at opening time. Built with the
 * site, so it changes when the content or the closures do; calendar apps
 * fetch it again by themselves (REFRESH-INTERVAL, X-PUBLISHED-TTL: a day).
 */
import { createEvents, type EventAttributes } from 'ics'

import type { ClosedDays } from '../../cms/domain/closedDays'
import { registrationWindow } from '../../cms/domain/registrationWindow'
import { addMonths, seoulMonth } from '../../cms/domain/seoulDate'
import { bookingOpens } from '../../cms/domain/zoneBooking'
import { type Locale, useTranslations } from '../i18n'
import { type Course, type Settings, windowOf } from './courses'
import { formatDayTimeOfInstant, formatMonth } from './format'
import type { Entry } from './loader/schemas'

/** How far ahead the feed looks: windows and openings of the next six months. */
export const REMINDER_MONTHS = 6
const BOOKING_EVENT_MINUTES = 60

export interface Reminder {
  uid: string
  kind: 'registration' | 'course-registration' | 'zone-booking'
  title: string
  description: string
  start: Date
  end: Date
  url: string
}

interface Sources {
  now: Date
  locale: Locale
  settings: Settings
  courses: Course[]
  zones: Entry<'zones'>[]
  closed: ClosedDays
  /** absolute addresses of pages, for the events' links */
  pageUrl: (path: string) => string
}

export function comingReminders({ now, locale, settings, courses, zones, closed, pageUrl }: Sources): Reminder[] {
  const t = useTranslations(locale)
  const when = (date: Date) => formatDayTimeOfInstant(date.toISOString(), locale)
  const thisMonth = seoulMonth(now)
  const reminders: Reminder[] = []

  for (let offset = 1; offset <= REMINDER_MONTHS; offset += 1) {
    const term = addMonths(thisMonth, offset)
    const window = registrationWindow(term, settings.registrationRule, null, closed)
    reminders.push({
      uid: `registration-${term}@seocho-it-center`,
      kind: 'registration',
      title: t('reminders.windowTitle', { term: formatMonth(term, locale) }),
      description: t('reminders.windowDescription', { term: formatMonth(term, locale), opens: when(window.opensAt), closes: when(window.closesAt) }),
      start: window.opensAt,
      end: window.closesAt,
      url: settings.links.registrationSystem,
    })
  }

  // A run with its own window (a special course) gets its own event.
  for (const course of courses) {
    for (const run of course.runs) {
      if (run.status !== 'scheduled' || (!run.registrationOpensOn && !run.registrationClosesOn)) continue
      const window = windowOf(run, settings, closed)
      reminders.push({
        uid: `registration-${course.slug}-${run.termMonth}@seocho-it-center`,
        kind: 'course-registration',
        title: t('reminders.courseTitle', { course: course.title, term: formatMonth(run.termMonth, locale) }),
        description: t('reminders.windowDescription', { term: formatMonth(run.termMonth, locale), opens: when(window.opensAt), closes: when(window.closesAt) }),
        start: window.opensAt,
        end: window.closesAt,
        url: run.registrationUrl,
      })
    }
  }

  for (const zone of zones) {
    for (let offset = 0; offset < REMINDER_MONTHS; offset += 1) {
      const month = addMonths(thisMonth, offset)
      const opens = bookingOpens(zone.bookingOpensDay, month)
      const forMonth = formatMonth(addMonths(month, 1), locale)
      reminders.push({
        uid: `zone-${zone.slug}-${month}@seocho-it-center`,
        kind: 'zone-booking',
        title: t('reminders.zoneTitle', { zone: zone.name, month: forMonth }),
        description: t('reminders.zoneDescription', { zone: zone.name, month: forMonth, opens: when(opens), page: pageUrl(`/zones/${zone.slug}/`) }),
        start: opens,
        end: new Date(opens.getTime() + BOOKING_EVENT_MINUTES * 60_000),
        url: zone.reservationUrl,
      })
    }
  }

  // Coming ones only: a window still open stays until it closes.
  return reminders.filter((reminder) => reminder.end > now).sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid))
}

/**
 * A link as calendars take it: spaces and the like percent-encoded (`new URL`), so an odd but
 * accepted https address (a space in its path) cannot break the feed, and with it the whole build;
 * nothing when it is no address at all.
 */
function calendarUrl(url: string): string | undefined {
  try {
    return new URL(url).href
  } catch {
    return undefined
  }
}

/** The reminders as an iCalendar feed, two alarms on each event. */
export function remindersCalendar(reminders: Reminder[], { locale, calendarName }: { locale: Locale; calendarName: string }): string {
  const t = useTranslations(locale)
  const events: EventAttributes[] = reminders.map((reminder) => ({
    uid: reminder.uid,
    title: reminder.title,
    description: reminder.description,
    url: calendarUrl(reminder.url),
    start: reminder.start.getTime(),
    end: reminder.end.getTime(),
    startInputType: 'utc' as const,
    startOutputType: 'utc' as const,
    endInputType: 'utc' as const,
    endOutputType: 'utc' as const,
    productId: 'seocho-it-center/site',
    calName: calendarName,
    alarms: [
      // 24 hours before (written -PT24H: the library spells a whole day "-P1DT", which clients refuse).
      { action: 'display' as const, description: t('reminders.alarmDayBefore', { what: reminder.title }), trigger: { before: true, hours: 24 } },
      // At opening time, as an absolute instant (a zero offset would be written as the invalid "PT").
      { action: 'display' as const, description: t('reminders.alarmNow', { what: reminder.title }), trigger: reminder.start.getTime() },
    ],
  }))
  const { error, value } = createEvents(events, { calName: calendarName, method: 'PUBLISH', productId: 'seocho-it-center/site' })
  if (error || !value) throw new Error(`registration reminders calendar: ${error?.message ?? 'no output'}`)
  // Ask calendar apps to fetch it again once a day (RFC 7986, and the older Microsoft/Apple header).
  return value
    .replace(/X-PUBLISHED-TTL:[^\r\n]*\r\n/, '')
    .replace(/(X-WR-CALNAME:[^\r\n]*\r\n)/, `$1REFRESH-INTERVAL;VALUE=DURATION:P1D\r\nX-PUBLISHED-TTL:P1D\r\nX-WR-TIMEZONE:Asia/Seoul\r\n`)
}
