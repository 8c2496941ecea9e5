/**
 * CMS documents → the plain entries the pages use: relations as id strings,
 * dates as Seoul days, rich text as HTML (rendered once, at build time).
 */
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { seoulDay } from '../../../cms/domain/seoulDate'
import { siteHtmlConverters } from './htmlConverters'
import type { CollectionName } from './schemas'
import type { CmsDoc } from './source'

type Raw = Record<string, any>

const idOf = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? String((value as { id: unknown }).id) : String(value)
const idsOf = (values: unknown): string[] => (Array.isArray(values) ? values.map(idOf).filter((v): v is string => Boolean(v)) : [])
const opt = <T>(value: T | null | undefined): T | undefined => (value === null || value === '' ? undefined : value)
const dayOf = (value: unknown) => (typeof value === 'string' && value ? seoulDay(value) : undefined)
const isoOf = (value: unknown) => (typeof value === 'string' && value ? new Date(value).toISOString() : undefined)

export const richHtml = (value: unknown) =>
  value && typeof value === 'object' ? convertLexicalToHTML({ data: value as never, converters: siteHtmlConverters }) : ''
export const richText = (value: unknown) => (value && typeof value === 'object' ? convertLexicalToPlaintext({ data: value as never }) : '')

const hours = (rows: Raw[] | undefined) => (rows ?? []).map((row) => ({ days: row.days, opens: row.opens, closes: row.closes }))

export const normalizers: Record<CollectionName, (doc: Raw) => Raw> = {
  courses: (doc) => ({
    slug: doc.slug,
    title: doc.title,
    fieldId: idOf(doc.field),
    level: doc.level,
    summary: doc.summary,
    descriptionHtml: richHtml(doc.description),
    outline: (doc.outline ?? []).map((row: Raw) => ({ title: row.title, detail: opt(row.detail) })),
    prerequisites: opt(doc.prerequisites),
    materials: opt(doc.materials),
    instructorIds: idsOf(doc.instructors),
    fee: doc.fee ?? 0,
    imageId: idOf(doc.image),
    runs: (doc.runs ?? []).map((run: Raw) => ({
      termMonth: run.termMonth,
      startDay: dayOf(run.startDate),
      endDay: dayOf(run.endDate),
      weekdays: run.weekdays ?? [],
      startTime: run.startTime,
      endTime: run.endTime,
      sessions: opt(run.sessions),
      room: run.room,
      capacity: run.capacity,
      registrationUrl: run.registrationUrl,
      status: run.status ?? 'scheduled',
      registrationOpensOn: dayOf(run.registrationOpensOn),
      registrationClosesOn: dayOf(run.registrationClosesOn),
    })),
  }),
  fields: (doc) => ({
    slug: doc.slug,
    name: doc.name,
    description: opt(doc.description),
    order: doc.order ?? 100,
    imageId: idOf(doc.image),
  }),
  instructors: (doc) => ({
    slug: doc.slug,
    name: doc.name,
    headline: opt(doc.headline),
    bioHtml: richHtml(doc.bio),
    photoId: idOf(doc.photo),
    fieldIds: idsOf(doc.fields),
    career: (doc.career ?? []).map((row: Raw) => ({ period: opt(row.period), role: row.role })),
    background: doc.background ?? [],
  }),
  notices: (doc) => ({
    slug: doc.slug,
    category: doc.category,
    title: doc.title,
    summary: opt(doc.summary),
    bodyHtml: richHtml(doc.body),
    publishedAt: isoOf(doc.publishedDate ?? doc.createdAt),
    modifiedAt: isoOf(doc.updatedAt),
    pinned: Boolean(doc.pinned),
    deadline: isoOf(doc.deadline),
    applicationUrl: opt(doc.applicationUrl),
    callFieldId: idOf(doc.callField),
    howToApply: opt(doc.howToApply),
    pay: opt(doc.pay),
    results: opt(doc.results),
    contact: opt(doc.contact),
    photos: (doc.photos ?? []).map((row: Raw) => ({ imageId: idOf(row.image), caption: row.caption, credit: opt(row.credit) })),
    attachmentIds: idsOf(doc.attachments),
  }),
  'board-posts': (doc) => ({
    slug: doc.slug,
    number: doc.number,
    category: doc.category,
    title: doc.title,
    bodyHtml: richHtml(doc.body),
    bodyText: richText(doc.body),
    publishedAt: isoOf(doc.publishedDate ?? doc.createdAt),
    pinned: Boolean(doc.pinned),
    attachmentIds: idsOf(doc.attachments),
  }),
  zones: (doc) => ({
    slug: doc.slug,
    kind: doc.kind,
    name: doc.name,
    summary: doc.summary,
    descriptionHtml: richHtml(doc.description),
    openedYear: opt(doc.openedYear),
    location: opt(doc.location),
    hours: hours(doc.hours),
    eligibility: doc.eligibility,
    bookingOpensDay: doc.bookingOpensDay,
    bookingNote: opt(doc.bookingNote),
    sessionMinutes: opt(doc.sessionMinutes),
    reservationUrl: doc.reservationUrl,
    imageId: idOf(doc.image),
  }),
  pages: (doc) => ({
    slug: doc.slug,
    title: doc.title,
    summary: opt(doc.summary),
    bodyHtml: richHtml(doc.body),
    faqs: (doc.faqs ?? []).map((row: Raw) => ({ question: row.question, answer: row.answer })),
  }),
  media: (doc) => ({
    filename: doc.filename,
    url: opt(doc.url),
    mimeType: doc.mimeType,
    width: doc.width,
    height: doc.height,
    filesize: opt(doc.filesize),
    focalX: opt(doc.focalX),
    focalY: opt(doc.focalY),
    alt: doc.alt,
    caption: opt(doc.caption),
    credit: opt(doc.credit),
  }),
  documents: (doc) => ({
    filename: doc.filename,
    url: opt(doc.url),
    mimeType: doc.mimeType,
    filesize: doc.filesize ?? 0,
    title: doc.title,
  }),
  settings: (doc) => ({
    centerName: doc.centerName,
    address: doc.address,
    phone: doc.phone,
    email: opt(doc.email),
    hours: hours(doc.hours),
    registrationRule: doc.registrationRule,
    links: {
      registrationSystem: doc.links?.registrationSystem,
      districtOffice: opt(doc.links?.districtOffice),
      classroomBoard: opt(doc.links?.classroomBoard),
    },
    press: { contactName: opt(doc.press?.contactName), phone: opt(doc.press?.phone), email: opt(doc.press?.email) },
    navigation: (doc.navigation ?? []).map((item: Raw) => ({ label: item.label, href: item.href })),
    closures: (doc.closures ?? []).map((row: Raw) => ({ startDay: dayOf(row.startDate), endDay: dayOf(row.endDate), reason: row.reason })),
  }),
}

/** Which field tells whether a document has been translated (its title or name). */
export const titleFieldOf = (collection: CollectionName) =>
  ({ fields: 'name', instructors: 'name', zones: 'name', media: 'alt', settings: 'centerName' })[collection as string] ?? 'title'

export type { CmsDoc }
