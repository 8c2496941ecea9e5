/**
 * schema.org JSON-LD: a Course with one CourseInstance per scheduled run for
 * course pages, and a NewsArticle for notices and press releases.
 */
import { roomName } from '../../cms/domain/rooms'
import type { ClosedDays } from '../../cms/domain/closedDays'
import type { Locale } from '../i18n'
import type { Course, Settings } from './courses'
import type { Media } from './images'
import type { Entry } from './loader/schemas'
import { scheduleOf } from './sessions'
import { LOGO_SIZE, logoPath, SHARE_HEIGHT, SHARE_WIDTH, shareImagePath } from './shareImage'

// </script> inside a string must not end the script element.
const asScript = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c')

export function courseJsonLd(
  course: Course,
  { url, locale, settings, instructors, closed }: { url: string; locale: Locale; settings: Settings; instructors: string[]; closed: ClosedDays },
): string {
  const place = { '@type': 'Place', name: settings.centerName, address: settings.address }
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: course.title,
    description: course.summary,
    url,
    inLanguage: locale,
    educationalLevel: course.level,
    provider: { '@type': 'GovernmentOrganization', name: settings.centerName, telephone: settings.phone },
    offers: { '@type': 'Offer', price: course.fee, priceCurrency: 'KRW', category: course.fee === 0 ? 'Free' : 'Paid' },
    hasCourseInstance: course.runs.map((run) => {
      // Closed days skipped, lost classes made up: the classes really held.
      const schedule = scheduleOf(run, closed)
      return {
      '@type': 'CourseInstance',
      courseMode: 'Onsite',
      startDate: `${schedule.firstDay ?? run.startDay}T${run.startTime}:00+09:00`,
      endDate: `${schedule.lastDay ?? run.endDay}T${run.endTime}:00+09:00`,
      eventStatus: run.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      location: { ...place, name: `${settings.centerName} ${roomName(run.room, locale)}` },
      maximumAttendeeCapacity: run.capacity,
      instructor: instructors.map((name) => ({ '@type': 'Person', name })),
      courseSchedule: {
        '@type': 'Schedule',
        repeatFrequency: 'P1W',
        byDay: run.weekdays.map((day) => `https://schema.org/${{ mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' }[day]}`),
        startTime: run.startTime,
        endTime: run.endTime,
        repeatCount: schedule.held.length,
        scheduleTimezone: 'Asia/Seoul',
        ...(schedule.skipped.length ? { exceptDate: schedule.skipped.map((c) => c.day) } : {}),
      },
      offers: { '@type': 'Offer', url: run.registrationUrl, price: course.fee, priceCurrency: 'KRW' },
      }
    }),
  }
  return asScript(data)
}

/** An instant as Seoul wall-clock time with its offset, 2026-10-23T09:00:00+09:00 (Seoul keeps no summer time). */
export function seoulDateTime(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 9 * 60 * 60 * 1000)
  return `${shifted.toISOString().slice(0, 19)}+09:00`
}

/**
 * A notice or press release as a NewsArticle: headline, dates in Seoul time, the center as author
 * and publisher (with its logo, under the district office), pictures at a size search engines and
 * messengers take, and the page it is the main entity of.
 */
export function newsArticleJsonLd(
  notice: Entry<'notices'>,
  {
    url,
    site,
    locale,
    settings,
    section,
    images,
    district,
  }: { url: string; site: URL; locale: Locale; settings: Settings; section: string; images: Media[]; district: string },
): string {
  const absolute = (path: string) => new URL(path, site).href
  const home = absolute(locale === 'ko' ? '/' : '/en/')
  const center = { '@type': 'GovernmentOrganization', name: settings.centerName, url: home }
  const modified = notice.modifiedAt && notice.modifiedAt > notice.publishedAt ? notice.modifiedAt : notice.publishedAt
  const pictures = images.length > 0 ? images : [undefined]
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: notice.title,
    description: notice.summary,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: locale,
    articleSection: section,
    datePublished: seoulDateTime(notice.publishedAt),
    dateModified: seoulDateTime(modified),
    image: pictures.map((media) => ({ '@type': 'ImageObject', url: absolute(shareImagePath(media)), width: SHARE_WIDTH, height: SHARE_HEIGHT })),
    author: [center],
    publisher: {
      ...center,
      logo: { '@type': 'ImageObject', url: absolute(logoPath()), width: LOGO_SIZE, height: LOGO_SIZE },
      telephone: settings.phone,
      ...(settings.links.districtOffice && { parentOrganization: { '@type': 'GovernmentOrganization', name: district, url: settings.links.districtOffice } }),
    },
  }
  return asScript(data)
}
