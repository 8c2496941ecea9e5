/** schema.org JSON-LD for course pages: a Course with one CourseInstance per scheduled run. */
import type { Locale } from '../i18n'
import type { Course, Settings } from './courses'
import { sessionDays } from './sessions'

export function courseJsonLd(
  course: Course,
  { url, locale, settings, instructors }: { url: string; locale: Locale; settings: Settings; instructors: string[] },
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
    hasCourseInstance: course.runs.map((run) => ({
      '@type': 'CourseInstance',
      courseMode: 'Onsite',
      startDate: `${run.startDay}T${run.startTime}:00+09:00`,
      endDate: `${run.endDay}T${run.endTime}:00+09:00`,
      eventStatus: run.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      location: { ...place, name: `${settings.centerName} ${run.room}` },
      maximumAttendeeCapacity: run.capacity,
      instructor: instructors.map((name) => ({ '@type': 'Person', name })),
      courseSchedule: {
        '@type': 'Schedule',
        repeatFrequency: 'P1W',
        byDay: run.weekdays.map((day) => `https://schema.org/${{ mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' }[day]}`),
        startTime: run.startTime,
        endTime: run.endTime,
        repeatCount: run.sessions ?? sessionDays(run).length,
        scheduleTimezone: 'Asia/Seoul',
      },
      offers: { '@type': 'Offer', url: run.registrationUrl, price: course.fee, priceCurrency: 'KRW' },
    })),
  }
  // </script> inside a string must not end the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
