import { formatDayTime } from '../../domain/koreanDate'

const SEOUL_PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** An instant as staff read it, in Seoul time: "2026년 12월 2일(수) 오후 2:39" (the site's own form). */
export function formatInstant(value: string | number | Date | null | undefined, language?: string): string {
  if (value === null || value === undefined || value === '') return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const parts = Object.fromEntries(SEOUL_PARTS.formatToParts(date).map((part) => [part.type, part.value]))
  return formatDayTime(`${parts.year}-${parts.month}-${parts.day}`, `${parts.hour}:${parts.minute}`, language === 'en' ? 'en' : 'ko')
}
