/**
 * The time-dependent rules residents read as labels: where a moment stands
 * against a window, which registration window the home page announces, and
 * when an experience zone takes bookings. Instants are written in Seoul time.
 */
import { describe, expect, it } from 'vitest'

import { DEFAULT_REGISTRATION_RULE, upcomingWindow } from '../../cms/domain/registrationWindow'
import { checkWindowDays } from '../../cms/domain/validators'
import { windowState } from '../../cms/domain/windowState'
import { bookingWindow } from '../../cms/domain/zoneBooking'

const seoul = (local: string) => new Date(`${local}+09:00`)

describe('where a moment stands against a window', () => {
  const opens = seoul('2026-12-24T09:00:00')
  const closes = seoul('2026-12-31T18:00:00')
  it.each([
    ['a minute before it opens', '2026-12-24T08:59:00', 'upcoming'],
    ['the minute it opens', '2026-12-24T09:00:00', 'open'],
    ['a minute before it closes', '2026-12-31T17:59:00', 'open'],
    ['the minute it closes', '2026-12-31T18:00:00', 'closed'],
  ] as const)('%s: %s', (_, at, state) => {
    expect(windowState(seoul(at), closes, opens)).toBe(state)
  })
  it('a window with no opening (an open call until its deadline) is open until it closes', () => {
    expect(windowState(seoul('2020-01-01T00:00:00'), closes)).toBe('open')
    expect(windowState(closes, closes, null)).toBe('closed')
  })
})

describe('the registration window the home page announces', () => {
  it.each([
    // now (Seoul), the term announced, why
    ['2026-12-02T10:00:00', '2027-01', 'early in the month: next month, not yet open'],
    ['2026-12-28T12:00:00', '2027-01', 'during the last week: next month, open'],
    ['2026-12-31T17:59:00', '2027-01', 'the last minute of the window'],
    ['2026-12-31T18:00:00', '2027-02', 'once it has closed on the last day: the month after'],
    ['2026-12-31T23:59:00', '2027-02', 'late on the last day, still the month after'],
    ['2027-01-01T00:00:00', '2027-02', 'the next morning, the same'],
    ['2027-02-28T18:30:00', '2027-04', 'after February closes (a short month): April'],
  ])('at %s: %s (%s)', (now, term) => {
    const window = upcomingWindow(seoul(now), DEFAULT_REGISTRATION_RULE)
    expect(window.term).toBe(term)
    expect(windowState(seoul(now), window.closesAt, window.opensAt)).not.toBe('closed')
  })
})

describe('the registration window length staff may set', () => {
  it.each([
    [7, null],
    [1, null],
    [28, null],
    [0, 'windowDays'],
    [29, 'windowDays'],
    [31, 'windowDays'],
    [7.5, 'windowDays'],
    ['7', 'windowDays'],
  ])('%s → %s', (value, failure) => {
    expect(checkWindowDays(value)).toBe(failure)
  })
})

describe('experience-zone bookings: from 09:00 on the opening day to the end of the month', () => {
  it.each([
    ['2026-12-02T10:00:00', '2026-12-22T09:00:00', '2027-01-01T00:00:00', '2027-01-22T09:00:00', 'upcoming'],
    ['2026-12-22T09:00:00', '2026-12-22T09:00:00', '2027-01-01T00:00:00', '2027-01-22T09:00:00', 'open'],
    ['2026-12-31T23:59:00', '2026-12-22T09:00:00', '2027-01-01T00:00:00', '2027-01-22T09:00:00', 'open'],
    ['2027-01-01T00:00:00', '2027-01-22T09:00:00', '2027-02-01T00:00:00', '2027-02-22T09:00:00', 'upcoming'],
  ])('at %s', (now, opensAt, closesAt, nextOpensAt, state) => {
    const window = bookingWindow(22, seoul(now))
    expect(window.opensAt).toEqual(seoul(opensAt))
    expect(window.closesAt).toEqual(seoul(closesAt))
    expect(window.nextOpensAt).toEqual(seoul(nextOpensAt))
    expect(windowState(seoul(now), window.closesAt, window.opensAt)).toBe(state)
  })
})
