import { describe, expect, it } from 'vitest'

import { formatDay, formatMonth, formatTime } from '../../cms/domain/koreanDate'
import { addMonths, isDay, seoulDay, seoulInstant } from '../../cms/domain/seoulDate'

describe('dates as Korean readers see them', () => {
  it.each([
    ['2026-12-01', '2026년 12월 1일(화)', 'Tue, 1 Dec 2026'],
    ['2027-01-01', '2027년 1월 1일(금)', 'Fri, 1 Jan 2027'],
    ['2028-02-29', '2028년 2월 29일(화)', 'Tue, 29 Feb 2028'],
    ['2026-11-29', '2026년 11월 29일(일)', 'Sun, 29 Nov 2026'],
  ])('%s is %s / %s', (day, ko, en) => {
    expect(formatDay(day)).toBe(ko)
    expect(formatDay(day, 'en')).toBe(en)
  })

  it.each([
    ['09:30', '오전 9:30', '9:30 am'],
    ['12:00', '오후 12:00', '12:00 pm'],
    ['00:05', '오전 12:05', '12:05 am'],
    ['18:00', '오후 6:00', '6:00 pm'],
  ])('%s is %s / %s', (time, ko, en) => {
    expect(formatTime(time)).toBe(ko)
    expect(formatTime(time, 'en')).toBe(en)
  })

  it('names months', () => {
    expect(formatMonth('2026-12')).toBe('2026년 12월')
    expect(formatMonth('2026-12', 'en')).toBe('Dec 2026')
  })

  it.each([
    // A class date saved at Seoul midnight by a browser in Seoul, and at UTC midnight by a script.
    ['2026-11-30T15:00:00.000Z', '2026-12-01'],
    ['2026-12-01T00:00:00.000Z', '2026-12-01'],
    ['2026-12-31T14:59:59.000Z', '2026-12-31'],
    ['2026-12-31T15:00:00.000Z', '2027-01-01'],
  ])('the instant %s is the Seoul day %s', (instant, day) => {
    expect(seoulDay(instant)).toBe(day)
  })

  it('turns a Seoul wall-clock time into the right instant', () => {
    expect(seoulInstant('2027-01-01', '00:00').toISOString()).toBe('2026-12-31T15:00:00.000Z')
  })

  it.each([
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-11', 14, '2028-01'],
  ])('%s plus %i months is %s', (month, offset, expected) => {
    expect(addMonths(month, offset)).toBe(expected)
  })

  it.each(['2026-02-29', '2026-13-01', '2026-1-01', 'tomorrow', ''])('%s is not a day', (value) => {
    expect(isDay(value)).toBe(false)
  })
})
