import { describe, expect, it } from 'vitest'

import { heldDays, runSchedule } from '../../cms/domain/classDays'
import { closedDays, describeReasons, holidaysKnownOn, HOLIDAYS_KNOWN_UNTIL } from '../../cms/domain/closedDays'
import { FIXED_SOLAR_HOLIDAYS, GAZETTE_LAST_YEAR, gazetteNames, publicHoliday } from '../../cms/domain/publicHolidays'
import { registrationWindow } from '../../cms/domain/registrationWindow'

const calendar = closedDays()

describe('is a Seoul day closed, and why: real public holidays 2026–2028', () => {
  it.each([
    // day, what residents read (ko), in English
    ['2026-12-25', '성탄절', 'Christmas Day'],
    ['2027-01-01', '신정', "New Year's Day"],
    ['2027-02-06', '설날 연휴', 'Seollal (Lunar New Year) holiday'],
    ['2027-02-07', '설날', 'Seollal (Lunar New Year)'],
    ['2027-02-08', '설날 연휴', 'Seollal (Lunar New Year) holiday'],
    ['2027-02-09', '대체공휴일(설날)', 'Substitute holiday (Seollal (Lunar New Year))'],
    ['2027-09-14', '추석 연휴', 'Chuseok holiday'],
    ['2027-09-15', '추석', 'Chuseok'],
    ['2027-09-16', '추석 연휴', 'Chuseok holiday'],
    ['2027-10-04', '대체공휴일(개천절)', 'Substitute holiday (National Foundation Day)'],
    ['2027-10-11', '대체공휴일(한글날)', 'Substitute holiday (Hangeul Day)'],
    ['2027-12-27', '대체공휴일(성탄절)', 'Substitute holiday (Christmas Day)'],
    ['2026-03-02', '대체공휴일(3·1절)', 'Substitute holiday (Independence Movement Day)'],
    ['2026-09-25', '추석', 'Chuseok'],
    ['2026-06-03', '전국동시지방선거', 'Election day (전국동시지방선거)'],
    // A year the gazette has not covered yet: the holidays the law fixes on solar dates are known.
    ['2028-01-01', '신정', "New Year's Day"],
    ['2028-03-01', '3·1절', 'Independence Movement Day'],
    ['2028-12-25', '성탄절', 'Christmas Day'],
  ])('%s is closed: %s', (day, ko, en) => {
    expect(calendar.isClosed(day)).toBe(true)
    expect(describeReasons(calendar.reasonsFor(day), 'ko')).toBe(ko)
    expect(describeReasons(calendar.reasonsFor(day), 'en')).toBe(en)
  })

  it.each([
    ['2027-01-04', 'a Monday after New Year'],
    ['2027-02-05', 'the Friday before 설날'],
    ['2027-02-10', 'the Wednesday after the substitute holiday'],
    ['2027-09-13', 'the Monday before 추석'],
    ['2027-09-17', 'the Friday after 추석'],
    ['2026-12-24', 'Christmas Eve'],
    ['2026-12-31', "New Year's Eve"],
  ])('%s is open (%s)', (day) => {
    expect(calendar.isClosed(day)).toBe(false)
    expect(calendar.reasonsFor(day)).toEqual([])
  })

  it('knows holidays from the gazette until the end of its last year, and says a later year is not fully known', () => {
    expect(HOLIDAYS_KNOWN_UNTIL).toBe(`${GAZETTE_LAST_YEAR}-12-31`)
    expect(GAZETTE_LAST_YEAR).toBeGreaterThanOrEqual(2027)
    expect(holidaysKnownOn('2027-12-31')).toBe(true)
    expect(holidaysKnownOn('2028-01-01')).toBe(GAZETTE_LAST_YEAR >= 2028)
    if (GAZETTE_LAST_YEAR === 2027) {
      // 설날 2028 falls on 26 January: lunar holidays are not computed here, so the domain does not claim it.
      expect(publicHoliday('2028-01-26')).toBeNull()
      expect(calendar.isClosed('2028-01-26')).toBe(false)
      expect(publicHoliday('2028-01-01')).toMatchObject({ source: 'statutory' })
      // Substitute holidays of uncovered years are not claimed either: 2028-10-09 is a Monday anyway, 2028-01-03 is not a holiday.
      expect(publicHoliday('2028-01-03')).toBeNull()
    }
    expect(publicHoliday('2027-01-01')).toMatchObject({ source: 'gazette' })
  })

  it('the fixed solar holidays used for uncovered years are all in the latest gazette year, on their dates', () => {
    for (const { monthDay, gazetteName } of FIXED_SOLAR_HOLIDAYS) {
      expect(gazetteNames(`${GAZETTE_LAST_YEAR}-${monthDay}`), monthDay).toContain(gazetteName)
    }
  })

  it('a closure staff enter closes its days, with its reason, beside any holiday', () => {
    const withClosures = closedDays([
      { startDay: '2027-03-03', reason: '전기 설비 점검' },
      { startDay: '2027-02-08', endDay: '2027-02-10', reason: '설 연휴 시설 보수' },
    ])
    expect(describeReasons(withClosures.reasonsFor('2027-03-03'))).toBe('전기 설비 점검')
    expect(describeReasons(withClosures.reasonsFor('2027-02-08'))).toBe('설날 연휴 · 설 연휴 시설 보수')
    expect(describeReasons(withClosures.reasonsFor('2027-02-10'))).toBe('설 연휴 시설 보수')
    expect(withClosures.isClosed('2027-02-11')).toBe(false)
    expect(withClosures.isClosed('2027-03-04')).toBe(false)
  })

  it('Sunday is not an operating day; Saturday is (the center opens Saturday mornings)', () => {
    expect(calendar.isOpenDay('2027-01-03')).toBe(false)
    expect(calendar.isOpenDay('2027-01-02')).toBe(true)
    expect(calendar.isClosed('2027-01-03')).toBe(false)
  })
})

