/**
 * What the site expects of each collection, checked for every document at
 * build time. A document that does not fit stops the build with its
 * collection, id, field and reason: never a half-rendered page.
 */
import { z } from 'zod'

import { LEVEL_VALUES, WEEKDAY_VALUES } from '../../../cms/domain/courseTerms'
import { ROOM_VALUES } from '../../../cms/domain/rooms'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)
const https = z.url({ protocol: /^https$/ })
const id = z.string().min(1)
const text = z.string().min(1)
const optionalText = z.string().optional()

/** Every entry says which locale it is, and whether it really is in that language. */
const base = {
  /** the CMS document id, as a string (numbers on SQLite, strings on MongoDB) */
  cmsId: id,
  locale: z.enum(['ko', 'en']),
  /** false when an English reading fell back to Korean */
  translated: z.boolean(),
}

export const runSchema = z.object({
  termMonth: z.string().regex(/^\d{4}-\d{2}$/),
  startDay: day,
  endDay: day,
  weekdays: z.array(z.enum(WEEKDAY_VALUES)).min(1),
  startTime: time,
  endTime: time,
  sessions: z.number().int().positive().optional(),
  room: z.enum(ROOM_VALUES),
  capacity: z.number().int().positive(),
  registrationUrl: https,
  status: z.enum(['scheduled', 'full', 'cancelled']),
  registrationOpensOn: day.optional(),
  registrationClosesOn: day.optional(),
})

export const schemas = {
  courses: z.object({
    ...base,
    slug: text,
    title: text,
    fieldId: id,
    level: z.enum(LEVEL_VALUES),
    summary: text,
    descriptionHtml: z.string(),
    outline: z.array(z.object({ title: text, detail: optionalText })),
    prerequisites: optionalText,
    materials: optionalText,
    instructorIds: z.array(id),
    fee: z.number().int().min(0),
    imageId: id.optional(),
    runs: z.array(runSchema),
  }),
  fields: z.object({ ...base, slug: text, name: text, description: optionalText, order: z.number(), imageId: id.optional() }),
  instructors: z.object({
    ...base,
    slug: text,
    name: text,
    headline: optionalText,
    bioHtml: z.string(),
    photoId: id.optional(),
    fieldIds: z.array(id),
    career: z.array(z.object({ period: optionalText, role: text })),
    background: z.array(z.string()),
  }),
  notices: z.object({
    ...base,
    slug: text,
    category: z.enum(['announcement', 'press-release', 'open-call', 'event']),
    title: text,
    summary: optionalText,
    bodyHtml: z.string(),
    publishedAt: z.iso.datetime({ offset: true }),
    /** when the notice was last changed, for readers and search engines (never before publishedAt) */
    modifiedAt: z.iso.datetime({ offset: true }).optional(),
    pinned: z.boolean(),
    deadline: z.iso.datetime({ offset: true }).optional(),
    applicationUrl: https.optional(),
    callFieldId: id.optional(),
    howToApply: optionalText,
    pay: optionalText,
    results: optionalText,
    contact: optionalText,
    photos: z.array(z.object({ imageId: id, caption: text, credit: optionalText })),
    attachmentIds: z.array(id),
  }),
  'board-posts': z.object({
    ...base,
    slug: text,
    number: z.number().int().positive(),
    category: z.enum(['notice', 'schedule', 'curriculum', 'recruitment', 'result']),
    title: text,
    bodyHtml: z.string(),
    bodyText: z.string(),
    publishedAt: z.iso.datetime({ offset: true }),
    pinned: z.boolean(),
    attachmentIds: z.array(id),
  }),
  zones: z.object({
    ...base,
    slug: text,
    kind: z.enum(['vr', 'vision-pro']),
    name: text,
    summary: text,
    descriptionHtml: z.string(),
    openedYear: z.number().int().optional(),
    location: optionalText,
    hours: z.array(z.object({ days: text, opens: time, closes: time })),
    eligibility: text,
    bookingOpensDay: z.number().int().min(1).max(28),
    bookingNote: optionalText,
    sessionMinutes: z.number().int().positive().optional(),
    reservationUrl: https,
    imageId: id.optional(),
  }),
  pages: z.object({
    ...base,
    slug: text,
    title: text,
    summary: optionalText,
    bodyHtml: z.string(),
    faqs: z.array(z.object({ question: text, answer: text })),
  }),
  media: z.object({
    ...base,
    /** where the build reads the original: a path on this machine or a URL of the CMS */
    source: text,
    filename: text,
    url: optionalText,
    mimeType: text,
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    /** the size of the file as uploaded, in bytes, for "download the original" */
    filesize: z.number().int().nonnegative().optional(),
    /** the point to keep when the picture is cropped (share cards), in percent from the left and top */
    focalX: z.number().min(0).max(100).optional(),
    focalY: z.number().min(0).max(100).optional(),
    alt: text,
    caption: optionalText,
    /** who to credit, in this locale ("서초구 제공", "Courtesy of Seocho-gu") */
    credit: optionalText,
  }),
  documents: z.object({
    ...base,
    source: text,
    filename: text,
    url: optionalText,
    mimeType: text,
    filesize: z.number().int().nonnegative(),
    title: text,
  }),
  settings: z.object({
    ...base,
    centerName: text,
    address: text,
    phone: text,
    email: optionalText,
    hours: z.array(z.object({ days: text, opens: time, closes: time })),
    registrationRule: z.object({
      windowDays: z.number().int().positive(),
      opensAt: time,
      closesAt: time,
      /** where the window's first day goes when it is a closed day; absent in settings saved before the rule existed: 'next' */
      closedDayShift: z.enum(['next', 'previous', 'keep']).nullish(),
    }),
    links: z.object({ registrationSystem: https, districtOffice: https.optional(), classroomBoard: https.optional() }),
    press: z.object({ contactName: optionalText, phone: optionalText, email: optionalText }),
    navigation: z.array(z.object({ label: text, href: text })),
    /** days the center closes besides public holidays (the closures global), with the reason in this locale */
    closures: z.array(z.object({ startDay: day, endDay: day.optional(), reason: text })),
  }),
}

export type CollectionName = keyof typeof schemas
export type Entry<C extends CollectionName> = z.infer<(typeof schemas)[C]>
export type Run = z.infer<typeof runSchema>
