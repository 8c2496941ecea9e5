/**
 * Every validation rule with good and bad input: a refusal names the field,
 * says why, and leaves what is stored exactly as it was.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootCms, type TestCms } from './support/boot'
import { courseRun, createStaff, pdfFile, pngFile, richText, type Staff, validData } from './support/fixtures'

let cms: TestCms
let payload: Payload
let staff: Staff
let fieldId: number | string
let existingCourse: any

beforeAll(async () => {
  cms = await bootCms()
  payload = cms.payload
  staff = await createStaff(payload)
  fieldId = (await payload.create({ collection: 'fields', data: { name: 'AI', slug: 'ai', _status: 'published' }, overrideAccess: true })).id
  const { data } = await validData('courses', { fieldId })
  existingCourse = await payload.create({ collection: 'courses', data: { ...data, slug: 'existing-course', _status: 'published' }, overrideAccess: true })
})

afterAll(async () => cms?.close())

const course = async (overrides: Record<string, unknown> = {}, run: Record<string, unknown> = {}) => {
  const { data } = await validData('courses', { fieldId })
  return { ...data, runs: [courseRun(run)], ...overrides }
}
const openCall = async (overrides: Record<string, unknown> = {}) => {
  const { data } = await validData('notices', { fieldId })
  return { ...data, category: 'open-call', deadline: '2026-12-15T18:00:00.000+09:00', applicationUrl: 'https://www.seocho.go.kr/call/ai', ...overrides }
}
const zone = async (overrides: Record<string, unknown> = {}) => ({ ...(await validData('zones', { fieldId })).data, ...overrides })

interface BadCase {
  name: string
  collection: string
  build: () => Promise<{ data: any; file?: any }>
  path: string
  reason: RegExp
}

const badCases: BadCase[] = [
  { name: 'slug with spaces and capitals', collection: 'courses', build: async () => ({ data: await course({ slug: 'AI Basics' }) }), path: 'slug', reason: /영문 소문자/ },
  { name: 'a page slug that is one of the site\'s sections', collection: 'pages', build: async () => ({ data: { ...(await validData('pages', { fieldId })).data, slug: 'courses' } }), path: 'slug', reason: /메뉴 주소/ },
  { name: 'slug already taken', collection: 'courses', build: async () => ({ data: await course({ slug: 'existing-course' }) }), path: 'slug', reason: /이미 쓰이는 값/ },
  { name: 'registration link over http', collection: 'courses', build: async () => ({ data: await course({}, { registrationUrl: 'http://yeyak.seocho.go.kr/1' }) }), path: 'runs.0.registrationUrl', reason: /https:\/\// },
  { name: 'registration link with javascript:', collection: 'courses', build: async () => ({ data: await course({}, { registrationUrl: 'javascript:alert(1)' }) }), path: 'runs.0.registrationUrl', reason: /https:\/\// },
  { name: 'registration link missing', collection: 'courses', build: async () => ({ data: await course({}, { registrationUrl: '' }) }), path: 'runs.0.registrationUrl', reason: /입력/ },
  { name: 'end date before start date', collection: 'courses', build: async () => ({ data: await course({}, { endDate: '2027-01-04T00:00:00.000+09:00' }) }), path: 'runs.0.endDate', reason: /종료일/ },
  { name: 'end time before start time', collection: 'courses', build: async () => ({ data: await course({}, { startTime: '14:00', endTime: '13:00' }) }), path: 'runs.0.endTime', reason: /종료 시각/ },
  { name: 'end time equal to start time', collection: 'courses', build: async () => ({ data: await course({}, { startTime: '14:00', endTime: '14:00' }) }), path: 'runs.0.endTime', reason: /종료 시각/ },
  { name: 'time not HH:MM', collection: 'courses', build: async () => ({ data: await course({}, { startTime: '9시' }) }), path: 'runs.0.startTime', reason: /HH:MM/ },
  { name: 'capacity zero', collection: 'courses', build: async () => ({ data: await course({}, { capacity: 0 }) }), path: 'runs.0.capacity', reason: /1 이상/ },
  { name: 'capacity fractional', collection: 'courses', build: async () => ({ data: await course({}, { capacity: 2.5 }) }), path: 'runs.0.capacity', reason: /1 이상/ },
  { name: 'capacity negative', collection: 'courses', build: async () => ({ data: await course({}, { capacity: -5 }) }), path: 'runs.0.capacity', reason: /1 이상/ },
  { name: 'term month malformed', collection: 'courses', build: async () => ({ data: await course({}, { termMonth: '2027-13' }) }), path: 'runs.0.termMonth', reason: /YYYY-MM/ },
  { name: 'start date outside its term', collection: 'courses', build: async () => ({ data: await course({}, { termMonth: '2027-02' }) }), path: 'runs.0.startDate', reason: /수강 월/ },
  { name: 'override closes before it opens', collection: 'courses', build: async () => ({ data: await course({}, { registrationOpensOn: '2026-12-20T00:00:00+09:00', registrationClosesOn: '2026-12-10T00:00:00+09:00' }) }), path: 'runs.0.registrationClosesOn', reason: /종료일/ },
  { name: 'negative fee', collection: 'courses', build: async () => ({ data: await course({ fee: -1000 }) }), path: 'fee', reason: /0 이상/ },
  { name: 'level outside the list', collection: 'courses', build: async () => ({ data: await course({ level: 'expert' }) }), path: 'level', reason: /목록에서 다시 고르세요/ },
  { name: 'open call without deadline', collection: 'notices', build: async () => ({ data: await openCall({ deadline: null }) }), path: 'deadline', reason: /마감일/ },
  { name: 'open call without link', collection: 'notices', build: async () => ({ data: await openCall({ applicationUrl: '' }) }), path: 'applicationUrl', reason: /신청 링크/ },
  { name: 'open call with data: link', collection: 'notices', build: async () => ({ data: await openCall({ applicationUrl: 'data:text/html,<script>alert(1)</script>' }) }), path: 'applicationUrl', reason: /https:\/\// },
  { name: 'zone reservation over http', collection: 'zones', build: async () => ({ data: await zone({ reservationUrl: 'http://yeyak.seocho.go.kr/vr' }) }), path: 'reservationUrl', reason: /https:\/\// },
  { name: 'zone booking day 31', collection: 'zones', build: async () => ({ data: await zone({ bookingOpensDay: 31 }) }), path: 'bookingOpensDay', reason: /28/ },
  { name: 'zone hours closing before opening', collection: 'zones', build: async () => ({ data: await zone({ hours: [{ days: '평일', opens: '18:00', closes: '09:00' }] }) }), path: 'hours.0.closes', reason: /종료 시각/ },
  { name: 'image without alt text', collection: 'media', build: async () => ({ data: { alt: '' }, file: await pngFile('no-alt.png') }), path: 'alt', reason: /입력하세요/ },
  { name: 'image over the pixel limit (decompression bomb)', collection: 'media', build: async () => ({ data: { alt: '큰 그림' }, file: await bomb() }), path: 'file', reason: /화소/ },
  { name: 'SVG with script named .png', collection: 'media', build: async () => ({ data: { alt: '그림' }, file: named('logo.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/png') }), path: 'file', reason: /형식이 아닙니다/ },
  { name: 'SVG upload', collection: 'media', build: async () => ({ data: { alt: '그림' }, file: named('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml') }), path: 'file', reason: /올릴 수 없습니다/ },
  { name: 'executable renamed to .pdf', collection: 'documents', build: async () => ({ data: { title: '일정' }, file: named('schedule.pdf', Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(200), Buffer.from('This program cannot be run in DOS mode', 'latin1'), Buffer.alloc(400)]), 'application/pdf') }), path: 'file', reason: /형식이 아닙니다/ },
  { name: 'HTML renamed to .pdf', collection: 'documents', build: async () => ({ data: { title: '일정' }, file: named('schedule.pdf', '<!doctype html><html><script>alert(1)</script></html>', 'application/pdf') }), path: 'file', reason: /형식이 아닙니다/ },
  { name: 'PNG renamed to .hwp', collection: 'documents', build: async () => ({ data: { title: '일정' }, file: { ...(await pngFile()), name: 'form.hwp', mimetype: 'application/x-hwp' } }), path: 'file', reason: /형식이 아닙니다/ },
  { name: 'a text file', collection: 'documents', build: async () => ({ data: { title: '메모' }, file: named('memo.txt', '안녕하세요', 'text/plain') }), path: 'file', reason: /올릴 수 있는 형식/ },
  { name: 'attachment over 20 MB', collection: 'documents', build: async () => ({ data: { title: '큰 파일' }, file: await oversizedPdf() }), path: 'file', reason: /20MB/ },
]

function named(name: string, content: string | Buffer, mimetype: string) {
  const data = Buffer.isBuffer(content) ? content : Buffer.from(content)
  return { name, data, mimetype, size: data.length }
}

async function bomb() {
  const data = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#000' } }).png({ compressionLevel: 9, palette: true }).toBuffer()
  return { name: 'bomb.png', data, mimetype: 'image/png', size: data.length }
}

async function oversizedPdf() {
  const pdf = await pdfFile('big.pdf')
  const data = Buffer.concat([pdf.data, Buffer.alloc(21 * 1024 * 1024)])
  return { ...pdf, data, size: data.length }
}

describe('bad input is refused, names the field, and stores nothing', () => {
  it.each(badCases)('$collection: $name → $path', async ({ collection, build, path, reason }) => {
    const before = await payload.count({ collection: collection as any, overrideAccess: true })
    const { data, file } = await build()
    const error: any = await payload
      .create({ collection: collection as any, data, file, overrideAccess: false, user: staff.editor, draft: false })
      .then(() => null, (e) => e)
    expect(error, 'the document was accepted').not.toBeNull()
    expect(error.status).toBe(400)
    const fieldErrors: { path: string; message: string }[] = error.data?.errors ?? []
    const match = fieldErrors.find((e) => e.path === path)
    expect(match, `errors were ${JSON.stringify(fieldErrors)}`).toBeDefined()
    expect(match!.message).toMatch(reason)
    const after = await payload.count({ collection: collection as any, overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('a bad edit leaves the stored course exactly as it was', async () => {
    const before = await payload.findByID({ collection: 'courses', id: existingCourse.id, overrideAccess: true, depth: 0 })
    await expect(
      payload.update({
        collection: 'courses',
        id: existingCourse.id,
        data: { title: '바뀐 제목', runs: [courseRun({ capacity: 0 }) as any] },
        overrideAccess: false,
        user: staff.editor,
      }),
    ).rejects.toMatchObject({ status: 400 })
    const after = await payload.findByID({ collection: 'courses', id: existingCourse.id, overrideAccess: true, depth: 0 })
    expect(after).toEqual(before)
  })

  it.each([0, 29, 40])('site settings refuse a registration window of %i days, saying the range', async (windowDays) => {
    const before = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { centerName: '센터', address: '주소', phone: '02', links: { registrationSystem: 'https://a.kr' }, registrationRule: { windowDays, opensAt: '09:00', closesAt: '18:00' } },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'registrationRule.windowDays', message: expect.stringMatching(/1일에서 28일 사이/) })] } })
    expect(await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })).toEqual(before)
  })

  it('English admins read the reason in English', async () => {
    const error: any = await payload
      .create({ collection: 'courses', data: await course({}, { capacity: 0 }), overrideAccess: true, locale: 'en', req: { i18n: { language: 'en' } } as any })
      .catch((e) => e)
    expect(error.data.errors[0].message).toMatch(/whole number/)
  })
})

describe('good input is kept as given', () => {
  it('a one-day class (same start and end date) is fine', async () => {
    const saved = await payload.create({
      collection: 'courses',
      data: await course({}, { startDate: '2027-01-09T00:00:00+09:00', endDate: '2027-01-09T00:00:00+09:00', weekdays: ['sat'] }),
      overrideAccess: false,
      user: staff.editor,
    })
    expect(saved.runs?.[0]?.capacity).toBe(20)
  })

  it('an open call with deadline and https link is fine', async () => {
    const saved = await payload.create({ collection: 'notices', data: await openCall(), overrideAccess: false, user: staff.editor })
    expect(saved.applicationUrl).toBe('https://www.seocho.go.kr/call/ai')
  })

  it('a Korean title with no slug gets a URL-safe one', async () => {
    const { data } = await validData('notices', { fieldId })
    delete data.slug
    const saved = await payload.create({ collection: 'notices', data, overrideAccess: false, user: staff.editor })
    // Romanized from the title (12월 교육 안내), made unique with -2, -3 … when taken.
    expect(saved.slug).toMatch(/^12wol-gyoyuk-annae(-\d+)?$/)
  })

  it('board posts are numbered in order and keep their number', async () => {
    const first = await payload.create({ collection: 'board-posts', data: (await validData('board-posts', { fieldId })).data, overrideAccess: true })
    const second = await payload.create({ collection: 'board-posts', data: (await validData('board-posts', { fieldId })).data, overrideAccess: true })
    expect(second.number).toBe((first.number ?? 0) + 1)
    const edited = await payload.update({ collection: 'board-posts', id: first.id, data: { title: '고친 제목', body: richText('고침') }, overrideAccess: true })
    expect(edited.number).toBe(first.number)
  })

  it('a real PDF and a PNG are accepted, and the image gets resized variants', async () => {
    const doc = await payload.create({ collection: 'documents', data: { title: '일정표' }, file: await pdfFile('december.pdf'), overrideAccess: false, user: staff.contributor })
    expect(doc.mimeType).toBe('application/pdf')
    const image = await payload.create({ collection: 'media', data: { alt: '수업 장면' }, file: await pngFile('class.png', 1200, 800), overrideAccess: false, user: staff.contributor })
    expect(image.sizes?.card?.width).toBe(800)
    expect(image.sizes?.card?.mimeType).toBe('image/webp')
  })
})
