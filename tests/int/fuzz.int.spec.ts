/**
 * Bad input, at volume: at least 1,000 generated malformed requests
 * (FUZZ_REQUESTS, FUZZ_SEED) to every REST write endpoint, as an admin and
 * anonymously. Every answer is a 4xx that names the broken field (or, for a
 * body that cannot be read at all, says so), never a 5xx, and the database
 * and uploaded files are byte for byte as they were.
 */
import fs from 'node:fs'
import path from 'node:path'

import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootCms, type TestCms } from './support/boot'
import { snapshotDatabase, snapshotDifferences, type Snapshot } from './support/dbSnapshot'
import { createStaff, type Staff, validData } from './support/fixtures'
import { buildWorld } from './support/fuzzWorld'
import { BOUNDARY, multipart } from './support/malformedMultipart'
import { describeEntities, type FuzzRequest, type FuzzWorld, malformedRequests, writeEndpoints } from './support/malformedRequests'

const REQUESTS = Math.max(1000, Number(process.env.FUZZ_REQUESTS) || 3000)
const SEED = Number(process.env.FUZZ_SEED) || 20261201

let cms: TestCms
let payload: Payload
let staff: Staff
let adminToken: string
let world: FuzzWorld

async function send(request: Pick<FuzzRequest, 'method' | 'url' | 'headers' | 'body' | 'anonymous'>) {
  const headers = new Headers(request.headers)
  if (!request.anonymous && adminToken) headers.set('authorization', `JWT ${adminToken}`)
  // Bytes, so fetch adds no content type of its own when the request has none.
  const body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body
  const response = await handleEndpoints({
    config: cms.config,
    request: new Request(`http://localhost:3000${request.url}`, { method: request.method, headers, body: body as BodyInit }),
    payloadInstanceCacheKey: cms.key,
  })
  const text = await response.text()
  let json: any = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = { message: text }
  }
  return { status: response.status, body: json }
}

/** Every path and message in a refusal, flattened: Payload's ValidationError, APIError and bulk-update shapes. */
function refusalTexts(body: any): { paths: string[]; texts: string[] } {
  const paths: string[] = []
  const texts: string[] = []
  if (typeof body?.message === 'string') texts.push(body.message)
  for (const error of Array.isArray(body?.errors) ? body.errors : []) {
    if (typeof error?.message === 'string') texts.push(error.message)
    if (typeof error?.field === 'string') paths.push(error.field)
    for (const detail of Array.isArray(error?.data?.errors) ? error.data.errors : []) {
      if (typeof detail?.path === 'string') paths.push(detail.path)
      if (typeof detail?.message === 'string') texts.push(detail.message)
    }
  }
  return { paths, texts }
}

/** Why an answer is wrong, or null when it is a proper refusal. */
function problemWith(request: FuzzRequest, status: number, body: any): string | null {
  if (status >= 500) return `answered ${status}`
  if (status < 400) return `accepted with ${status}`
  const { paths, texts } = refusalTexts(body)
  const clear = texts.some((text) => text.trim() !== '' && text !== 'Something went wrong.')
  if (!clear) return `${status} without a clear message`
  // Refused before validation: no login, no such document, or a body that could not be read at all.
  if (status === 401 || status === 403 || status === 404 || status === 413 || status === 415) return null
  const { path: expected, labels = [] } = request.expect
  if (!expected) return null
  const namesPath = paths.some((p) => p === expected || p.startsWith(`${expected}.`))
  const namesLabel = texts.some((text) => labels.some((label) => label && text.includes(label)))
  return namesPath || namesLabel ? null : `${status} does not name ${expected} (paths ${JSON.stringify(paths)}, message ${JSON.stringify(texts.join(' | ').slice(0, 200))})`
}

beforeAll(async () => {
  cms = await bootCms()
  payload = cms.payload
  staff = await createStaff(payload)
  world = await buildWorld(cms, staff)
  const login = await send({ method: 'POST', url: '/api/users/login', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: staff.admin.email, password: 'admin-Passw0rd!' }), anonymous: true })
  expect(login.status).toBe(200)
  adminToken = login.body.token
})

afterAll(async () => cms?.close())

