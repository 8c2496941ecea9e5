/** Small valid documents and files for integration tests. */
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import type { Payload } from 'payload'

import type { Role } from '../../../cms/access/roles'

export type Staff = Record<Role, { id: number | string; role: Role; email: string; collection: 'users' }>

export function richText(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr' as const,
          format: '' as const,
          indent: 0,
          textFormat: 0,
          children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
        },
      ],
    },
  }
}

export async function pngFile(name = 'photo.png', width = 64, height = 48) {
  const data = await sharp({ create: { width, height, channels: 3, background: '#3366aa' } }).png().toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

/** A small well-formed PDF, as pdf-lib writes it. */
export async function pdfFile(name = 'schedule.pdf') {
  const doc = await PDFDocument.create()
  doc.addPage([595, 842]).drawText('Seocho IT Education Center', { x: 50, y: 780, size: 18 })
  const data = Buffer.from(await doc.save({ useObjectStreams: false }))
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

export async function createStaff(payload: Payload): Promise<Staff> {
  const staff = {} as Staff
  for (const role of ['admin', 'editor', 'contributor'] as const) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}.staff@test.seocho.kr`, password: `${role}-Passw0rd!`, name: role, role },
      overrideAccess: true,
    })
    staff[role] = { ...(user as any), collection: 'users' }
  }
  return staff
}

let counter = 0
const unique = () => `${Date.now().toString(36)}-${++counter}`

export async function fieldDoc(payload: Payload) {
  return payload.create({
    collection: 'fields',
    data: { name: '인공지능(AI)', slug: `ai-${unique()}`, _status: 'published' },
    overrideAccess: true,
  })
}

export function courseRun(overrides: Record<string, unknown> = {}) {
  return {
    termMonth: '2027-01',
    startDate: '2027-01-05T00:00:00.000+09:00',
    endDate: '2027-01-28T00:00:00.000+09:00',
    weekdays: ['tue', 'thu'],
    startTime: '10:00',
    endTime: '12:00',
    sessions: 8,
    room: 'room-1',
    capacity: 20,
    registrationUrl: 'https://yeyak.seocho.go.kr/reservation/edu/1',
    status: 'scheduled',
    ...overrides,
  }
}

/** A valid document for each collection, given the ids it may reference. */
export async function validData(slug: string, refs: { fieldId: number | string }): Promise<{ data: any; file?: any }> {
  const s = unique()
  switch (slug) {
    case 'courses':
      return {
        data: {
          title: '스마트폰 기초',
          slug: `smartphone-${s}`,
          field: refs.fieldId,
          level: 'beginner',
          summary: '스마트폰 전화·문자·사진을 배웁니다.',
          runs: [courseRun()],
        },
      }
    case 'fields':
      return { data: { name: '디지털 금융', slug: `finance-${s}` } }
    case 'instructors':
      return { data: { name: '김서초', slug: `kim-${s}`, headline: '키오스크 강사' } }
    case 'notices':
      return { data: { title: '12월 교육 안내', slug: `notice-${s}`, category: 'announcement', body: richText('안내') } }
    case 'board-posts':
      return { data: { title: '12월 일정', slug: `post-${s}`, category: 'schedule', body: richText('일정') } }
    case 'zones':
      return {
        data: {
          name: 'VR 체험존',
          slug: `vr-${s}`,
          kind: 'vr',
          summary: '가상현실 체험',
          eligibility: '만 55세 이상 서초구민',
          bookingOpensDay: 22,
          reservationUrl: 'https://yeyak.seocho.go.kr/vr',
        },
      }
    case 'pages':
      return { data: { title: '센터 소개', slug: `about-${s}`, body: richText('소개') } }
    case 'media':
      return { data: { alt: '교육 장면' }, file: await pngFile(`photo-${s}.png`) }
    case 'documents':
      return { data: { title: '일정표' }, file: await pdfFile(`schedule-${s}.pdf`) }
    case 'users':
      return { data: { email: `new-${s}@test.seocho.kr`, password: 'Another-Passw0rd!', name: '새 직원', role: 'contributor' } }
    default:
      throw new Error(`no fixture for ${slug}`)
  }
}