describe('class days skip closed days; a session count is kept by make-up classes after the end date', () => {
  it.each([
    {
      name: 'January 2027, Mon/Wed/Fri, no count: 1 January (신정) is not held',
      run: { startDay: '2027-01-01', endDay: '2027-01-29', weekdays: ['mon', 'wed', 'fri'] },
      held: ['2027-01-04', '2027-01-06', '2027-01-08', '2027-01-11', '2027-01-13', '2027-01-15', '2027-01-18', '2027-01-20', '2027-01-22', '2027-01-25', '2027-01-27', '2027-01-29'],
      skipped: { '2027-01-01': '신정' },
      lastDay: '2027-01-29',
    },
    {
      name: 'the same run with 13 sessions: the class lost on 1 January is made up on Monday 1 February',
      run: { startDay: '2027-01-01', endDay: '2027-01-29', weekdays: ['mon', 'wed', 'fri'], sessions: 13 },
      held: ['2027-01-04', '2027-01-06', '2027-01-08', '2027-01-11', '2027-01-13', '2027-01-15', '2027-01-18', '2027-01-20', '2027-01-22', '2027-01-25', '2027-01-27', '2027-01-29', '2027-02-01'],
      skipped: { '2027-01-01': '신정' },
      lastDay: '2027-02-01',
    },
    {
      name: 'February 2027, Mon/Tue, 8 sessions: 설날 연휴 (8th) and the substitute holiday (9th) move two classes past the end',
      run: { startDay: '2027-02-01', endDay: '2027-02-23', weekdays: ['mon', 'tue'], sessions: 8 },
      held: ['2027-02-01', '2027-02-02', '2027-02-15', '2027-02-16', '2027-02-22', '2027-02-23', '2027-03-02', '2027-03-08'],
      // The first make-up Monday is 3·1절 as well: skipped in turn.
      skipped: { '2027-02-08': '설날 연휴', '2027-02-09': '대체공휴일(설날)', '2027-03-01': '3·1절' },
      lastDay: '2027-03-08',
    },
    {
      name: 'September 2027, Tue/Thu, 추석: both classes of that week are off',
      run: { startDay: '2027-09-07', endDay: '2027-09-30', weekdays: ['tue', 'thu'] },
      held: ['2027-09-07', '2027-09-09', '2027-09-21', '2027-09-23', '2027-09-28', '2027-09-30'],
      skipped: { '2027-09-14': '추석 연휴', '2027-09-16': '추석 연휴' },
      lastDay: '2027-09-30',
    },
    {
      name: 'December 2026, Fri, 4 sessions: 성탄절 made up on 1 January? No: that is 신정 too, so 8 January',
      run: { startDay: '2026-12-04', endDay: '2026-12-25', weekdays: ['fri'], sessions: 4 },
      held: ['2026-12-04', '2026-12-11', '2026-12-18', '2027-01-08'],
      skipped: { '2026-12-25': '성탄절', '2027-01-01': '신정' },
      lastDay: '2027-01-08',
    },
  ])('$name', ({ run, held, skipped, lastDay }) => {
    const schedule = runSchedule(run, calendar)
    expect(schedule.held.map((c) => c.day)).toEqual(held)
    expect(schedule.lastDay).toBe(lastDay)
    expect(schedule.firstDay).toBe(held[0])
    expect(schedule.missing).toBe(0)
    expect(schedule.skipped.map((c) => c.day)).toEqual(Object.keys(skipped))
    for (const [day, why] of Object.entries(skipped)) {
      expect(describeReasons(schedule.skipped.find((c) => c.day === day)?.reasons ?? [])).toBe(why)
    }
    if ('sessions' in run) expect(schedule.held).toHaveLength(run.sessions as number)
    // Held and skipped days never overlap, and read in date order.
    expect(schedule.all.map((c) => c.day)).toEqual([...schedule.all.map((c) => c.day)].sort())
  })

  it('a run with more sessions than class days says how many are missing, and holds what it can', () => {
    const schedule = runSchedule({ startDay: '2027-03-02', endDay: '2027-03-11', weekdays: ['tue', 'thu'], sessions: 6 }, calendar)
    expect(schedule.held.map((c) => c.day)).toEqual(['2027-03-02', '2027-03-04', '2027-03-09', '2027-03-11'])
    expect(schedule.missing).toBe(2)
  })

  it('a staff closure on a class day is skipped like a holiday', () => {
    const withClosure = closedDays([{ startDay: '2027-03-03', reason: '전기 설비 점검' }])
    const run = { startDay: '2027-03-03', endDay: '2027-03-31', weekdays: ['wed'] }
    expect(heldDays(run, withClosure)).toEqual(['2027-03-10', '2027-03-17', '2027-03-24', '2027-03-31'])
    expect(heldDays(run, calendar)).toEqual(['2027-03-03', '2027-03-10', '2027-03-17', '2027-03-24', '2027-03-31'])
  })
})

