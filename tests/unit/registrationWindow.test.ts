import { describe, expect, it } from 'vitest'

import {
  DEFAULT_REGISTRATION_RULE,
  registrationState,
  registrationWindow,
} from '../../cms/domain/registrationWindow'

describe('registration window: the last week of the previous month, in Seoul', () => {
  describe.each([
    // term, opensOn, closesOn — across month lengths, year ends and leap years
    { term: '2026-12', opensOn: '2026-11-24', closesOn: '2026-11-30' },
    { term: '2027-01', opensOn: '2026-12-25', closesOn: '2026-12-31' },
    { term: '2027-03', opensOn: '2027-02-22', closesOn: '2027-02-28' },
    { term: '2028-03', opensOn: '2028-02-23', closesOn: '2028-02-29' },
    { term: '2100-03', opensOn: '2100-02-22', closesOn: '2100-02-28' },
    { term: '2000-03', opensOn: '2000-02-23', closesOn: '2000-02-29' },
    { term: '2026-05', opensOn: '2026-04-24', closesOn: '2026-04-30' },
    { term: '2026-08', opensOn: '2026-07-25', closesOn: '2026-07-31' },
  ])('term $term', ({ term, opensOn, closesOn }) => {
    const window = registrationWindow(term)
    it(`opens ${opensOn} and closes ${closesOn}`, () => {
      expect(window.opensOn).toBe(opensOn)
      expect(window.closesOn).toBe(closesOn)
    })
    it('opens at 09:00 and closes at 18:00 Seoul time (UTC+9)', () => {
      expect(window.opensAt.toISOString()).toBe(`${addUtcDay(opensOn, 0)}T00:00:00.000Z`)
      expect(window.closesAt.toISOString()).toBe(`${closesOn}T09:00:00.000Z`)
    })
  })

  it('follows the rule from site settings', () => {
    const window = registrationWindow('2027-01', { windowDays: 3, opensAt: '10:00', closesAt: '17:30' })
    expect(window.opensOn).toBe('2026-12-29')
    expect(window.opensAt.toISOString()).toBe('2026-12-29T01:00:00.000Z')
    expect(window.closesAt.toISOString()).toBe('2026-12-31T08:30:00.000Z')
  })

  it("lets a run's own dates replace the rule's", () => {
    const window = registrationWindow('2027-01', DEFAULT_REGISTRATION_RULE, { opensOn: '2026-12-15', closesOn: '2026-12-20' })
    expect([window.opensOn, window.closesOn]).toEqual(['2026-12-15', '2026-12-20'])
  })

  it('keeps the rule where an override is half given', () => {
    const window = registrationWindow('2027-01', DEFAULT_REGISTRATION_RULE, { opensOn: '2026-12-20', closesOn: null })
    expect([window.opensOn, window.closesOn]).toEqual(['2026-12-20', '2026-12-31'])
  })

  describe.each([
    // Instants in UTC: Seoul is UTC+9, so 2026-11-24 09:00 KST is 00:00Z.
    { now: '2026-11-23T23:59:59Z', state: 'upcoming' },
    { now: '2026-11-24T00:00:00Z', state: 'open' },
    { now: '2026-11-30T08:59:59Z', state: 'open' },
    { now: '2026-11-30T09:00:00Z', state: 'closed' },
    { now: '2026-12-15T00:00:00Z', state: 'closed' },
  ])('at $now', ({ now, state }) => {
    it(`is ${state} for the December 2026 term`, () => {
      expect(registrationState(registrationWindow('2026-12'), new Date(now))).toBe(state)
    })
  })

  it('refuses a malformed term', () => {
    expect(() => registrationWindow('2026-13')).toThrow(/YYYY-MM/)
  })
})

function addUtcDay(day: string, offset: number) {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + offset)
  return date.toISOString().slice(0, 10)
}

describe('daily rebuild time', async () => {
  const { msUntilNextDailyBuild } = await import('../../cms/build/dailyRebuild')
  it.each([
    // UTC instants; 00:05 in Seoul is 15:05 UTC the day before.
    ['2026-11-28T15:00:00Z', 5 * 60_000],
    ['2026-11-28T15:05:00Z', 24 * 3600_000],
    ['2026-11-28T03:00:00Z', (12 * 60 + 5) * 60_000],
    ['2026-12-31T15:04:59Z', 1000],
  ])('from %s the next build is %i ms away', (now, ms) => {
    expect(msUntilNextDailyBuild(new Date(now))).toBe(ms)
  })
})
