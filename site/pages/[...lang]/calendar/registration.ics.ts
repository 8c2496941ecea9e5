import type { APIRoute, GetStaticPaths } from 'astro'

import { localeOf, localeParams, localePath, useTranslations } from '../../../i18n'
import { siteData } from '../../../lib/data'
import { comingReminders, remindersCalendar } from '../../../lib/reminders'

/** The registration and booking reminders feed residents subscribe to: /calendar/registration.ics (Korean), /en/calendar/registration.ics. */
export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeOf(params.lang)
  const t = useTranslations(locale)
  const data = await siteData(locale)
  const reminders = comingReminders({
    now: new Date(),
    locale,
    settings: data.settings,
    courses: data.courses,
    zones: data.zones,
    closed: data.closed,
    pageUrl: (path) => new URL(localePath(locale, path), site).href,
  })
  const body = remindersCalendar(reminders, { locale, calendarName: t('reminders.calendarName', { center: data.settings.centerName }) })
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
