/**
 * One stored document → one backup entry (the content/ format, widened as
 * cms/seed/backupSchema.ts describes), relations as natural keys. Every field
 * a collection has is listed here; coverage.ts fails an export when the CMS
 * gains a field this file does not know.
 */
import type { Keys } from './naturalKeys'
import { keysOf, localized, present, richText, rows } from './values'

type Raw = Record<string, any>
export type Entry = Record<string, unknown>

export const imageEntry = (doc: Raw, key: string): Entry => ({
  key,
  alt: localized(doc.alt),
  caption: localized(doc.caption),
  credit: localized(doc.credit),
  file: `media/${doc.filename}`,
  focalX: present(doc.focalX),
  focalY: present(doc.focalY),
})

export const documentEntry = (doc: Raw, key: string): Entry => ({
  key,
  title: localized(doc.title),
  filename: doc.filename,
  file: `documents/${doc.filename}`,
  mimeType: present(doc.mimeType),
})

const hours = (value: unknown) => rows(value, (row) => ({ days: localized(row.days), opens: row.opens, closes: row.closes }))

export const settingsEntry = (doc: Raw): Entry => ({
  centerName: localized(doc.centerName),
  address: localized(doc.address),
  phone: present(doc.phone),
  email: present(doc.email),
  hours: hours(doc.hours),
  registrationRule: {
    windowDays: present(doc.registrationRule?.windowDays),
    opensAt: present(doc.registrationRule?.opensAt),
    closesAt: present(doc.registrationRule?.closesAt),
    closedDayShift: present(doc.registrationRule?.closedDayShift),
  },
  links: {
    registrationSystem: present(doc.links?.registrationSystem),
    districtOffice: present(doc.links?.districtOffice),
    classroomBoard: present(doc.links?.classroomBoard),
  },
  press: { contactName: localized(doc.press?.contactName), phone: present(doc.press?.phone), email: present(doc.press?.email) },
})

export const closuresEntry = (doc: Raw): Entry => ({
  closures: rows(doc.closures, (row) => ({ startDate: row.startDate, endDate: present(row.endDate), reason: localized(row.reason) })),
})

export const navigationEntry = (doc: Raw): Entry => ({
  items: rows(doc.items, (row) => ({ label: localized(row.label), href: row.href })),
})

export const fieldEntry = (doc: Raw, keys: Keys): Entry => ({
  slug: doc.slug,
  name: localized(doc.name),
  description: localized(doc.description),
  order: present(doc.order),
  image: keys.media(doc.image),
})

export const instructorEntry = (doc: Raw, keys: Keys): Entry => ({
  slug: doc.slug,
  name: localized(doc.name),
  headline: localized(doc.headline),
  bio: richText(doc.bio, keys.of),
  // null, not absent: absent would make the seed draw a demo portrait.
  photo: keys.media(doc.photo) ?? null,
  fields: keysOf(doc.fields, keys.fields),
  career: rows(doc.career, (row) => ({ period: present(row.period), role: localized(row.role) })),
  background: doc.background ?? [],
})

const run = (row: Raw) => ({
  termMonth: row.termMonth,
  startDate: row.startDate,
  endDate: row.endDate,
  weekdays: row.weekdays ?? [],
  startTime: row.startTime,
  endTime: row.endTime,
  sessions: present(row.sessions),
  room: row.room,
  capacity: row.capacity,
  registrationUrl: row.registrationUrl,
  status: row.status,
  registrationOpensOn: present(row.registrationOpensOn),
  registrationClosesOn: present(row.registrationClosesOn),
})

export const courseEntry = (doc: Raw, keys: Keys): Entry => ({
  slug: doc.slug,
  title: localized(doc.title),
  field: keys.fields(doc.field),
  level: doc.level,
  summary: localized(doc.summary),
  description: richText(doc.description, keys.of),
  outline: rows(doc.outline, (row) => ({ title: localized(row.title), detail: localized(row.detail) })),
  prerequisites: localized(doc.prerequisites),
  materials: localized(doc.materials),
  instructors: keysOf(doc.instructors, keys.instructors),
  fee: present(doc.fee),
  // null, not absent: absent would make the seed pick the demo's picture.
  image: keys.media(doc.image) ?? null,
  runs: rows(doc.runs, run),
})

