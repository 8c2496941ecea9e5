/**
 * The shape of content/*.json: the demo dataset, and the format backups are
 * written in (backupSchema.ts widens it to whatever the CMS holds; every demo
 * folder is also a valid backup). Dates that must stay "current" are relative
 * (days ago, months ahead) so the demo never goes stale; the seed turns them
 * into dates.
 */

import { z } from 'zod'
import { LEVEL_VALUES, WEEKDAY_VALUES } from '../domain/courseTerms'
import { MAX_WINDOW_DAYS } from '../domain/registrationWindow'
import { ROOM_VALUES, roomKey } from '../domain/rooms'

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by hyphens')
export const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM')
export const https = z.url({ protocol: /^https$/ })
/** A file inside the content folder, e.g. `media/photo.jpg`: relative, no `..`. */
export const relativeFile = z
  .string()
  .refine((file) => !file.startsWith('/') && !file.includes('\\') && file.split('/').every((part) => part !== '' && part !== '..'), {
    message: 'a path inside the folder, like media/photo.jpg',
  })

/** Korean is required; English is optional and falls back to Korean on the site. */
export const localized = z.object({ ko: z.string().min(1), en: z.string().min(1).optional() }).strict()
/** A picture credit per language ("서초구 제공"); a plain string, as older files hold it, is the Korean one. */
export const credit = z.union([localized, z.string().min(1).transform((ko) => ({ ko }))])
/** Markdown, converted to rich text by the seed. */
export const markdown = localized

export const weekday = z.enum(WEEKDAY_VALUES)

export const settingsSchema = z
  .object({
    centerName: localized,
    address: localized,
    phone: z.string(),
    email: z.email(),
    hours: z.array(z.object({ days: localized, opens: time, closes: time })),
    registrationRule: z.object({
      windowDays: z.number().int().min(1).max(MAX_WINDOW_DAYS),
      opensAt: time,
      closesAt: time,
      /** where the window's first day goes when it is a closed day (default: the next operating day) */
      closedDayShift: z.enum(['next', 'previous', 'keep']).optional(),
    }),
    links: z.object({ registrationSystem: https, districtOffice: https, classroomBoard: https }),
    press: z.object({ contactName: localized, phone: z.string(), email: z.email() }),
  })
  .strict()

export const navigationSchema = z.object({ items: z.array(z.object({ label: localized, href: z.string() })) }).strict()

/** Images the seed draws itself (abstract art, no text), keyed for reference by other entries. */
export const imageSchema = z
  .object({
    key: slug,
    alt: localized,
    caption: localized.optional(),
    credit: credit.optional(),
    /** two CSS colours for the generated picture */
    palette: z.tuple([z.string(), z.string()]),
    /** a real picture in the folder, uploaded under its own name instead of drawing one */
    file: relativeFile.optional(),
  })
  .strict()

/** A room by key; a backup made before rooms had keys names it ({ ko: '제3강의실', en: 'Room 3' }) and is mapped. */
export const backupRoom = z.unknown().transform((value, ctx) => {
  const room = roomKey(value)
  if (!room) ctx.addIssue({ code: 'custom', message: `not one of the center's rooms (${ROOM_VALUES.join(', ')})` })
  return room ?? z.NEVER
})

export const formBlock = z.union([
  z.object({ heading: z.string().min(1) }).strict(),
  z.object({ text: z.string().min(1) }).strict(),
  z.object({ bullets: z.array(z.string().min(1)).min(1) }).strict(),
  /** a table of labels, each beside an empty cell to fill in */
  z.object({ fields: z.array(z.string().min(1)).min(1) }).strict(),
])

/**
 * Attachments the seed writes: a PDF from `lines` with pdf-lib (ASCII only: the standard PDF fonts
 * have no Hangul), or a Korean Word file (.docx) from `blocks`, a form with fields to fill in.
 */
export const documentSchema = z
  .object({
    key: slug,
    title: localized,
    filename: z.string().regex(/^[a-z0-9-]+\.(pdf|docx)$/),
    lines: z.array(z.string().regex(/^[\x20-\x7E]*$/, 'ASCII only')).min(1).optional(),
    blocks: z.array(formBlock).min(1).optional(),
    /** a real file in the folder (named `filename`), uploaded instead of writing one */
    file: relativeFile.optional(),
  })
  .strict()
  .refine((document) => document.file || (document.filename.endsWith('.pdf') ? document.lines : document.blocks), {
    message: 'a .pdf needs `lines`, a .docx needs `blocks` (or either a `file`)',
  })

export const fieldSchema = z
  .object({ slug, name: localized, description: localized, order: z.number().int(), image: slug.optional() })
  .strict()

export const instructorSchema = z
  .object({
    slug,
    name: localized,
    headline: localized,
    bio: markdown,
    fields: z.array(slug).min(1),
    career: z.array(z.object({ period: z.string(), role: localized })),
    background: z.array(z.enum(['field-expert', 'reemployment-4050', 'seocho-50plus', 'open-call', 'former-teacher'])),
  })
  .strict()

