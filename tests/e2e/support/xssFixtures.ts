/**
 * The documents the XSS test publishes: one or more of every public
 * collection, both upload collections and both globals, with the corpus
 * handed out to every text, rich-text and link field by a PayloadPlanner.
 */
import { type APIRequestContext, expect } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'

import { CMS_URL } from './urls'
import type { PayloadPlanner } from './xssContent'
import type { XssPayload } from './xssPayloads'

export interface Written {
  collection: string
  id: number | string
  slug?: string
  number?: number
  filename?: string
}

type Headers = Record<string, string>
type Data = Record<string, unknown>

export async function loginHeaders(request: APIRequestContext, account: { email: string; password: string }): Promise<Headers> {
  const response = await request.post(`${CMS_URL}/api/users/login`, { data: { email: account.email, password: account.password } })
  expect(response.status()).toBe(200)
  return { authorization: `JWT ${(await response.json()).token}` }
}

/** Creates a published document; a refusal fails the test with the CMS's reason. */
export async function writeDoc(request: APIRequestContext, headers: Headers, collection: string, data: Data): Promise<Written> {
  const response = await request.post(`${CMS_URL}/api/${collection}`, { headers, data: { ...data, _status: 'published' } })
  const body = await response.text()
  expect(response.status(), `creating ${collection}: ${body.slice(0, 600)}`).toBe(201)
  const { doc } = JSON.parse(body)
  return { collection, id: doc.id, slug: doc.slug, number: doc.number }
}

/** The month after this one in Seoul, as YYYY-MM. */
export function nextMonthInSeoul(now = Date.now()): string {
  const seoul = new Date(now + 9 * 3600_000)
  return new Date(Date.UTC(seoul.getUTCFullYear(), seoul.getUTCMonth() + 1, 1)).toISOString().slice(0, 7)
}

async function pdf(text: string) {
  const doc = await PDFDocument.create()
  doc.addPage().drawText(text, { x: 50, y: 700 })
  return Buffer.from(await doc.save())
}

const png = (index: number) =>
  sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 40 + index * 80, g: 90, b: 160 } } }).png().toBuffer()

