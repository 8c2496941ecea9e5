/**
 * The demo's runs become real dates relative to the seed day: on any day of
 * the year (month ends, December → January, 설날 and 추석 weeks included)
 * this month has classes under way, next month's can be registered for, no
 * class falls on a closed day, and each run's first class stays in its term.
 */
import { describe, expect, it } from 'vitest'

import { runSchedule } from '../../cms/domain/classDays'
import { closedDays } from '../../cms/domain/closedDays'
import { addDays, addMonths, seoulInstant, seoulMonth } from '../../cms/domain/seoulDate'
import { readContent } from '../../cms/seed/readContent'
import { closureDates, runDates } from '../../cms/seed/schedule'

const content = readContent()
const runs = content.courses.flatMap((course) => course.runs.map((run) => ({ slug: course.slug, run })))

function everyDay(from: string, to: string) {
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day)
  return days
}

describe.each(everyDay('2026-11-25', '2027-12-31'))('seeded on %s', (today) => {
  // 10:00 in Seoul; the seed's own clock is an instant, read in Seoul.
  const now = seoulInstant(today, '10:00')
  const closures = content.closures.closures.map((closure) => ({ ...closureDates(now, closure), reason: closure.reason.ko }))
  const closed = closedDays(closures)
  const dated = runs.map(({ slug, run }) => ({ slug, run, dates: runDates(now, run, closed) }))

  it('every run starts in its term month, holds its sessions on open days only, and needs no make-up', () => {
    for (const { slug, run, dates } of dated) {
      expect(dates.startDay.startsWith(dates.termMonth), slug).toBe(true)
      const schedule = runSchedule({ ...dates, weekdays: run.weekdays, sessions: run.sessions }, closed)
      expect(schedule.held.map((c) => c.makeUp), slug).toEqual(Array(run.sessions).fill(false))
      expect(schedule.lastDay, slug).toBe(dates.endDay)
    }
  })

  it('this month has classes under way (from the 4th on) and next month has classes to register for', () => {
    const thisMonth = seoulMonth(now)
    const current = dated.filter(({ dates }) => dates.termMonth === thisMonth)
    expect(current.length).toBeGreaterThan(0)
    const underWay = current.filter(({ dates }) => dates.startDay <= today && dates.endDay >= today)
    if (Number(today.slice(8)) >= 4) expect(underWay.length).toBeGreaterThan(0)
    expect(dated.filter(({ dates }) => dates.termMonth === addMonths(thisMonth, 1)).length).toBeGreaterThan(10)
  })
})
