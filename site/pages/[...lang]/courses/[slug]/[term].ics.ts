import type { APIRoute, GetStaticPaths } from 'astro'

import { langParam, localeOf, LOCALES, useTranslations } from '../../../../i18n'
import { runCalendar } from '../../../../lib/calendar'
import { type Course, courseUrl, runKey } from '../../../../lib/courses'
import { siteData } from '../../../../lib/data'
import { formatMonth } from '../../../../lib/format'
import type { Run } from '../../../../lib/loader/schemas'

/** One calendar file per run that is held: /courses/<slug>/<term month>.ics (see runKey). */
export const getStaticPaths = (async () => {
  const paths: Array<{ params: { lang: string | undefined; slug: string; term: string }; props: { course: Course; run: Run } }> = []
  for (const locale of LOCALES) {
    const { courses } = await siteData(locale)
    for (const course of courses) {
      course.runs.forEach((run, index) => {
        if (run.status !== 'cancelled') paths.push({ params: { lang: langParam(locale), slug: course.slug, term: runKey(course.runs, index) }, props: { course, run } })
      })
    }
  }
  return paths
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, props, site }) => {
  const locale = localeOf(params.lang)
  const t = useTranslations(locale)
  const { settings, closed } = await siteData(locale)
  const { course, run } = props as { course: Course; run: Run }
  const body = runCalendar(course, run, {
    url: new URL(courseUrl(locale, course), site).href,
    centerName: settings.centerName,
    address: settings.address,
    closed,
    locale,
    name: `${course.title} ${t('course.run', { term: formatMonth(run.termMonth, locale) })}`,
  })
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
