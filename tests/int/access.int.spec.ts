/**
 * Every role against every collection and operation, through the Local API
 * with overrideAccess: false, as a signed-in person would act.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootCms, type TestCms } from './support/boot'
import { createStaff, type Staff, validData } from './support/fixtures'

type Who = 'anonymous' | 'contributor' | 'editor' | 'admin'
type Operation = 'create' | 'readPublished' | 'readDraft' | 'update' | 'delete'

const EVERYONE: Who[] = ['anonymous', 'contributor', 'editor', 'admin']
const STAFF: Who[] = ['contributor', 'editor', 'admin']
const EDITORS: Who[] = ['editor', 'admin']
const ADMINS: Who[] = ['admin']

/** Who may do what. For users, "published" and "draft" both mean another person's account. */
const MATRIX: Record<string, Record<Operation, Who[]>> = {
  courses: { create: EDITORS, readPublished: EVERYONE, readDraft: STAFF, update: EDITORS, delete: EDITORS },
  fields: { create: EDITORS, readPublished: EVERYONE, readDraft: STAFF, update: EDITORS, delete: EDITORS },
  instructors: { create: EDITORS, readPublished: EVERYONE, readDraft: STAFF, update: EDITORS, delete: EDITORS },
  zones: { create: EDITORS, readPublished: EVERYONE, readDraft: STAFF, update: EDITORS, delete: EDITORS },
  pages: { create: EDITORS, readPublished: EVERYONE, readDraft: STAFF, update: EDITORS, delete: EDITORS },
  notices: { create: STAFF, readPublished: EVERYONE, readDraft: STAFF, update: STAFF, delete: EDITORS },
  'board-posts': { create: STAFF, readPublished: EVERYONE, readDraft: STAFF, update: STAFF, delete: EDITORS },
  media: { create: STAFF, readPublished: EVERYONE, readDraft: EVERYONE, update: STAFF, delete: EDITORS },
  documents: { create: STAFF, readPublished: EVERYONE, readDraft: EVERYONE, update: STAFF, delete: EDITORS },
  users: { create: ADMINS, readPublished: ADMINS, readDraft: ADMINS, update: ADMINS, delete: ADMINS },
}

const VERSIONED = new Set(['courses', 'fields', 'instructors', 'zones', 'pages', 'notices', 'board-posts'])
const EDITABLE_FIELD: Record<string, string> = { fields: 'name', instructors: 'name', zones: 'name', media: 'alt', users: 'name' }

let cms: TestCms
let payload: Payload
let staff: Staff
let fieldId: number | string
const published: Record<string, any> = {}
const draft: Record<string, any> = {}

async function make(slug: string, status: 'published' | 'draft') {
  const { data, file } = await validData(slug, { fieldId })
  const versioned = VERSIONED.has(slug)
  return payload.create({
    collection: slug as any,
    data: versioned ? { ...data, _status: status } : data,
    draft: versioned && status === 'draft',
    file,
    overrideAccess: true,
  })
}

beforeAll(async () => {
  cms = await bootCms()
  payload = cms.payload
  staff = await createStaff(payload)
  fieldId = (await make('fields', 'published')).id
  for (const slug of Object.keys(MATRIX)) {
    published[slug] = await make(slug, 'published')
    draft[slug] = await make(slug, 'draft')
  }
})

afterAll(async () => cms?.close())

async function attempt(slug: string, operation: Operation, who: Who): Promise<'allowed' | 'denied'> {
  const user = who === 'anonymous' ? undefined : staff[who]
  const versioned = VERSIONED.has(slug)
  const common = { collection: slug as any, overrideAccess: false, user } as const
  try {
    switch (operation) {
      case 'create': {
        const { data, file } = await validData(slug, { fieldId })
        await payload.create({ ...common, data: versioned ? { ...data, _status: 'draft' } : data, draft: versioned, file })
        break
      }
      case 'readPublished':
        await payload.findByID({ ...common, id: published[slug].id })
        break
      case 'readDraft':
        await payload.findByID({ ...common, id: draft[slug].id, draft: versioned })
        break
      case 'update': {
        const field = EDITABLE_FIELD[slug] ?? 'title'
        await payload.update({ ...common, id: draft[slug].id, data: { [field]: `수정 ${who}` }, draft: versioned })
        break
      }
      case 'delete': {
        const target = await make(slug, 'draft')
        await payload.delete({ ...common, id: target.id })
        break
      }
    }
    return 'allowed'
  } catch (error: any) {
    // A refusal is 403 (forbidden) or 404 (hidden by a read rule), never a crash.
    expect([401, 403, 404], `${slug} ${operation} as ${who}: ${error?.message}`).toContain(error?.status)
    return 'denied'
  }
}

