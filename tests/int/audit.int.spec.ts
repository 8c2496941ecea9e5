/**
 * The audit log: every change made by a person (or the system) leaves one row
 * saying who did what to which document and when; only admins read it, and no
 * one writes, edits or deletes it through the API.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootCms, type TestCms } from './support/boot'
import { createStaff, type Staff, validData } from './support/fixtures'

type Who = 'anonymous' | 'contributor' | 'editor' | 'admin'

let cms: TestCms
let payload: Payload
let staff: Staff

beforeAll(async () => {
  cms = await bootCms()
  payload = cms.payload
  staff = await createStaff(payload)
})

afterAll(async () => cms?.close())

async function rowsFor(collection: string, documentId?: number | string) {
  const where: Record<string, unknown> = { collection: { equals: collection } }
  if (documentId !== undefined) where.documentId = { equals: String(documentId) }
  const { docs } = await payload.find({ collection: 'audit-log', where: where as never, sort: 'id', limit: 0, depth: 0, overrideAccess: true })
  return docs
}

const countAll = async () => (await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs

describe('a notice through its life, as an editor', () => {
  let noticeId: number | string
  const seen: string[] = []
  const editor = () => staff.editor

  const steps: { step: string; expected: string; act: () => Promise<unknown> }[] = [
    {
      step: 'creates a draft',
      expected: 'create',
      act: async () => {
        const { data } = await validData('notices', { fieldId: 0 })
        const notice = await payload.create({ collection: 'notices', data: { ...data, _status: 'draft' }, draft: true, overrideAccess: false, user: editor() })
        noticeId = notice.id
      },
    },
    {
      step: 'publishes it',
      expected: 'publish',
      act: () => payload.update({ collection: 'notices', id: noticeId, data: { _status: 'published' }, overrideAccess: false, user: editor() }),
    },
    {
      step: 'saves a draft over the published notice',
      expected: 'update',
      act: () => payload.update({ collection: 'notices', id: noticeId, data: { summary: '고친 요약' }, draft: true, overrideAccess: false, user: editor() }),
    },
    {
      step: 'unpublishes it',
      expected: 'unpublish',
      act: () => payload.update({ collection: 'notices', id: noticeId, data: { _status: 'draft' }, overrideAccess: false, user: editor() }),
    },
    {
      step: 'deletes it',
      expected: 'delete',
      act: () => payload.delete({ collection: 'notices', id: noticeId, overrideAccess: false, user: editor() }),
    },
  ]

  it.each(steps)('$step → $expected', async ({ act, expected }) => {
    await act()
    const rows = await rowsFor('notices', noticeId)
    expect(rows).toHaveLength(seen.length + 1)
    const latest = rows.at(-1)!
    seen.push(latest.action)
    expect(latest).toMatchObject({
      action: expected,
      collection: 'notices',
      documentId: String(noticeId),
      documentTitle: '12월 교육 안내',
      user: editor().id,
      userEmail: editor().email,
    })
    expect(latest.summary).toBe(`${expected} notices #${noticeId} 12월 교육 안내`)
    expect(Number.isNaN(Date.parse(latest.at))).toBe(false)
  })

  it('keeps the steps in the order they happened', () => {
    expect(seen).toEqual(steps.map(({ expected }) => expected))
  })
})

describe('other authors and places', () => {
  it('a contributor’s board-post draft is recorded with the contributor', async () => {
    const { data } = await validData('board-posts', { fieldId: 0 })
    const post = await payload.create({ collection: 'board-posts', data: { ...data, _status: 'draft' }, draft: true, overrideAccess: false, user: staff.contributor })
    const rows = await rowsFor('board-posts', post.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ action: 'create', documentTitle: '12월 일정', user: staff.contributor.id, userEmail: staff.contributor.email })
  })

  it('an admin changing site settings is recorded', async () => {
    const before = (await rowsFor('site-settings')).length
    const data = { centerName: '서초구 IT교육센터', address: '서울 서초구', phone: '02-2155-0000', links: { registrationSystem: 'https://yeyak.seocho.go.kr/' }, _status: 'published' as const }
    await payload.updateGlobal({ slug: 'site-settings', data, overrideAccess: false, user: staff.admin })
    const rows = await rowsFor('site-settings')
    expect(rows).toHaveLength(before + 1)
    expect(rows.at(-1)).toMatchObject({ action: 'publish', user: staff.admin.id, userEmail: staff.admin.email })
  })

  it('writes nothing while seeding', async () => {
    const before = await countAll()
    const { data } = await validData('notices', { fieldId: 0 })
    const context = { seeding: true }
    const notice = await payload.create({ collection: 'notices', data: { ...data, _status: 'published' }, overrideAccess: true, context })
    await payload.update({ collection: 'notices', id: notice.id, data: { summary: '씨앗' }, overrideAccess: true, context })
    await payload.delete({ collection: 'notices', id: notice.id, overrideAccess: true, context })
    await payload.updateGlobal({ slug: 'navigation', data: { items: [], _status: 'published' }, overrideAccess: true, context })
    expect(await countAll()).toBe(before)
  })
})

describe('who may touch the log', () => {
  it.each<{ who: Who; reads: boolean }>([
    { who: 'anonymous', reads: false },
    { who: 'contributor', reads: false },
    { who: 'editor', reads: false },
    { who: 'admin', reads: true },
  ])('$who reads it: $reads', async ({ who, reads }) => {
    const user = who === 'anonymous' ? undefined : staff[who]
    const attempt = payload.find({ collection: 'audit-log', overrideAccess: false, user, limit: 0 })
    if (reads) {
      expect((await attempt).totalDocs).toBeGreaterThan(0)
    } else {
      await attempt.then(
        ({ docs }) => expect(docs).toHaveLength(0),
        (error) => expect(error?.status).toBe(403),
      )
    }
  })

  const row = () => rowsFor('notices').then((rows) => rows[0]!)
  const entry = { action: 'create', collection: 'notices', documentTitle: '가짜 기록', at: new Date().toISOString() } as const

  it.each(['contributor', 'editor', 'admin'] as const)('%s cannot create, change or delete rows', async (who) => {
    const user = staff[who]
    const target = await row()
    const before = await countAll()
    await expect(payload.create({ collection: 'audit-log', data: entry, overrideAccess: false, user })).rejects.toMatchObject({ status: 403 })
    await expect(payload.update({ collection: 'audit-log', id: target.id, data: { documentTitle: '지움' }, overrideAccess: false, user })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'audit-log', id: target.id, overrideAccess: false, user })).rejects.toMatchObject({ status: 403 })
    expect(await countAll()).toBe(before)
    const unchanged = await payload.findByID({ collection: 'audit-log', id: target.id, overrideAccess: true })
    expect(unchanged.documentTitle).toBe(target.documentTitle)
  })
})

describe('when an account is deleted', () => {
  it('its rows stay, with the email kept', async () => {
    const person = await payload.create({
      collection: 'users',
      data: { email: 'leaving@test.seocho.kr', password: 'Farewell-Passw0rd!', name: '떠나는 직원', role: 'editor' },
      overrideAccess: true,
    })
    const user = { ...person, collection: 'users' as const }
    const { data } = await validData('pages', { fieldId: 0 })
    const page = await payload.create({ collection: 'pages', data: { ...data, _status: 'draft' }, draft: true, overrideAccess: false, user })
    await payload.delete({ collection: 'users', id: person.id, overrideAccess: false, user: staff.admin })

    const [kept] = await rowsFor('pages', page.id)
    expect(kept).toMatchObject({ action: 'create', userEmail: 'leaving@test.seocho.kr' })
    const deletion = (await rowsFor('users', person.id)).at(-1)
    expect(deletion).toMatchObject({ action: 'delete', documentTitle: '떠나는 직원', user: staff.admin.id })
  })
})
