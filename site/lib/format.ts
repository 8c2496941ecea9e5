/** How values read on the page, per locale. */
import { WEEKDAY_VALUES } from '../../cms/domain/courseTerms'
import { formatDay, formatMonth, formatTime } from '../../cms/domain/koreanDate'
import { seoulDay } from '../../cms/domain/seoulDate'
import type { Locale, Translate } from '../i18n'

export { formatDay, formatMonth, formatTime }

export const formatInstant = (iso: string, locale: Locale) => formatDay(seoulDay(iso), locale)

export function formatDayTimeOfInstant(iso: string, locale: Locale) {
  const date = new Date(iso)
  const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date)
  return `${formatDay(seoulDay(date), locale)} ${formatTime(hhmm, locale)}`
}

export const formatTimeRange = (start: string, end: string, locale: Locale) => `${formatTime(start, locale)}–${formatTime(end, locale)}`

export const WEEKDAY_ORDER = WEEKDAY_VALUES

export function formatWeekdays(days: string[], t: Translate) {
  return WEEKDAY_ORDER.filter((day) => days.includes(day))
    .map((day) => t(`weekday.${day}`))
    .join(', ')
}

export function formatFee(fee: number, t: Translate, locale: Locale) {
  return fee === 0 ? t('course.free') : t('course.feeValue', { amount: fee.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US') })
}

/** "1.2MB", "340KB": file sizes the way Korean sites print them. */
export function formatFileSize(bytes: number) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)}MB`
  return `${Math.max(1, Math.round(bytes / 1024))}KB`
}

const FILE_TYPES: Record<string, string> = { pdf: 'PDF', hwp: 'HWP', hwpx: 'HWPX', docx: 'Word', xlsx: 'Excel', pptx: 'PowerPoint' }

export const fileTypeLabel = (filename: string) => FILE_TYPES[filename.split('.').pop()?.toLowerCase() ?? ''] ?? 'File'