const cases = Object.entries(MATRIX).flatMap(([slug, operations]) =>
  Object.entries(operations).flatMap(([operation, allowed]) =>
    EVERYONE.map((who) => ({ slug, operation: operation as Operation, who, expected: allowed.includes(who) ? 'allowed' : 'denied' })),
  ),
)

describe('access: every role × collection × operation', () => {
  it.each(cases)('$slug: $operation as $who is $expected', async ({ slug, operation, who, expected }) => {
    expect(await attempt(slug, operation, who)).toBe(expected)
  })
})

describe('publishing and accounts', () => {
  it.each(['notices', 'board-posts'])('a contributor cannot publish %s, neither new nor by editing a published one', async (slug) => {
    const { data } = await validData(slug, { fieldId })
    const user = staff.contributor
    const before = await payload.count({ collection: slug as any, overrideAccess: true })
    await expect(
      payload.create({ collection: slug as any, data: { ...data, _status: 'published' }, overrideAccess: false, user }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({ collection: slug as any, id: published[slug].id, data: { title: '몰래 고침' }, overrideAccess: false, user }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await payload.count({ collection: slug as any, overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    const unchanged = await payload.findByID({ collection: slug as any, id: published[slug].id, overrideAccess: true })
    expect(unchanged.title).toBe(published[slug].title)
  })

  it('an editor publishes a contributor draft', async () => {
    const updated = await payload.update({
      collection: 'board-posts',
      id: draft['board-posts'].id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: staff.editor,
    })
    expect(updated._status).toBe('published')
  })

  it.each([...VERSIONED])('the public list of %s shows published documents only', async (slug) => {
    const hidden = await make(slug, 'draft')
    const { docs } = await payload.find({ collection: slug as any, overrideAccess: false, limit: 0 })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc: any) => doc._status === 'published')).toBe(true)
    expect(docs.map((doc: any) => String(doc.id))).not.toContain(String(hidden.id))
  })

  it('a person cannot raise their own role, but may change their own name', async () => {
    const user = staff.contributor
    const updated = await payload.update({ collection: 'users', id: user.id, data: { role: 'admin', name: '새 이름' }, overrideAccess: false, user })
    expect(updated.role).toBe('contributor')
    expect(updated.name).toBe('새 이름')
  })

  it('a person reads their own account but no one else’s', async () => {
    const user = staff.editor
    const { docs } = await payload.find({ collection: 'users', overrideAccess: false, user, limit: 0 })
    expect(docs.map((doc: any) => doc.email)).toEqual([user.email])
  })

  it('site settings: anyone reads, only admins change', async () => {
    const data = { centerName: '서초구 IT교육센터', address: '서울 서초구', phone: '02-2155-0000', links: { registrationSystem: 'https://yeyak.seocho.go.kr/' } }
    await expect(payload.updateGlobal({ slug: 'site-settings', data, overrideAccess: false, user: staff.editor })).rejects.toMatchObject({ status: 403 })
    await expect(payload.updateGlobal({ slug: 'site-settings', data, overrideAccess: false, user: staff.contributor })).rejects.toMatchObject({ status: 403 })
    await payload.updateGlobal({ slug: 'site-settings', data: { ...data, _status: 'published' }, overrideAccess: false, user: staff.admin })
    const read = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(read.centerName).toBe('서초구 IT교육센터')
  })

  it('navigation: editors change it, contributors cannot', async () => {
    const data = { items: [{ label: '교육과정', href: '/courses' }], _status: 'published' as const }
    await expect(payload.updateGlobal({ slug: 'navigation', data, overrideAccess: false, user: staff.contributor })).rejects.toMatchObject({ status: 403 })
    const saved = await payload.updateGlobal({ slug: 'navigation', data, overrideAccess: false, user: staff.editor })
    expect(saved.items?.[0]?.href).toBe('/courses')
  })
})
