/**
 * Review requests (검토 요청) and refusals, through the REST handler the admin
 * uses and the Local API as staff act: a contributor asks, an editor returns
 * with a comment or publishes, the contributor reads the outcome. A
 * contributor cannot publish through the API either, and every refusal is in
 * Korean and says what to do.
 */
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootCms, type TestCms } from './support/boot'
import { createStaff, richText, type Staff } from './support/fixtures'

let cms: TestCms
let payload: Payload
let staff: Staff
const tokens: Record<string, string> = {}

async function api(path: string, { method = 'GET', json, as }: { method?: string; json?: unknown; as?: 'contributor' | 'editor' | 'admin' } = {}) {
  const headers = new Headers({ 'accept-language': 'ko' })
  if (json !== undefined) headers.set('content-type', 'application/json')
  if (as) headers.set('authorization', `JWT ${tokens[as]}`)
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) })
  const response = await handleEndpoints({ config: cms.config, request, payloadInstanceCacheKey: cms.key })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** Every message of an error answer, field messages included. */
const messagesOf = (body: any): string =>
  (body?.errors ?? []).flatMap((error: any) => [error.message, ...(error.data?.errors ?? []).map((e: any) => e.message)]).join(' ')

const quiet = { context: { skipBuild: true } } as const

async function contributorDraft(title = '12월 스마트폰 교실 안내') {
  const created = await api('/board-posts?draft=true', { method: 'POST', as: 'contributor', json: { title, category: 'schedule', body: richText('매주 화요일'), _status: 'draft' } })
  expect(created.status).toBe(201)
  return created.body.doc as { id: number; slug: string }
}

const ask = (id: number, message?: string) =>
  api('/reviews?depth=0', { method: 'POST', as: 'contributor', json: { document: { relationTo: 'board-posts', value: id }, ...(message ? { message } : {}) } })

beforeAll(async () => {
  cms = await bootCms()
  payload = cms.payload
  staff = await createStaff(payload)
  for (const role of ['contributor', 'editor', 'admin'] as const) {
    const login = await api('/users/login', { method: 'POST', json: { email: `${role}.staff@test.seocho.kr`, password: `${role}-Passw0rd!` } })
    tokens[role] = login.body.token
  }
})

afterAll(async () => cms?.close())

