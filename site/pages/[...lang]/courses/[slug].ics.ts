import type { APIRoute, GetStaticPaths } from 'astro'

import { langParam, localeOf, LOCALES } from '../../../i18n'
import { courseCalendar } from '../../../lib/calendar'
import { type Course, courseUrl } from '../../../lib/courses'
import { siteData } from '../../../lib/data'

export const getStaticPaths = (async () => {
  const paths = []
  for (const locale of LOCALES) {
    const { courses } = await siteData(locale)
    paths.push(...courses.map((course) => ({ params: { lang: langParam(locale), slug: course.slug }, props: { course } })))
  }
  return paths
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, props, site }) => {
  const locale = localeOf(params.lang)
  const { settings, closed } = await siteData(locale)
  const { course } = props as { course: Course }
  const body = courseCalendar(course, {
    url: new URL(courseUrl(locale, course), site).href,
    centerName: settings.centerName,
    address: settings.address,
    closed,
  })
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
