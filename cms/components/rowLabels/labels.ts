/**
 * Titles for array rows, so a collapsed row says what it holds: a course run
 * by its month, days, times and room, a session by its number and topic.
 * Pure, so the words are tested without a browser.
 */
import { roomKey, roomName } from '../../domain/rooms'
import { RUN_STATUSES, WEEKDAYS } from '../../fields/options'

type Language = 'ko' | 'en'
const lang = (language: string | undefined): Language => (language === 'en' ? 'en' : 'ko')

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export interface RunRow {
  termMonth?: unknown
  weekdays?: unknown
  startTime?: unknown
  endTime?: unknown
  room?: unknown
  status?: unknown
}

function monthText(value: unknown, language: Language): string | null {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null
  if (!match) return null
  const month = Number(match[2])
  if (month < 1 || month > 12) return null
  return language === 'en' ? `${ENGLISH_MONTHS[month - 1]} ${match[1]}` : `${match[1]}년 ${month}월`
}

function daysText(value: unknown, language: Language): string | null {
  if (!Array.isArray(value) || value.length === 0) return null
  const days = WEEKDAYS.filter((day) => value.includes(day.value)).map((day) => day.label[language])
  return days.length ? days.join(language === 'en' ? ', ' : '·') : null
}

function timesText(start: unknown, end: unknown): string | null {
  const time = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)
  const [from, to] = [time(start), time(end)]
  if (from && to) return `${from}–${to}`
  return from ?? to
}

const roomText = (value: unknown): string | null => {
  const room = value && typeof value === 'object' ? (value as Record<string, unknown>).ko : value
  return typeof room === 'string' && room.trim() ? room.trim() : null
}

/** A run's room by its name in the admin's language ("제3강의실", "Room 3"). */
const roomLabel = (value: unknown, language: Language): string | null => {
  const room = roomKey(value)
  return room ? roomName(room, language) : null
}

/** A status other than the usual one is worth seeing while the row is closed. */
const statusText = (value: unknown, language: Language): string | null =>
  value && value !== 'scheduled' ? (RUN_STATUSES.find((status) => status.value === value)?.label[language] ?? null) : null

/** "2027년 1월 · 화·목 · 14:00–16:00 · 3강의실"; an empty row says what to fill in. */
export function runRowLabel(run: RunRow | undefined, rowIndex: number | undefined, language?: string): string {
  const l = lang(language)
  const parts = [
    monthText(run?.termMonth, l),
    daysText(run?.weekdays, l),
    timesText(run?.startTime, run?.endTime),
    roomLabel(run?.room, l),
    statusText(run?.status, l),
  ].filter(Boolean)
  if (parts.length) return parts.join(' · ')
  const n = (rowIndex ?? 0) + 1
  return l === 'en' ? `Run ${n} (enter the term month first)` : `개설 일정 ${n} (수강 월부터 입력하세요)`
}

/** "1회차: 스마트폰 켜고 끄기". */
export function sessionRowLabel(session: { title?: unknown } | undefined, rowIndex: number | undefined, language?: string): string {
  const n = (rowIndex ?? 0) + 1
  const title = roomText(session?.title)
  if (lang(language) === 'en') return title ? `Session ${n}: ${title}` : `Session ${n}`
  return title ? `${n}회차: ${title}` : `${n}회차`
}

/** "2019–2024 · 스마트폰 강사": the row's own words, else "경력 2". */
export function joinedRowLabel(
  row: Record<string, unknown> | undefined,
  fields: string[],
  rowIndex: number | undefined,
  noun: { ko: string; en: string },
  language?: string,
): string {
  const parts = fields.map((field) => roomText(row?.[field])).filter(Boolean)
  return parts.length ? parts.join(' · ') : `${noun[lang(language)]} ${(rowIndex ?? 0) + 1}`
}
