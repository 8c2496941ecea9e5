/**
 * The REST API as outside readers and the admin use it (the same handler
 * Next.js mounts at /api): anonymous writes are refused, bad documents get a
 * 400 naming the field, and nothing is stored.
 */
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootCms, type TestCms } from './support/boot'
import { courseRun, createStaff, validData } from './support/fixtures'

let cms: TestCms
let fieldId: number | string
let editorToken: string

async function api(path: string, init: RequestInit & { token?: string; json?: unknown } = {}) {
  const headers = new Headers(init.headers)
  if (init.json !== undefined) headers.set('content-type', 'application/json')
  if (init.token) headers.set('authorization', `JWT ${init.token}`)
  const request = new Request(`http://localhost:3000/api${path}`, {
    ...init,
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  })
  const response = await handleEndpoints({ config: cms.config, request, payloadInstanceCacheKey: cms.key })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

beforeAll(async () => {
  cms = await bootCms()
  await createStaff(cms.payload)
  fieldId = (await cms.payload.create({ collection: 'fields', data: { name: 'AI', slug: 'ai', _status: 'published' }, overrideAccess: true })).id
  const login = await api('/users/login', { method: 'POST', json: { email: 'editor.staff@test.seocho.kr', password: 'editor-Passw0rd!' } })
  expect(login.status).toBe(200)
  editorToken = login.body.token
})

afterAll(async () => cms?.close())

const WRITABLE = ['courses', 'fields', 'instructors', 'notices', 'board-posts', 'zones', 'pages', 'users']

describe('REST API', () => {
  it.each(WRITABLE)('refuses an anonymous POST to /api/%s and stores nothing', async (slug) => {
    const before = await cms.payload.count({ collection: slug as any, overrideAccess: true })
    const { data } = await validData(slug, { fieldId })
    const response = await api(`/${slug}`, { method: 'POST', json: { ...data, _status: 'published' } })
    expect(response.status).toBe(403)
    expect((await cms.payload.count({ collection: slug as any, overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses an anonymous PATCH and DELETE of a published course', async () => {
    const { data } = await validData('courses', { fieldId })
    const course = await cms.payload.create({ collection: 'courses', data: { ...data, _status: 'published' }, overrideAccess: true })
    expect((await api(`/courses/${course.id}`, { method: 'PATCH', json: { title: 'hacked' } })).status).toBe(403)
    expect((await api(`/courses/${course.id}`, { method: 'DELETE' })).status).toBe(403)
    const stored = await cms.payload.findByID({ collection: 'courses', id: course.id, overrideAccess: true })
    expect(stored.title).toBe(data.title)
  })

  it('answers a bad course with 400 naming each bad field, and stores nothing', async () => {
    const before = await cms.payload.count({ collection: 'courses', overrideAccess: true })
    const { data } = await validData('courses', { fieldId })
    const bad = { ...data, slug: 'Bad Slug!', runs: [courseRun({ registrationUrl: 'http://insecure.example.com', capacity: 0 })] }
    const response = await api('/courses', { method: 'POST', json: bad, token: editorToken })
    expect(response.status).toBe(400)
    const paths = response.body.errors[0].data.errors.map((error: { path: string }) => error.path).sort()
    expect(paths).toEqual(['runs.0.capacity', 'runs.0.registrationUrl', 'slug'])
    expect(response.body.errors[0].message).toMatch(/slug/)
    expect((await cms.payload.count({ collection: 'courses', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('gives English reasons to an English admin', async () => {
    const { data } = await validData('courses', { fieldId })
    const response = await api('/courses', {
      method: 'POST',
      json: { ...data, runs: [courseRun({ endTime: '09:00' })] },
      token: editorToken,
      headers: { 'accept-language': 'en' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'runs.0.endTime', message: expect.stringMatching(/later than the start time/) })
  })

  it('lets an editor create a good course, which anonymous readers see once published', async () => {
    const { data } = await validData('courses', { fieldId })
    const created = await api('/courses', { method: 'POST', json: { ...data, _status: 'published' }, token: editorToken })
    expect(created.status).toBe(201)
    const list = await api(`/courses?where[slug][equals]=${data.slug}`)
    expect(list.body.totalDocs).toBe(1)
    expect(list.body.docs[0].runs[0]).toMatchObject({ registrationUrl: data.runs[0].registrationUrl, capacity: 20 })
  })

  it('hides drafts from anonymous readers', async () => {
    const { data } = await validData('notices', { fieldId })
    await api('/notices?draft=true', { method: 'POST', json: { ...data, _status: 'draft' }, token: editorToken })
    const list = await api(`/notices?where[slug][equals]=${data.slug}`)
    expect(list.body.totalDocs).toBe(0)
    const asDraft = await api(`/notices?draft=true&where[slug][equals]=${data.slug}`)
    expect(asDraft.body.totalDocs).toBe(0)
  })

  it('serves English with Korean fallback per field', async () => {
    const { data } = await validData('courses', { fieldId })
    const course = await cms.payload.create({ collection: 'courses', data: { ...data, _status: 'published' }, overrideAccess: true, locale: 'ko' })
    await cms.payload.update({ collection: 'courses', id: course.id, data: { title: 'Smartphone basics' }, locale: 'en', overrideAccess: true })
    const english = await api(`/courses/${course.id}?locale=en`)
    expect(english.body.title).toBe('Smartphone basics')
    expect(english.body.summary).toBe(data.summary)
  })
})
