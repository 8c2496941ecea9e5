/**
 * Korea's public holidays, from the dataset @hyunbinseo/holidays-kr builds
 * from the official gazette (월력요항, published each year for the year
 * after next): solar and lunar holidays (설날, 추석), substitute holidays
 * and one-off ones (elections). Nothing is computed here from the lunar
 * calendar: a year the gazette has not covered yet is "not yet known".
 *
 * For such a year only what the law fixes on solar dates is certain (신정,
 * 3·1절, 어린이날 …); lunar holidays and substitute holidays are not, and the
 * domain says so (`holidayCoverage`) instead of pretending.
 */
import * as gazette from '@hyunbinseo/holidays-kr/all'

import { type Day, isDay, toDay } from './seoulDate'

export interface HolidayName {
  ko: string
  en: string
}

export interface PublicHoliday {
  day: Day
  /** the names as residents know them (신정, not the gazette's "1월 1일") */
  names: HolidayName[]
  /** 'gazette': published in the official gazette; 'statutory': a fixed-date holiday of a year the gazette does not cover yet */
  source: 'gazette' | 'statutory'
}

type GazetteYear = Readonly<Record<string, readonly string[]>>

const GAZETTE = new Map<Day, readonly string[]>()
for (const year of Object.values(gazette) as GazetteYear[]) {
  for (const [day, names] of Object.entries(year)) GAZETTE.set(day, names)
}

const years = [...GAZETTE.keys()].map((day) => Number(day.slice(0, 4)))
/** The first and last years the gazette dataset covers. */
export const GAZETTE_FIRST_YEAR = Math.min(...years)
export const GAZETTE_LAST_YEAR = Math.max(...years)
/** The last day whose holidays are known from the gazette: after it, lunar and substitute holidays are not known yet. */
export const HOLIDAYS_KNOWN_UNTIL: Day = toDay(GAZETTE_LAST_YEAR, 12, 31)

/**
 * Holidays the law fixes on a solar date (공휴일에 관한 법률, 관공서의 공휴일에
 * 관한 규정 제2조), as the latest gazette lists them. Used only for years the
 * gazette does not cover yet; a unit test checks each is in the latest year.
 */
export const FIXED_SOLAR_HOLIDAYS: ReadonlyArray<{ monthDay: string; gazetteName: string }> = [
  { monthDay: '01-01', gazetteName: '1월 1일' },
  { monthDay: '03-01', gazetteName: '3ㆍ1절' },
  { monthDay: '05-01', gazetteName: '노동절' },
  { monthDay: '05-05', gazetteName: '어린이날' },
  { monthDay: '06-06', gazetteName: '현충일' },
  { monthDay: '07-17', gazetteName: '제헌절' },
  { monthDay: '08-15', gazetteName: '광복절' },
  { monthDay: '10-03', gazetteName: '개천절' },
  { monthDay: '10-09', gazetteName: '한글날' },
  { monthDay: '12-25', gazetteName: '기독탄신일' },
]

/** The gazette's names → what residents read, in Korean and English. */
const COMMON_NAMES: Record<string, HolidayName> = {
  '1월 1일': { ko: '신정', en: "New Year's Day" },
  '설날 전날': { ko: '설날 연휴', en: 'Seollal (Lunar New Year) holiday' },
  설날: { ko: '설날', en: 'Seollal (Lunar New Year)' },
  '설날 다음 날': { ko: '설날 연휴', en: 'Seollal (Lunar New Year) holiday' },
  '3ㆍ1절': { ko: '3·1절', en: 'Independence Movement Day' },
  노동절: { ko: '노동절', en: 'Labour Day' },
  어린이날: { ko: '어린이날', en: "Children's Day" },
  '부처님 오신 날': { ko: '부처님 오신 날', en: "Buddha's Birthday" },
  현충일: { ko: '현충일', en: 'Memorial Day' },
  제헌절: { ko: '제헌절', en: 'Constitution Day' },
  광복절: { ko: '광복절', en: 'Liberation Day' },
  '추석 전날': { ko: '추석 연휴', en: 'Chuseok holiday' },
  추석: { ko: '추석', en: 'Chuseok' },
  '추석 다음 날': { ko: '추석 연휴', en: 'Chuseok holiday' },
  개천절: { ko: '개천절', en: 'National Foundation Day' },
  한글날: { ko: '한글날', en: 'Hangeul Day' },
  기독탄신일: { ko: '성탄절', en: 'Christmas Day' },
  임시공휴일: { ko: '임시공휴일', en: 'Special public holiday' },
}

const SUBSTITUTE = /^대체공휴일\((.+)\)$/

/** A gazette name as residents read it; an unknown one (a new holiday, an election) keeps its Korean name. */
export function commonName(gazetteName: string): HolidayName {
  const substitute = SUBSTITUTE.exec(gazetteName)
  if (substitute) {
    const of = commonName(substitute[1])
    return { ko: `대체공휴일(${of.ko})`, en: `Substitute holiday (${of.en})` }
  }
  const known = COMMON_NAMES[gazetteName]
  if (known) return known
  if (/선거/.test(gazetteName)) return { ko: gazetteName, en: `Election day (${gazetteName})` }
  return { ko: gazetteName.replace(/ㆍ/g, '·'), en: `Public holiday (${gazetteName})` }
}

/** Is this day's holiday list published in the gazette ('gazette'), or only its fixed solar holidays known by law ('statutory')? */
export function holidayCoverage(day: Day): 'gazette' | 'statutory' {
  const year = Number(day.slice(0, 4))
  return year >= GAZETTE_FIRST_YEAR && year <= GAZETTE_LAST_YEAR ? 'gazette' : 'statutory'
}

/** The public holiday on a Seoul day, or null when it is none (or none known yet: see holidayCoverage). */
export function publicHoliday(day: Day): PublicHoliday | null {
  if (!isDay(day)) throw new RangeError(`"${day}" is not a day in YYYY-MM-DD form`)
  if (holidayCoverage(day) === 'gazette') {
    const names = GAZETTE.get(day)
    return names ? { day, names: dedupe(names.map(commonName)), source: 'gazette' } : null
  }
  const fixed = FIXED_SOLAR_HOLIDAYS.find((holiday) => holiday.monthDay === day.slice(5))
  return fixed ? { day, names: [commonName(fixed.gazetteName)], source: 'statutory' } : null
}

/** The gazette's own names for a covered day (for checks against the dataset). */
export const gazetteNames = (day: Day): readonly string[] => GAZETTE.get(day) ?? []

const dedupe = (names: HolidayName[]) => names.filter((name, index) => names.findIndex((other) => other.ko === name.ko) === index)