describe('a registration window that would open on a closed day follows the rule staff chose', () => {
  const rule = (closedDayShift: 'next' | 'previous' | 'keep') => ({ windowDays: 7, opensAt: '09:00', closesAt: '18:00', closedDayShift })
  it.each([
    // term, the rule's first day (why), next, previous
    { term: '2027-01', ruleDay: '2026-12-25', why: '성탄절', next: '2026-12-26', previous: '2026-12-24' },
    { term: '2026-10', ruleDay: '2026-09-24', why: '추석 연휴', next: '2026-09-28', previous: '2026-09-23' },
    { term: '2028-01', ruleDay: '2027-12-25', why: '성탄절', next: '2027-12-28', previous: '2027-12-24' },
  ])('term $term: $ruleDay ($why) → next $next, previous $previous', ({ term, ruleDay, why, next, previous }) => {
    const later = registrationWindow(term, rule('next'), null, calendar)
    expect(later.opensOn).toBe(next)
    expect(later.movedFrom?.day).toBe(ruleDay)
    expect(describeReasons(later.movedFrom!.reasons)).toBe(why)
    expect(later.opensAt.toISOString()).toBe(`${next}T00:00:00.000Z`)
    expect(registrationWindow(term, rule('previous'), null, calendar).opensOn).toBe(previous)
    const kept = registrationWindow(term, rule('keep'), null, calendar)
    expect(kept.opensOn).toBe(ruleDay)
    expect(kept.movedFrom).toBeUndefined()
    // The closing day never moves.
    expect(later.closesOn).toBe(kept.closesOn)
  })

  it('a window whose first day is open does not move', () => {
    const window = registrationWindow('2027-03', rule('next'), null, calendar)
    expect(window.opensOn).toBe('2027-02-22')
    expect(window.movedFrom).toBeUndefined()
  })

  it("a run's own opening day stays where staff put it, even on a holiday", () => {
    expect(registrationWindow('2027-01', rule('next'), { opensOn: '2026-12-25' }, calendar).opensOn).toBe('2026-12-25')
  })

  it('a staff closure on the first day moves it too', () => {
    const window = registrationWindow('2027-03', rule('next'), null, closedDays([{ startDay: '2027-02-22', reason: '전산 점검' }]))
    expect(window.opensOn).toBe('2027-02-23')
    expect(describeReasons(window.movedFrom!.reasons)).toBe('전산 점검')
  })
})