describe('malformed REST writes', () => {
  it(`refuses ${REQUESTS} malformed requests with 4xx naming the field, and stores nothing`, async () => {
    const uploadsDir = path.join(cms.dataDir, 'uploads')
    const before: Snapshot = await snapshotDatabase(payload, uploadsDir)
    const byStatus: Record<string, number> = {}
    const byEndpoint: Record<string, number> = {}
    const byKind: Record<string, number> = {}
    const problems: string[] = []
    let sent = 0
    for (const request of malformedRequests(world, { seed: SEED, count: REQUESTS })) {
      const { status, body } = await send(request)
      sent += 1
      byStatus[status] = (byStatus[status] ?? 0) + 1
      byEndpoint[request.endpoint] = (byEndpoint[request.endpoint] ?? 0) + 1
      const kind = request.kind.split(':')[0]
      byKind[kind] = (byKind[kind] ?? 0) + 1
      const problem = problemWith(request, status, body)
      if (problem) {
        const sample = typeof request.body === 'string' ? request.body.slice(0, status < 400 ? 1500 : 160) : `${request.body.length} bytes`
        problems.push(`#${sent} ${request.anonymous ? 'anon ' : ''}${request.method} ${request.url.slice(0, 120)} [${request.kind} ${request.expect.path ?? ''}]: ${problem} — body ${sample}`)
      }
    }
    const after = await snapshotDatabase(payload, uploadsDir)
    const changes = snapshotDifferences(before, after)
    const endpoints = writeEndpoints(describeEntities(cms.config)).map((e) => e.name)
    const summary = {
      seed: SEED,
      requests: sent,
      endpoints: endpoints.length,
      byStatus,
      serverErrors: Object.entries(byStatus).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0),
      accepted: Object.entries(byStatus).filter(([s]) => Number(s) < 400).reduce((n, [, c]) => n + c, 0),
      problems: problems.length,
      storedChanges: changes.length,
      byKind,
      byEndpoint,
    }
    fs.mkdirSync('test-results', { recursive: true })
    fs.writeFileSync('test-results/fuzz-summary.json', `${JSON.stringify({ ...summary, problems: problems.slice(0, 1000), changes }, null, 2)}\n`)
    console.log(
      `fuzz: ${sent} malformed requests to ${endpoints.length} write endpoints (seed ${SEED}): status ${Object.entries(byStatus).map(([s, c]) => `${s}×${c}`).join(' ')}; 5xx ${summary.serverErrors}; not naming the field ${problems.length - summary.serverErrors - summary.accepted}; database changes ${changes.length}`,
    )
    expect(endpoints.every((name) => byEndpoint[name] > 0), 'every write endpoint was fuzzed').toBe(true)
    expect(problems.slice(0, 40)).toEqual([])
    expect(changes).toEqual([])
  })

  // Run after the fuzz, since these do change the database: a guard that refused everything would pass the fuzz too.
  it('still takes well-formed writes through the same endpoints', async () => {
    const json = (method: 'POST' | 'PATCH', url: string, body: unknown) => send({ method, url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), anonymous: false })
    const answers: Array<[string, number, string]> = []
    const note = (what: string, response: { status: number; body: unknown }) => answers.push([what, response.status, JSON.stringify(response.body).slice(0, 200)])
    for (const collection of cms.config.collections) {
      // Fresh documents (new slugs, new file names), so nothing here depends on what the fuzz left behind.
      const { data, file } = await validData(collection.slug, { fieldId: world.stored.fields.id }).catch(() => ({ data: {}, file: undefined }))
      // A review request needs a draft to review: it is written below, after one.
      if (collection.admin?.hidden === true || collection.endpoints === false || ['audit-log', 'payload-jobs', 'reviews'].includes(collection.slug)) continue
      if (file) {
        const body = multipart([{ name: '_payload', data: JSON.stringify(data) }, { name: 'file', filename: file.name, type: file.mimetype, data: new Uint8Array(file.data) }], BOUNDARY)
        note(`POST /api/${collection.slug} (upload)`, await send({ method: 'POST', url: `/api/${collection.slug}`, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, body, anonymous: false }))
      } else {
        note(`POST /api/${collection.slug}`, await json('POST', `/api/${collection.slug}`, data))
      }
    }
    const courseId = world.stored.courses.id
    const noticeId = world.stored.notices.id
    // The admin saves every document as multipart with a _payload part.
    const adminSave = multipart([{ name: '_payload', data: JSON.stringify({ ...world.stored.courses.data, title: '스마트폰 활용' }) }], BOUNDARY)
    note('PATCH /api/courses/:id (admin form)', await send({ method: 'PATCH', url: `/api/courses/${courseId}?locale=ko&fallback-locale=null&depth=0`, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, body: adminSave, anonymous: false }))
    note('PATCH /api/courses/:id?locale=en', await json('PATCH', `/api/courses/${courseId}?locale=en`, { title: 'Using a smartphone' }))
    note('PATCH /api/notices?where', await json('PATCH', `/api/notices?where[id][in][0]=${noticeId}`, { pinned: true }))
    const draftPost = await json('POST', '/api/board-posts?draft=true', { title: '검토 받을 글', category: 'notice', _status: 'draft' })
    note('POST /api/reviews', await json('POST', '/api/reviews', { document: { relationTo: 'board-posts', value: (draftPost.body as any)?.doc?.id }, message: '검토 부탁드립니다.' }))
    note('POST /api/courses?draft=true&autosave=true', await json('POST', '/api/courses?draft=true&autosave=true', { title: '쓰는 중인 과정' }))
    note('POST /api/globals/navigation', await json('POST', '/api/globals/navigation', { items: [{ label: '교육 과정', href: '/courses' }, { label: '공지', href: '/notices' }] }))
    note('POST /api/payload-preferences/:key', await json('POST', '/api/payload-preferences/nav', { value: { open: true, groups: { 교육: { open: false } } } }))
    note('POST /api/users/forgot-password', await json('POST', '/api/users/forgot-password', { email: staff.editor.email }))
    note('POST /api/users/login', await json('POST', '/api/users/login', { email: staff.editor.email, password: 'editor-Passw0rd!' }))
    expect(answers.filter(([, status]) => status >= 300)).toEqual([])
  })

  it('holds the password policy on reset-password too', async () => {
    const token = await payload.forgotPassword({ collection: 'users', data: { email: staff.editor.email }, disableEmail: true })
    const before = await snapshotDatabase(payload, path.join(cms.dataDir, 'uploads'))
    const response = await send({ method: 'POST', url: '/api/users/reset-password', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, password: 'short1!' }), anonymous: true })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'password', message: expect.stringMatching(/12자 이상/) })])
    await expect(payload.resetPassword({ collection: 'users', data: { token: token as string, password: 'tiny' }, overrideAccess: true })).rejects.toMatchObject({ status: 400 })
    expect(snapshotDifferences(before, await snapshotDatabase(payload, path.join(cms.dataDir, 'uploads')))).toEqual([])
  })
})
