/**
 * Dates shown to readers: full Korean form, "2026년 12월 1일(화)", the way
 * district notices write them, and an English form for /en/.
 */
import { type Day, isDay, weekdayIndex } from './seoulDate'

const KOREAN_WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'] as const
const ENGLISH_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

export type Locale = 'ko' | 'en'

export function formatDay(day: Day, locale: Locale = 'ko'): string {
  if (!isDay(day)) throw new RangeError(`"${day}" is not a day in YYYY-MM-DD form`)
  const [y, m, d] = day.split('-').map(Number)
  const weekday = weekdayIndex(day)
  if (locale === 'en') return `${ENGLISH_WEEKDAYS[weekday]}, ${d} ${ENGLISH_MONTHS[m - 1]} ${y}`
  return `${y}년 ${m}월 ${d}일(${KOREAN_WEEKDAYS[weekday]})`
}

/** "2026년 12월 1일(화) 오전 9:00" — Korean readers expect 오전/오후, not 24-hour time. */
export function formatDayTime(day: Day, time: string, locale: Locale = 'ko'): string {
  return `${formatDay(day, locale)} ${formatTime(time, locale)}`
}

export function formatTime(time: string, locale: Locale = 'ko'): string {
  const [hh, mm] = time.split(':').map(Number)
  const hour12 = hh % 12 === 0 ? 12 : hh % 12
  const minutes = String(mm).padStart(2, '0')
  if (locale === 'en') return `${hour12}:${minutes} ${hh < 12 ? 'am' : 'pm'}`
  return `${hh < 12 ? '오전' : '오후'} ${hour12}:${minutes}`
}

export function formatMonth(month: string, locale: Locale = 'ko'): string {
  const [y, m] = month.split('-').map(Number)
  return locale === 'en' ? `${ENGLISH_MONTHS[m - 1]} ${y}` : `${y}년 ${m}월`
}