export function fixtures(plan: PayloadPlanner, stamp: string, month: string) {
  const day = (n: number) => `${month}-${String(n).padStart(2, '0')}T03:00:00.000Z`
  const link = (key: string, payload: XssPayload) => {
    plan.fields.set(key, new Set([...(plan.fields.get(key) ?? []), payload.id]))
    return payload.text
  }
  return {
    /** An image or PDF whose file name is a payload. */
    async upload(request: APIRequestContext, headers: Headers, collection: 'media' | 'documents', name: string, index: number): Promise<Written> {
      const isImage = collection === 'media'
      const fields = isImage
        ? { alt: plan.text('media.alt', 2), caption: plan.text('media.caption', 2), credit: plan.text('media.credit', 1) }
        : { title: plan.text('documents.title', 2) }
      const response = await request.post(`${CMS_URL}/api/${collection}`, {
        headers,
        multipart: {
          file: { name, mimeType: isImage ? 'image/png' : 'application/pdf', buffer: isImage ? await png(index) : await pdf(`attachment ${index}`) },
          _payload: JSON.stringify(fields),
        },
      })
      const body = await response.text()
      expect(response.status(), `uploading ${name}: ${body.slice(0, 400)}`).toBe(201)
      const { doc } = JSON.parse(body)
      return { collection, id: doc.id, filename: doc.filename }
    },
    field: (image: Written['id']): Data => ({
      name: plan.text('fields.name', 2),
      slug: `${stamp}-field`,
      description: plan.text('fields.description', 4),
      order: 999,
      image,
    }),
    instructor: (n: number, field: Written['id'], photo: Written['id']): Data => ({
      name: plan.text('instructors.name', 2),
      slug: `${stamp}-instructor-${n}`,
      headline: plan.text('instructors.headline', 2),
      bio: plan.rich('instructors.bio', 8),
      career: [{ period: plan.text('instructors.career.period', 1), role: plan.text('instructors.career.role', 2) }],
      fields: [field],
      background: ['open-call'],
      photo,
    }),
    course: (n: number, { field, instructors, image, registrationUrl, summary }: { field: Written['id']; instructors: Written['id'][]; image: Written['id']; registrationUrl: string; summary?: string }): Data => ({
      title: plan.text('courses.title', 2),
      slug: `${stamp}-course-${n}`,
      field,
      level: 'intro',
      summary: summary ?? plan.text('courses.summary', 2, 300),
      description: plan.rich('courses.description', 8),
      outline: [
        { title: plan.text('courses.outline.title', 2), detail: plan.text('courses.outline.detail', 3) },
        { title: plan.text('courses.outline.title', 1) },
      ],
      prerequisites: plan.text('courses.prerequisites', 3),
      materials: plan.text('courses.materials', 2),
      instructors,
      fee: 0,
      image,
      runs: [
        {
          termMonth: month,
          startDate: day(2),
          endDate: day(27),
          weekdays: ['tue', 'thu'],
          startTime: '10:00',
          endTime: '12:00',
          // A room is chosen from the center's list: no text of ours goes there.
          room: 'room-2',
          capacity: 20,
          registrationUrl,
          status: 'scheduled',
        },
      ],
    }),
    notice: (n: number, extra: { category: string; attachments?: Written['id'][]; photos?: Written['id'][]; applicationUrl?: string; callField?: Written['id'] }): Data => ({
      title: plan.text('notices.title', 2),
      slug: `${stamp}-notice-${n}`,
      category: extra.category,
      summary: plan.text('notices.summary', 2, 300),
      body: plan.rich('notices.body', 10),
      attachments: extra.attachments ?? [],
      photos: (extra.photos ?? []).map((image) => ({ image, caption: plan.text('notices.photos.caption', 2), credit: plan.text('notices.photos.credit', 1) })),
      ...(extra.category === 'open-call'
        ? { deadline: new Date(Date.now() + 20 * 86_400_000).toISOString(), applicationUrl: extra.applicationUrl, callField: extra.callField }
        : {}),
    }),
    boardPost: (n: number, extra: { category: string; attachments: Written['id'][] }): Data => ({
      title: plan.text('board-posts.title', 2),
      slug: `${stamp}-post-${n}`,
      category: extra.category,
      body: plan.rich('board-posts.body', 10),
      attachments: extra.attachments,
    }),
    zone: ({ image, reservationUrl }: { image: Written['id']; reservationUrl: string }): Data => ({
      name: plan.text('zones.name', 2),
      slug: `${stamp}-zone`,
      kind: 'vr',
      summary: plan.text('zones.summary', 3),
      description: plan.rich('zones.description', 8),
      location: plan.text('zones.location', 2),
      hours: [{ days: plan.text('zones.hours.days', 1), opens: '10:00', closes: '17:00' }],
      eligibility: plan.text('zones.eligibility', 2),
      bookingOpensDay: 15,
      bookingNote: plan.text('zones.bookingNote', 3),
      sessionMinutes: 30,
      reservationUrl,
      image,
    }),
    page: (): Data => ({
      title: plan.text('pages.title', 2),
      slug: `${stamp}-page`,
      summary: plan.text('pages.summary', 3),
      body: plan.rich('pages.body', 10),
      faqs: [
        { question: plan.text('pages.faqs.question', 2), answer: plan.text('pages.faqs.answer', 3) },
        { question: plan.text('pages.faqs.question', 2), answer: plan.text('pages.faqs.answer', 3) },
      ],
    }),
    /** Site settings with payloads in every text and https links carrying markup; the rule and the registration system are kept. */
    settings: (current: Data, accepted: XssPayload[]): Data => ({
      centerName: `${stamp}-center ${plan.text('site-settings.centerName', 2)}`,
      address: plan.text('site-settings.address', 2),
      phone: plan.text('site-settings.phone', 1),
      hours: [{ days: plan.text('site-settings.hours.days', 1), opens: '09:00', closes: '18:00' }],
      registrationRule: current.registrationRule,
      links: {
        registrationSystem: (current.links as Data).registrationSystem,
        districtOffice: link('site-settings.links.districtOffice', accepted[0]),
        classroomBoard: link('site-settings.links.classroomBoard', accepted[1]),
      },
      press: { contactName: plan.text('site-settings.press.contactName', 2), phone: plan.text('site-settings.press.phone', 1), email: (current.press as Data)?.email },
      _status: 'published',
    }),
    /** The menu as it was, plus one item whose label carries payloads. */
    navigation: (current: Data): Data => ({
      items: [...((current.items as Data[]) ?? []), { label: `${stamp} menu ${plan.text('navigation.items.label', 2)}`, href: '/fields' }],
      _status: 'published',
    }),
    /** The English translation of a course or notice (title, summary, rich text), for the English pages and search index. */
    english: (collection: 'courses' | 'notices'): Data => ({
      title: plan.text(`${collection}.title (en)`, 2),
      summary: plan.text(`${collection}.summary (en)`, 2, 300),
      [collection === 'courses' ? 'description' : 'body']: plan.rich(`${collection}.${collection === 'courses' ? 'description' : 'body'} (en)`, 8),
    }),
    /** Records the https links with markup that link fields take. */
    link,
  }
}