describe('a contributor cannot publish, and is told what to do instead', () => {
  it.each([
    ['creating a post as published', 'POST', '/board-posts', { title: '바로 게시', category: 'notice', body: richText('x'), _status: 'published' }],
    ['creating a notice as published', 'POST', '/notices', { title: '바로 게시', category: 'announcement', body: richText('x'), _status: 'published' }],
  ])('%s: 403 in Korean, naming 검토 요청', async (_case, method, path, json) => {
    const before = await payload.count({ collection: path.slice(1) as never, overrideAccess: true })
    const response = await api(path, { method, as: 'contributor', json })
    expect(response.status).toBe(403)
    expect(messagesOf(response.body)).toContain("'검토 요청'")
    expect(messagesOf(response.body)).not.toMatch(/unknown|not allowed/i)
    expect((await payload.count({ collection: path.slice(1) as never, overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('publishing their own draft: 403 in Korean, and the post stays a draft', async () => {
    const post = await contributorDraft()
    const response = await api(`/board-posts/${post.id}`, { method: 'PATCH', as: 'contributor', json: { _status: 'published' } })
    expect(response.status).toBe(403)
    expect(messagesOf(response.body)).toBe("작성자는 글을 바로 게시할 수 없습니다. '임시 저장'으로 저장한 뒤 '검토 요청'을 누르면 편집자가 검토하고 게시합니다.")
    expect((await payload.findByID({ collection: 'board-posts', id: post.id, overrideAccess: true })).publishedDate ?? null).toBeDefined()
    expect((await payload.find({ collection: 'board-posts', where: { id: { equals: post.id }, _status: { equals: 'published' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('editing an already published post without draft=true (which would publish it): 403, named', async () => {
    const post = await payload.create({ collection: 'board-posts', data: { title: '게시된 글', category: 'notice', body: richText('x'), _status: 'published' }, overrideAccess: true, ...quiet })
    const response = await api(`/board-posts/${post.id}`, { method: 'PATCH', as: 'contributor', json: { title: '몰래 고침' } })
    expect(response.status).toBe(403)
    expect(messagesOf(response.body)).toContain('검토 요청')
    expect((await payload.findByID({ collection: 'board-posts', id: post.id, overrideAccess: true })).title).toBe('게시된 글')
  })

  it.each([
    ['deleting a post', 'DELETE', 'board-posts', undefined, '지우는 일은 편집자와 관리자만'],
    ['writing a course', 'POST', 'courses', { title: '새 과정' }, '교육 과정은 편집자와 관리자만'],
    ['reading staff accounts', 'GET', 'users/1', undefined, ''],
  ])('%s: a Korean refusal that says who can', async (_case, method, path, json, expected) => {
    const target = path === 'board-posts' ? `board-posts/${(await contributorDraft('지울 글')).id}` : path
    const response = await api(`/${target}`, { method, as: 'contributor', json })
    expect([403, 404]).toContain(response.status)
    if (expected) expect(messagesOf(response.body)).toContain(expected)
    expect(messagesOf(response.body)).not.toMatch(/[A-Za-z]{4,}/)
  })

  it('anonymous writes are refused with "로그인이 필요합니다"', async () => {
    const response = await api('/notices', { method: 'POST', json: { title: 'x' } })
    expect(response.status).toBe(403)
    expect(messagesOf(response.body)).toContain('로그인이 필요합니다')
  })
})

describe('asking for a review', () => {
  it('records who asked, when, and the title, whatever the request says', async () => {
    const post = await contributorDraft('1월 키오스크 교실')
    const response = await api('/reviews?depth=0', {
      method: 'POST',
      as: 'contributor',
      json: { document: { relationTo: 'board-posts', value: post.id }, message: '사진은 다음 주에 넣겠습니다.', status: 'published', requestedBy: staff.editor.id },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({
      status: 'waiting',
      documentTitle: '1월 키오스크 교실',
      message: '사진은 다음 주에 넣겠습니다.',
      requestedBy: staff.contributor.id,
      requestedByName: 'contributor',
    })
  })

  it.each([
    ['twice for the same draft', async () => {
      const post = await contributorDraft('두 번 요청')
      await ask(post.id)
      return ask(post.id)
    }, 409, '이미 검토를 기다리고'],
    ['for a post exactly as published', async () => {
      const post = await payload.create({ collection: 'board-posts', data: { title: '그대로', category: 'notice', body: richText('x'), _status: 'published' }, overrideAccess: true, ...quiet })
      return ask(post.id)
    }, 409, '고친 내용을 임시 저장한 뒤'],
    ['for a post that does not exist', async () => ask(999_999), 400, '찾을 수 없습니다'],
  ])('is refused %s, in Korean', async (_case, attempt, status, expected) => {
    const response = await attempt()
    expect(response.status).toBe(status)
    expect(messagesOf(response.body)).toContain(expected)
  })
})

describe('an editor answers', () => {
  it('returns it with a comment; the contributor reads it and marks it read', async () => {
    const post = await contributorDraft('돌려받을 글')
    const review = (await ask(post.id)).body.doc
    const empty = await api(`/reviews/${review.id}?depth=0`, { method: 'PATCH', as: 'editor', json: { status: 'returned' } })
    expect(empty.status).toBe(400)
    expect(messagesOf(empty.body)).toContain('무엇을 고치면 되는지')

    const returned = await api(`/reviews/${review.id}?depth=0`, { method: 'PATCH', as: 'editor', json: { status: 'returned', comment: '날짜를 다시 확인해 주세요.' } })
    expect(returned.status).toBe(200)
    expect(returned.body.doc).toMatchObject({ status: 'returned', comment: '날짜를 다시 확인해 주세요.', decidedBy: staff.editor.id, decidedByName: 'editor', seenByRequester: false })

    const mine = await api(`/reviews?where[seenByRequester][equals]=false&where[status][equals]=returned`, { as: 'contributor' })
    expect(mine.body.docs.map((r: any) => r.id)).toContain(review.id)
    const seen = await api(`/reviews/${review.id}?depth=0`, { method: 'PATCH', as: 'contributor', json: { seenByRequester: true } })
    expect(seen.status).toBe(200)
    expect(seen.body.doc.seenByRequester).toBe(true)
  })

  it('publishes the post: the request becomes 게시됨, decided by the editor', async () => {
    const post = await contributorDraft('게시될 글')
    const review = (await ask(post.id)).body.doc
    const published = await api(`/board-posts/${post.id}`, { method: 'PATCH', as: 'editor', json: { _status: 'published' } })
    expect(published.status).toBe(200)
    const settled = await payload.findByID({ collection: 'reviews', id: review.id, overrideAccess: true, depth: 0 })
    expect(settled).toMatchObject({ status: 'published', decidedBy: staff.editor.id, decidedByName: 'editor', seenByRequester: false })
    expect(settled.decidedAt).toBeTruthy()
  })

  it.each([
    ['the contributor returns their own request', 'contributor', { status: 'returned', comment: '스스로' }, '편집자와 관리자만'],
    ['an editor marks a request published by hand', 'editor', { status: 'published' }, "'게시' 버튼"],
  ])('%s: refused in Korean', async (_case, as, json, expected) => {
    const post = await contributorDraft(`규칙 ${_case}`)
    const review = (await ask(post.id)).body.doc
    const response = await api(`/reviews/${review.id}?depth=0`, { method: 'PATCH', as: as as 'editor', json })
    expect(response.status).toBe(403)
    expect(messagesOf(response.body)).toContain(expected)
    expect((await payload.findByID({ collection: 'reviews', id: review.id, overrideAccess: true })).status).toBe('waiting')
  })

  it('a decided request is history: nobody changes its outcome', async () => {
    const post = await contributorDraft('결정된 글')
    const review = (await ask(post.id)).body.doc
    await api(`/reviews/${review.id}?depth=0`, { method: 'PATCH', as: 'editor', json: { status: 'returned', comment: '다시' } })
    const reopened = await api(`/reviews/${review.id}?depth=0`, { method: 'PATCH', as: 'admin', json: { status: 'waiting' } })
    expect(reopened.status).toBe(403)
    expect(messagesOf(reopened.body)).toContain('이미 결정된')
  })

  it("contributors see only their own requests; another contributor cannot touch them", async () => {
    const other = await payload.create({ collection: 'users', data: { email: 'other@test.seocho.kr', password: 'Seocho-Passw0rd!!', name: '다른 작성자', role: 'contributor' }, overrideAccess: true })
    const post = await contributorDraft('남의 글')
    const review = (await ask(post.id)).body.doc
    const seen = await payload.find({ collection: 'reviews', overrideAccess: false, user: { ...(other as object), collection: 'users' } as never })
    expect(seen.docs).toEqual([])
    await expect(
      payload.update({ collection: 'reviews', id: review.id, data: { seenByRequester: true }, overrideAccess: false, user: { ...(other as object), collection: 'users' } as never }),
    ).rejects.toThrow()
  })
})

describe('drafts are checked for form, not completeness', () => {
  it.each([
    ['a time written "오후 2시"', { runs: [{ termMonth: '2027-01', startTime: '오후 2시' }] }, 'runs.0.startTime', '오후 2시는 14:00'],
    ['a month written "1월"', { runs: [{ termMonth: '1월' }] }, 'runs.0.termMonth', 'YYYY-MM'],
    ['a registration link without https', { runs: [{ termMonth: '2027-01', registrationUrl: 'www.seocho.go.kr' }] }, 'runs.0.registrationUrl', 'https://'],
    ['a date that is no date', { runs: [{ termMonth: '2027-01', startDate: '2027-13-45' }] }, 'runs.0.startDate', ''],
    ['a negative fee', { fee: -5000 }, 'fee', '0 이상의 정수'],
    ['a capacity of 2.5 people', { runs: [{ termMonth: '2027-01', capacity: 2.5 }] }, 'runs.0.capacity', '1 이상의 정수'],
  ])('%s is refused when the draft is saved, naming the field', async (_case, data, path, expected) => {
    const response = await api('/courses?draft=true', { method: 'POST', as: 'editor', json: { title: '초안 과정', ...data, _status: 'draft' } })
    expect(response.status).toBe(400)
    const errors = response.body.errors[0].data.errors as Array<{ path: string; message: string }>
    const error = errors.find((e) => e.path === path)
    expect(error, JSON.stringify(errors)).toBeDefined()
    if (expected) expect(error!.message).toContain(expected)
  })

  it('an unfinished draft (no field, no level, no summary, no runs) saves', async () => {
    const response = await api('/courses?draft=true', { method: 'POST', as: 'editor', json: { title: '아직 쓰는 중', _status: 'draft' } })
    expect(response.status).toBe(201)
  })

  it('publishing it still asks for everything required', async () => {
    const draft = (await api('/courses?draft=true', { method: 'POST', as: 'editor', json: { title: '게시해 볼 초안', _status: 'draft' } })).body.doc
    const response = await api(`/courses/${draft.id}`, { method: 'PATCH', as: 'editor', json: { _status: 'published' } })
    expect(response.status).toBe(400)
    const paths = response.body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['field', 'level', 'summary']))
  })
})

describe('slugs', () => {
  it('are made from the Korean title, unique in the collection, and kept when the title changes', async () => {
    const first = (await api('/notices?draft=true', { method: 'POST', as: 'editor', json: { title: '스마트폰 처음 배우기', category: 'announcement', _status: 'draft' } })).body.doc
    const second = (await api('/notices?draft=true', { method: 'POST', as: 'editor', json: { title: '스마트폰 처음 배우기', category: 'announcement', _status: 'draft' } })).body.doc
    const third = (await api('/notices?draft=true', { method: 'POST', as: 'editor', json: { title: '스마트폰 처음 배우기', category: 'announcement', slug: '', _status: 'draft' } })).body.doc
    expect([first.slug, second.slug, third.slug]).toEqual(['seumateupon-cheoeum-baeugi', 'seumateupon-cheoeum-baeugi-2', 'seumateupon-cheoeum-baeugi-3'])
    const renamed = await api(`/notices/${first.id}?draft=true`, { method: 'PATCH', as: 'editor', json: { title: '태블릿 처음 배우기', slug: '' } })
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.slug).toBe('seumateupon-cheoeum-baeugi')
  })

  it('one typed by staff is kept as typed', async () => {
    const doc = (await api('/notices?draft=true', { method: 'POST', as: 'editor', json: { title: '키오스크', slug: 'kiosk-2027', category: 'announcement', _status: 'draft' } })).body.doc
    expect(doc.slug).toBe('kiosk-2027')
  })
})
