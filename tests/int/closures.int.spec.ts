/**
 * Center closures (임시 휴관): editors write them, contributors cannot, the
 * public reads only what is published; publishing them asks for a rebuild
 * and leaves an audit row. The admin's run warning reads the published
 * closures and the public holidays through the same rule the site uses.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closedDays, closuresFromRows } from '../../cms/domain/closedDays'
import { runWarnings } from '../../cms/domain/runWarnings'
import { bootCms, type TestCms } from './support/boot'
import { createStaff, type Staff } from './support/fixtures'

let cms: TestCms
let payload: Payload
let staff: Staff

beforeAll(async () => {
  cms = await bootCms()
  payload = cms.payload
  staff = await createStaff(payload)
})

afterAll(async () => cms?.close())

const closure = (day: string, reason: string) => ({ startDate: `${day}T00:00:00+09:00`, reason })
const published = () => payload.findGlobal({ slug: 'closures', overrideAccess: false, locale: 'ko' })
const queuedReasons = async () =>
  (await payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } }, depth: 0, limit: 0, overrideAccess: true })).docs
    .map((build: any) => String(build.reasons))
    .join('\n')

describe('closures: who may change them, who reads them', () => {
  it.each([
    ['anonymous', undefined],
    ['contributor', () => staff.contributor],
  ] as const)('%s cannot change closures', async (_who, user) => {
    await expect(
      payload.updateGlobal({ slug: 'closures', data: { closures: [closure('2027-03-03', '전기 설비 점검')], _status: 'published' }, overrideAccess: false, user: user?.() }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('an editor publishes a closure: everyone reads it, the site is asked to rebuild, and the audit log names the editor', async () => {
    const before = (await payload.find({ collection: 'audit-log', where: { collection: { equals: 'closures' } }, limit: 0, overrideAccess: true })).totalDocs
    await payload.updateGlobal({
      slug: 'closures',
      data: { closures: [closure('2027-03-03', '전기 설비 점검')], _status: 'published' },
      locale: 'ko',
      overrideAccess: false,
      user: staff.editor,
    })
    const read = await published()
    expect(read.closures?.map((row: any) => row.reason)).toEqual(['전기 설비 점검'])
    expect(await queuedReasons()).toContain('change closures')
    const rows = (await payload.find({ collection: 'audit-log', where: { collection: { equals: 'closures' } }, sort: 'id', limit: 0, depth: 0, overrideAccess: true })).docs
    expect(rows.length).toBe(before + 1)
    expect(rows.at(-1)).toMatchObject({ userEmail: staff.editor.email })
  })

  it('a draft of new closures stays with staff: the public still reads the published list', async () => {
    await payload.updateGlobal({
      slug: 'closures',
      data: { closures: [closure('2027-03-03', '전기 설비 점검'), closure('2027-03-10', '내부 공사')] },
      draft: true,
      locale: 'ko',
      overrideAccess: false,
      user: staff.editor,
    })
    expect((await published()).closures?.map((row: any) => row.reason)).toEqual(['전기 설비 점검'])
    const asAnonymousDraft = await payload.findGlobal({ slug: 'closures', draft: true, overrideAccess: false, locale: 'ko' })
    expect(asAnonymousDraft.closures?.map((row: any) => row.reason) ?? []).not.toContain('내부 공사')
    const asStaff = await payload.findGlobal({ slug: 'closures', draft: true, overrideAccess: false, user: staff.contributor, locale: 'ko' })
    expect(asStaff.closures?.map((row: any) => row.reason)).toContain('내부 공사')
  })

  it('refuses a closure whose last day is before its first, naming the field', async () => {
    await expect(
      payload.updateGlobal({
        slug: 'closures',
        data: { closures: [{ ...closure('2027-03-10', '내부 공사'), endDate: '2027-03-09T00:00:00+09:00' }], _status: 'published' },
        overrideAccess: false,
        user: staff.editor,
      }),
    ).rejects.toThrow(/endDate|마지막 휴관일/)
    expect((await published()).closures?.map((row: any) => row.reason)).toEqual(['전기 설비 점검'])
  })
})

describe('the run warning staff see in the course form', () => {
  it.each([
    {
      name: 'a January 2027 run on Mon/Wed/Fri: 1 January is 신정, and with 13 sessions the last class moves to 1 February',
      run: { startDay: '2027-01-01', endDay: '2027-01-29', weekdays: ['mon', 'wed', 'fri'], sessions: 13 },
      kinds: ['skipped', 'pushedPastEnd'],
      mentions: ['2027년 1월 1일(금) 신정', '2027년 2월 1일(월)'],
    },
    {
      name: 'a March 2027 Wednesday run meets the published closure',
      run: { startDay: '2027-03-03', endDay: '2027-03-24', weekdays: ['wed'] },
      kinds: ['skipped'],
      mentions: ['2027년 3월 3일(수) 전기 설비 점검'],
    },
    {
      name: 'a run in 2028: lunar holidays are not published yet, and the admin says so',
      run: { startDay: '2028-01-04', endDay: '2028-01-27', weekdays: ['tue', 'thu'] },
      kinds: ['holidaysUnknown'],
      mentions: ['2028년 공휴일은 아직 월력요항이 발표되지 않아', '2027년 12월 31일(금)까지'],
    },
    {
      name: 'a run with no closed day gets no warning',
      run: { startDay: '2027-03-02', endDay: '2027-03-25', weekdays: ['tue', 'thu'], sessions: 8 },
      kinds: [],
      mentions: [],
    },
  ])('$name', async ({ run, kinds, mentions }) => {
    const stored = await published()
    const warnings = runWarnings(run, closedDays(closuresFromRows(stored.closures, 'ko')), 'ko')
    expect(warnings.map((w) => w.kind)).toEqual(kinds)
    const text = warnings.map((w) => w.message).join('\n')
    for (const mention of mentions) expect(text).toContain(mention)
  })
})