export const runSchema = z
  .object({
    /** 0 = this month (running now), 1 = next month, 2 = the month after, 3 = three months ahead */
    termOffset: z.number().int().min(0).max(3),
    /** which week of the month the first class falls in (1–2) */
    startWeek: z.number().int().min(1).max(2).default(1),
    /** this month's runs (termOffset 0): the first class is this many weeks before the seed day, never before the 1st, so the run is under way */
    startedWeeksAgo: z.number().int().min(0).max(4).optional(),
    weekdays: z.array(weekday).min(1),
    startTime: time,
    endTime: time,
    sessions: z.number().int().positive(),
    room: z.enum(ROOM_VALUES),
    capacity: z.number().int().positive(),
    status: z.enum(['scheduled', 'full', 'cancelled']).default('scheduled'),
  })
  .strict()

export const courseSchema = z
  .object({
    slug,
    title: localized,
    field: slug,
    level: z.enum(LEVEL_VALUES),
    summary: localized,
    description: markdown,
    outline: z.array(z.object({ title: localized, detail: localized.optional() })).min(1),
    prerequisites: localized.optional(),
    materials: localized.optional(),
    instructors: z.array(slug).min(1),
    fee: z.number().int().min(0),
    runs: z.array(runSchema).min(1),
  })
  .strict()

export const noticeSchema = z
  .object({
    slug,
    category: z.enum(['announcement', 'press-release', 'open-call', 'event']),
    title: localized,
    summary: localized,
    body: markdown,
    /** published this many days before the seed runs */
    daysAgo: z.number().int().min(0),
    pinned: z.boolean().default(false),
    /** open calls: the deadline is this many days after the seed runs (negative: already passed) */
    deadlineInDays: z.number().int().optional(),
    applicationUrl: https.optional(),
    callField: slug.optional(),
    howToApply: localized.optional(),
    pay: localized.optional(),
    results: localized.optional(),
    contact: z.string().min(1).optional(),
    /** a photo row's credit, when it differs from the image's own */
    photos: z.array(z.object({ image: slug, caption: localized, credit: credit.optional() })).default([]),
    attachments: z.array(slug).default([]),
  })
  .strict()

export const boardPostSchema = z
  .object({
    slug,
    category: z.enum(['notice', 'schedule', 'curriculum', 'recruitment', 'result']),
    title: localized,
    body: markdown,
    daysAgo: z.number().int().min(0),
    pinned: z.boolean().default(false),
    attachments: z.array(slug).default([]),
  })
  .strict()

export const zoneSchema = z
  .object({
    slug,
    kind: z.enum(['vr', 'vision-pro']),
    name: localized,
    summary: localized,
    description: markdown,
    openedYear: z.number().int(),
    location: localized,
    hours: z.array(z.object({ days: localized, opens: time, closes: time })).min(1),
    eligibility: localized,
    bookingOpensDay: z.number().int().min(1).max(28),
    bookingNote: localized,
    sessionMinutes: z.number().int().positive(),
    reservationUrl: https,
    image: slug,
  })
  .strict()

export const pageSchema = z
  .object({
    slug,
    title: localized,
    summary: localized,
    body: markdown,
    faqs: z.array(z.object({ question: localized, answer: localized })).default([]),
  })
  .strict()

/**
 * A demo closure (임시 휴관), relative to the seed date so the demo never goes
 * stale: the `weekday` of the week `inWeeks` weeks after the seed day's week.
 */
export const closureSchema = z
  .object({
    inWeeks: z.number().int().min(0).max(12),
    weekday,
    /** how many days in a row it lasts */
    days: z.number().int().min(1).max(14).default(1),
    reason: localized,
  })
  .strict()

/** content/closures.json: the closures global (public holidays are not listed: they come from the gazette dataset). */
export const closuresSchema = z.object({ closures: z.array(closureSchema) }).strict()

export const contentSchema = z.object({
  settings: settingsSchema,
  navigation: navigationSchema,
  images: z.array(imageSchema),
  documents: z.array(documentSchema),
  fields: z.array(fieldSchema),
  instructors: z.array(instructorSchema),
  courses: z.array(courseSchema),
  notices: z.array(noticeSchema),
  boardPosts: z.array(boardPostSchema),
  zones: z.array(zoneSchema),
  pages: z.array(pageSchema),
  /** optional: a folder without closures.json has none */
  closures: closuresSchema.default({ closures: [] }),
})

export type Content = z.infer<typeof contentSchema>

/** content/<file>.json for each part of the dataset. */
export const CONTENT_FILES = {
  settings: 'site-settings.json',
  navigation: 'navigation.json',
  images: 'images.json',
  documents: 'documents.json',
  fields: 'fields.json',
  instructors: 'instructors.json',
  courses: 'courses.json',
  notices: 'notices.json',
  boardPosts: 'board-posts.json',
  zones: 'zones.json',
  pages: 'pages.json',
  closures: 'closures.json',
} as const satisfies Record<keyof Content, string>
