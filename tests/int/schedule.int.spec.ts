/**
 * Scheduled publishing as staff meet it: a document that could not be
 * published is refused when it is scheduled, in Korean, naming each field;
 * one that can is queued in Seoul time; a publish that still fails at its
 * hour (the document was changed since) stays listed as failed, with the
 * field and the reason, until someone dismisses it; a contributor cannot
 * schedule; a deleted document takes its schedule with it.
 */
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runJobsEvery } from '../../cms/build/jobRunner'
import { seoulMinute } from '../../cms/scheduling/scheduleEndpoints'
import { bootCms, type TestCms } from './support/boot'
import { createStaff, richText } from './support/fixtures'

let cms: TestCms
let payload: Payload
const tokens: Record<string, string> = {}

async function api(path: string, init: { method?: string; json?: unknown; as?: string } = {}) {
  const headers = new Headers({ 'accept-language': 'ko' })
  if (init.json !== undefined) headers.set('content-type', 'application/json')
  if (init.as) headers.set('authorization', `JWT ${tokens[init.as]}`)
  const request = new Request(`http://localhost:3000/api${path}`, { method: init.method ?? 'GET', headers, body: init.json !== undefined ? JSON.stringify(init.json) : undefined })
  const response = await handleEndpoints({ config: cms.config, request, payloadInstanceCacheKey: cms.key })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** A Seoul wall-clock minute `minutes` from now, as the admin's date-time input gives it. */
const seoulInput = (minutes: number) => new Date(Date.now() + minutes * 60_000 + 9 * 3_600_000).toISOString().slice(0, 16)

const draftNotice = (data: Record<string, unknown> = {}) =>
  payload.create({ collection: 'notices', data: { title: '다음 달 수강 신청 안내', category: 'announcement', body: richText('안내'), ...data } as never, draft: true, overrideAccess: true })

beforeAll(async () => {
  cms = await bootCms()
  payload = cms.payload
  await createStaff(payload)
  for (const role of ['editor', 'contributor']) {
    const login = await api('/users/login', { method: 'POST', json: { email: `${role}.staff@test.seocho.kr`, password: `${role}-Passw0rd!` } })
    tokens[role] = login.body.token
  }
})

afterAll(async () => cms?.close())

describe('seoulMinute', () => {
  it.each([
    ['2027-01-04T09:00', '2027-01-04T00:00:00.000Z'],
    ['2027-02-29T09:00', null],
    ['2027-01-04T24:00', null],
    ['2027-01-04 09:00', null],
    ['오전 9시', null],
  ])('%s → %s', (input, expected) => {
    expect(seoulMinute(input)?.toISOString() ?? null).toBe(expected)
  })
})

describe('scheduling a publish', () => {
  it('refuses a draft that could not be published, naming each field in Korean, and queues nothing', async () => {
    const notice = await draftNotice({ body: null })
    const response = await api('/schedule', { method: 'POST', as: 'editor', json: { collection: 'notices', id: notice.id, action: 'publish', at: seoulInput(60) } })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('게시할 수 없어 예약하지 않았습니다')
    const fields = response.body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(fields).toContain('body')
    expect((await api(`/schedule?collection=notices&id=${notice.id}`, { as: 'editor' })).body.docs).toEqual([])
  })

  it.each([
    ['no time', undefined, '날짜와 시각을 입력하세요'],
    ['a time in the past', -5, '지나간 시각에는 예약할 수 없습니다'],
  ])('refuses %s, saying so', async (_what, minutes, message) => {
    const notice = await draftNotice()
    const response = await api('/schedule', { method: 'POST', as: 'editor', json: { collection: 'notices', id: notice.id, action: 'publish', at: minutes === undefined ? '' : seoulInput(minutes) } })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain(message)
  })

  it('refuses to schedule unpublishing a document that was never published', async () => {
    const notice = await draftNotice()
    const response = await api('/schedule', { method: 'POST', as: 'editor', json: { collection: 'notices', id: notice.id, action: 'unpublish', at: seoulInput(60) } })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('게시 취소를 예약할 수 없습니다')
  })

  it('a contributor cannot schedule', async () => {
    const notice = await draftNotice()
    const response = await api('/schedule', { method: 'POST', as: 'contributor', json: { collection: 'notices', id: notice.id, action: 'publish', at: seoulInput(60) } })
    expect(response.status).toBe(403)
  })

  it('queues a publishable draft at the Seoul time given, lists it, and cancels it', async () => {
    const notice = await draftNotice()
    const at = seoulInput(90)
    const response = await api('/schedule', { method: 'POST', as: 'editor', json: { collection: 'notices', id: notice.id, action: 'publish', at } })
    expect(response.status).toBe(201)
    expect(response.body.at).toBe(new Date(`${at}:00+09:00`).toISOString())
    // Told as staff read a time: "예약했습니다: 2027년 1월 4일(월) 오전 9:00에 게시합니다."
    expect(response.body.message).toMatch(/^예약했습니다: \d{4}년 \d{1,2}월 \d{1,2}일\([월화수목금토일]\) 오[전후] \d{1,2}:\d{2}에 게시합니다\.$/)
    const listed = (await api('/schedule?collection=notices', { as: 'editor' })).body.docs
    expect(listed).toContainEqual(expect.objectContaining({ id: String(notice.id), title: '다음 달 수강 신청 안내', action: 'publish', failed: false }))
    expect((await api(`/schedule/${response.body.job}`, { method: 'DELETE', as: 'editor' })).status).toBe(200)
    expect((await api(`/schedule?collection=notices&id=${notice.id}`, { as: 'editor' })).body.docs).toEqual([])
  })

  it('a publish that fails at its hour stays listed as failed, with the field and the reason in Korean', async () => {
    const notice = await draftNotice()
    const queued = await api('/schedule', { method: 'POST', as: 'editor', json: { collection: 'notices', id: notice.id, action: 'publish', at: seoulInput(1) } })
    expect(queued.status).toBe(201)
    // Someone empties the body of the draft after it was scheduled, and the hour comes.
    await payload.update({ collection: 'notices', id: notice.id, data: { body: null } as never, draft: true, overrideAccess: true })
    await payload.update({ collection: 'payload-jobs', id: queued.body.job, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } as never, overrideAccess: true })
    const stop = runJobsEvery(payload, 200)
    try {
      const deadline = Date.now() + 20_000
      let rows: any[] = []
      while (!rows.some((row) => row.failed)) {
        if (Date.now() > deadline) throw new Error('the scheduled publish never ran')
        await new Promise((resolve) => setTimeout(resolve, 200))
        rows = (await api(`/schedule?collection=notices&id=${notice.id}`, { as: 'editor' })).body.docs
      }
      expect(rows[0]).toMatchObject({ failed: true, action: 'publish' })
      expect(rows[0].message).toContain('게시하지 못했습니다. 고칠 곳:')
      expect(rows[0].message).toContain('본문')
      // The build history shows it too (every collection).
      expect((await api('/schedule', { as: 'editor' })).body.docs.some((row: any) => row.failed && row.id === String(notice.id))).toBe(true)
    } finally {
      stop()
    }
    expect((await payload.findByID({ collection: 'notices', id: notice.id, overrideAccess: true }))._status).toBe('draft')
  })

  it('deleting a document deletes its schedule', async () => {
    const notice = await draftNotice()
    const queued = await api('/schedule', { method: 'POST', as: 'editor', json: { collection: 'notices', id: notice.id, action: 'publish', at: seoulInput(120) } })
    expect(queued.status).toBe(201)
    await payload.delete({ collection: 'notices', id: notice.id, overrideAccess: true })
    expect(await payload.count({ collection: 'payload-jobs', where: { id: { equals: queued.body.job } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
  })

  it('a copy made with "복제" gets a slug of its own that a publish accepts', async () => {
    const original = await payload.create({ collection: 'notices', data: { title: '다음 달 수강 신청 안내', slug: 'registration-next-month', category: 'announcement', body: richText('안내'), _status: 'published' } as never, overrideAccess: true })
    const copy = await payload.duplicate({ collection: 'notices', id: original.id, overrideAccess: true, draft: true } as never)
    expect((copy as { slug: string }).slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect((copy as { slug: string }).slug).not.toBe('registration-next-month')
    const response = await api('/schedule', { method: 'POST', as: 'editor', json: { collection: 'notices', id: copy.id, action: 'publish', at: seoulInput(60) } })
    expect(response.status).toBe(201)
  })
})
