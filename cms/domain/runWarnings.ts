/**
 * What the admin tells staff about a run's dates and closed days: classes
 * that will be 휴강 and why, a last class pushed past the end date by
 * make-ups, a count that cannot be reached, a year whose lunar and
 * substitute holidays are not published yet, and a run's own registration
 * day on a closed day. Warnings, not errors: the run may still be saved.
 */
import { runSchedule, type RunDays } from './classDays'
import { type ClosedDays, describeReasons, HOLIDAYS_KNOWN_UNTIL, holidaysKnownOn } from './closedDays'
import { formatDay, type Locale } from './koreanDate'
import { type Day, isDay } from './seoulDate'

export interface RunForWarnings extends Partial<RunDays> {
  registrationOpensOn?: Day | null
}

export type RunWarningKind = 'skipped' | 'pushedPastEnd' | 'missing' | 'holidaysUnknown' | 'registrationOnClosedDay'

export interface RunWarning {
  kind: RunWarningKind
  message: string
}

const text = {
  ko: {
    skipped: (list: string) => `휴강하는 날: ${list}. 사이트에는 이날이 "휴강"과 이유로 보입니다.`,
    pushedPastEnd: (n: number, end: string, last: string) =>
      `총 ${n}회를 채우려면 빠진 수업을 보강해야 해서, 마지막 수업이 종료일(${end}) 뒤인 ${last}로 밀립니다. 주민에게는 ${last}까지로 보입니다. 종료일을 고치거나 총 회차를 줄이세요.`,
    missing: (n: number, held: number) => `기간 안의 수업 날이 모자라 총 ${n}회 중 ${held}회만 열립니다. 종료일을 늦추거나 총 회차를 줄이세요.`,
    holidaysUnknown: (years: string, until: string) =>
      `${years}년 공휴일은 아직 월력요항이 발표되지 않아 설날·추석·대체공휴일이 반영되지 않았습니다(반영된 공휴일: ${until}까지). 발표되면 이 일정을 다시 확인하세요.`,
    registrationOnClosedDay: (day: string, why: string) => `접수 시작일 ${day}은 휴관일(${why})입니다. 직접 정한 날이라 옮기지 않습니다.`,
    sunday: '일요일',
  },
  en: {
    skipped: (list: string) => `No class on: ${list}. Residents see these days as cancelled.`,
    pushedPastEnd: (n: number, end: string, last: string) =>
      `To hold all ${n} sessions, missed classes are made up after the end date (${end}): the last class is ${last}, and residents see that date. Change the end date or the number of sessions.`,
    missing: (n: number, held: number) => `There are not enough class days between the dates: only ${held} of ${n} sessions can be held. Move the end date or lower the number of sessions.`,
    holidaysUnknown: (years: string, until: string) =>
      `Public holidays of ${years} are not published in the gazette yet: Seollal, Chuseok and substitute holidays are not taken into account (known until ${until}). Check this run again once they are.`,
    registrationOnClosedDay: (day: string, why: string) => `The registration opening day ${day} is a closed day (${why}). It was set for this run, so it does not move.`,
    sunday: 'Sunday',
  },
}

export function runWarnings(run: RunForWarnings, closed: ClosedDays, locale: Locale = 'ko'): RunWarning[] {
  const t = text[locale]
  const warnings: RunWarning[] = []
  const { startDay, endDay, weekdays } = run
  if (isDay(startDay) && isDay(endDay) && endDay >= startDay && weekdays?.length) {
    const schedule = runSchedule({ startDay, endDay, weekdays, sessions: run.sessions }, closed)
    if (schedule.skipped.length) {
      const list = schedule.skipped.map((c) => `${formatDay(c.day, locale)} ${describeReasons(c.reasons, locale)}`).join(', ')
      warnings.push({ kind: 'skipped', message: t.skipped(list) })
    }
    if (schedule.lastDay && schedule.lastDay > endDay && run.sessions) {
      warnings.push({ kind: 'pushedPastEnd', message: t.pushedPastEnd(run.sessions, formatDay(endDay, locale), formatDay(schedule.lastDay, locale)) })
    }
    if (schedule.missing > 0 && run.sessions) warnings.push({ kind: 'missing', message: t.missing(run.sessions, schedule.held.length) })
    const lastDay = schedule.lastDay && schedule.lastDay > endDay ? schedule.lastDay : endDay
    const unknownYears = [...new Set([startDay, lastDay].filter((day) => !holidaysKnownOn(day)).map((day) => day.slice(0, 4)))]
    if (unknownYears.length) warnings.push({ kind: 'holidaysUnknown', message: t.holidaysUnknown(unknownYears.join(', '), formatDay(HOLIDAYS_KNOWN_UNTIL, locale)) })
  }
  const opensOn = run.registrationOpensOn
  if (isDay(opensOn) && !closed.isOpenDay(opensOn)) {
    const reasons = closed.reasonsFor(opensOn)
    warnings.push({ kind: 'registrationOnClosedDay', message: t.registrationOnClosedDay(formatDay(opensOn, locale), reasons.length ? describeReasons(reasons, locale) : t.sunday) })
  }
  return warnings
}