export const noticeEntry = (doc: Raw, keys: Keys): Entry => ({
  slug: doc.slug,
  category: doc.category,
  title: localized(doc.title),
  summary: localized(doc.summary),
  body: richText(doc.body, keys.of),
  publishedDate: present(doc.publishedDate),
  pinned: doc.pinned ?? false,
  deadline: present(doc.deadline),
  applicationUrl: present(doc.applicationUrl),
  callField: keys.fields(doc.callField),
  howToApply: localized(doc.howToApply),
  pay: localized(doc.pay),
  results: localized(doc.results),
  contact: present(doc.contact),
  photos: rows(doc.photos, (row) => ({ image: keys.media(row.image), caption: localized(row.caption), credit: localized(row.credit) })),
  attachments: keysOf(doc.attachments, keys.documents),
})

export const boardPostEntry = (doc: Raw, keys: Keys): Entry => ({
  slug: doc.slug,
  number: present(doc.number),
  category: doc.category,
  title: localized(doc.title),
  body: richText(doc.body, keys.of),
  publishedDate: present(doc.publishedDate),
  pinned: doc.pinned ?? false,
  attachments: keysOf(doc.attachments, keys.documents),
})

export const zoneEntry = (doc: Raw, keys: Keys): Entry => ({
  slug: doc.slug,
  kind: doc.kind,
  name: localized(doc.name),
  summary: localized(doc.summary),
  description: richText(doc.description, keys.of),
  openedYear: present(doc.openedYear),
  location: localized(doc.location),
  hours: hours(doc.hours),
  eligibility: localized(doc.eligibility),
  bookingOpensDay: doc.bookingOpensDay,
  bookingNote: localized(doc.bookingNote),
  sessionMinutes: present(doc.sessionMinutes),
  reservationUrl: doc.reservationUrl,
  image: keys.media(doc.image) ?? null,
})

export const pageEntry = (doc: Raw, keys: Keys): Entry => ({
  slug: doc.slug,
  title: localized(doc.title),
  summary: localized(doc.summary),
  body: richText(doc.body, keys.of),
  faqs: rows(doc.faqs, (row) => ({ question: localized(row.question), answer: localized(row.answer) })),
})

/** A review request: its post by collection and slug, its people by email (names kept as they were). */
export const reviewEntry = (doc: Raw, keys: Keys): Entry => {
  const target = doc.document as { relationTo?: string; value?: unknown } | null | undefined
  const slug = target?.relationTo ? keys.of(target.relationTo, target.value) : undefined
  return {
    document: slug ? { collection: target!.relationTo, slug } : undefined,
    documentTitle: present(doc.documentTitle),
    status: doc.status,
    message: present(doc.message),
    comment: present(doc.comment),
    requestedBy: keys.users(doc.requestedBy),
    requestedByName: present(doc.requestedByName),
    requestedAt: doc.requestedAt,
    decidedBy: keys.users(doc.decidedBy),
    decidedByName: present(doc.decidedByName),
    decidedAt: present(doc.decidedAt),
    seenByRequester: doc.seenByRequester ?? false,
  }
}

/** The drafted collections, their backup file and how a document becomes an entry. */
export const DRAFTED = [
  { collection: 'fields', part: 'fields', entry: fieldEntry },
  { collection: 'instructors', part: 'instructors', entry: instructorEntry },
  { collection: 'courses', part: 'courses', entry: courseEntry },
  { collection: 'notices', part: 'notices', entry: noticeEntry },
  { collection: 'board-posts', part: 'boardPosts', entry: boardPostEntry },
  { collection: 'zones', part: 'zones', entry: zoneEntry },
  { collection: 'pages', part: 'pages', entry: pageEntry },
] as const
