/**
 * The content/ format as a backup writes it (`npm run export`): the same
 * files and entries, widened to hold whatever the CMS holds. Every demo
 * folder is also a valid backup (the seed takes both); a backup may add:
 *
 * - fields the CMS leaves optional may be missing (the demo requires them
 *   for its own quality); Korean may be missing where the CMS allows it;
 * - rich text as Payload's Lexical JSON, kept exactly, instead of markdown;
 * - absolute dates (`publishedDate`, `deadline`, dated course runs) instead
 *   of "days ago"; board post `number`s; a picture's `focalX`/`focalY`;
 * - real files: `file` on images and documents, read instead of drawing;
 * - `photo` on instructors and `image` on courses (null: none; absent: the
 *   seed's own choice, as before);
 * - publication: `status: "draft"` for a document not published (the entry
 *   is its newest draft), `draft` for a newer draft saved over a published
 *   one (the version history in between is not kept), `schedule` for
 *   scheduled publish/unpublish jobs, and `draft` on the globals;
 * - closures (closures.json) on real dates instead of "weeks ahead";
 * - `users.json`: staff accounts (email, name, role; no passwords);
 * - `reviews.json`: review requests (검토 요청), each with its outcome, as the
 *   review history of the posts they name.
 */
import { z } from 'zod'

import { checkHttpsUrl, checkSiteLink } from '../domain/validators'
import { MAX_WINDOW_DAYS } from '../domain/registrationWindow'
import { REVIEW_STATUSES, REVIEWABLE } from '../domain/reviewRules'
import { ROLES, valuesOf } from '../fields/options'
import {
  CONTENT_FILES,
  boardPostSchema,
  closureSchema,
  backupRoom,
  formBlock,
  courseSchema,
  instructorSchema,
  localized,
  noticeSchema,
  relativeFile,
  runSchema,
  slug,
  time,
  weekday,
  zoneSchema,
} from './contentSchema'
import { checkedInDrafts, either, isDraftEntry, relaxed } from './relaxed'

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const text = z.string().min(1)
const instant = z.iso.datetime({ offset: true })

/** An outward link, checked as the CMS checks it, in drafts too. */
const https = checkedInDrafts(z.string().refine((url) => checkHttpsUrl(url) === null, { message: 'must be an https:// address' }))
/** A menu link: a path on this site (/courses) or an https address. */
const siteLink = checkedInDrafts(
  z.string().refine((link) => checkSiteLink(link) === null, { message: 'must be a path on this site (/courses) or an https:// address' }),
)

/** Text the CMS may leave empty, in either language. */
export const optionalText = z.object({ ko: text.optional(), en: text.optional() }).strict()
/** A picture credit per language; backups written before credits were translatable hold the Korean one as a string. */
const backupCredit = z.union([optionalText, text.transform((ko) => ({ ko }))])
/** Payload rich text as stored: Lexical JSON, written back exactly as it was read (same keys, same order). */
export const lexical = z.custom<{ root: Record<string, unknown> }>(
  (value) => isObject(value) && isObject(value.root) && value.root.type === 'root' && Array.isArray(value.root.children),
  { message: 'rich text must be markdown or Lexical JSON ({ "root": { "type": "root", "children": [...] } })' },
)
const richValue = z.union([text, lexical])
/** Rich text per language: markdown (the seed converts it) or Lexical JSON (kept exactly). */
export const richText = z.object({ ko: richValue.optional(), en: richValue.optional() }).strict()
const requiredRichText = z.object({ ko: richValue, en: richValue.optional() }).strict()
/** An image key; null when the document has none (absent: the seed's own default picture). */
const imageRef = slug.nullable().optional()
const hoursRow = z.object({ days: localized, opens: time, closes: time }).strict()

/** A scheduled publish or unpublish, carried out by the job runner of `npm start`. */
export const scheduleSchema = z
  .object({
    /** what happens at `at` */
    action: z.enum(['publish', 'unpublish']),
    /** when, as an ISO instant */
    at: instant,
    /** publish one language only (Payload's "publish in this locale") */
    locale: z.enum(['ko', 'en']).optional(),
    /** the time zone the staff member picked */
    timezone: z.string().optional(),
    /** who scheduled it (an email of users.json); the job runs with that account's rights */
    by: z.email().optional(),
  })
  .strict()

export type Schedule = z.output<typeof scheduleSchema>

/** What every drafted entry may carry besides its fields. */
export interface Publication<T> {
  /** "draft": not published (never, or no more); the entry is then its newest draft. Absent: published. */
  status?: 'published' | 'draft'
  /** a published entry's newer draft, saved over it: every field as the draft holds it */
  draft?: Partial<T>
  schedule?: Schedule[]
}

/**
 * A published entry is checked like the CMS checks a publish; a draft, like
 * the CMS checks a draft save (hardly at all: `relaxed`), keeping its slug.
 */
function drafted<T extends z.ZodObject>(entry: T) {
  const draftState = relaxed(entry) as z.ZodObject
  const published = entry.extend({
    status: z.literal('published').optional(),
    draft: draftState.optional(),
    schedule: z.array(scheduleSchema).optional(),
  })
  const draftOnly = draftState.extend({ slug: text, status: z.literal('draft'), schedule: z.array(scheduleSchema).optional() })
  return either(isDraftEntry, draftOnly, published) as unknown as z.ZodType<z.output<T> & Publication<z.output<T>>>
}

/** What the CMS requires of the site settings to publish them. */
const settingsFields = z
  .object({
    centerName: localized,
    address: localized,
    phone: text,
    email: z.email().optional(),
    hours: z.array(hoursRow).default([]),
    registrationRule: z
      .object({ windowDays: z.number().int().min(1).max(MAX_WINDOW_DAYS), opensAt: time, closesAt: time, closedDayShift: z.enum(['next', 'previous', 'keep']).optional() })
      .strict(),
    links: z.object({ registrationSystem: https, districtOffice: https.optional(), classroomBoard: https.optional() }).strict(),
    press: z.object({ contactName: optionalText.optional(), phone: z.string().optional(), email: z.email().optional() }).strict().optional(),
  })
  .strict()
const navigationFields = z.object({ items: z.array(z.object({ label: localized, href: siteLink }).strict()).default([]) }).strict()

/** A global may carry a newer draft saved over its published values. */
const globalDraft = <T>(fields: z.ZodObject) => (relaxed(fields) as z.ZodType<Partial<T>>).optional()
const settingsBackup = settingsFields.extend({ draft: globalDraft<z.output<typeof settingsFields>>(settingsFields) })
const navigationBackup = navigationFields.extend({ draft: globalDraft<z.output<typeof navigationFields>>(navigationFields) })

/** A closure on real dates, as the CMS stores it (the demo's are relative to the seed date). */
const datedClosure = z.object({ startDate: instant, endDate: instant.optional(), reason: localized }).strict()
const closuresFields = z
  .object({ closures: z.array(either((row) => isObject(row) && 'startDate' in row, datedClosure, closureSchema)).default([]) })
  .strict()
const closuresBackup = closuresFields.extend({ draft: globalDraft<z.output<typeof closuresFields>>(closuresFields) })

const imageBackup = z
  .object({
    key: slug,
    alt: localized,
    caption: optionalText.optional(),
    credit: backupCredit.optional(),
    palette: z.tuple([z.string(), z.string()]).optional(),
    file: relativeFile.optional(),
    /** the focal point, in percent from the left and top */
    focalX: z.number().optional(),
    focalY: z.number().optional(),
  })
  .strict()
  .refine((image) => image.file || image.palette, { message: 'an image needs a `file`, or a `palette` to draw one', path: ['file'] })

const documentBackup = z
  .object({
    key: slug,
    title: localized,
    filename: text.refine((name) => !/[/\\]/.test(name), { message: 'a file name, without folders' }),
    lines: z.array(z.string().regex(/^[\x20-\x7E]*$/, 'ASCII only')).min(1).optional(),
    /** a Word form to write, as in content/ */
    blocks: z.array(formBlock).min(1).optional(),
    file: relativeFile.optional(),
    /** the type Payload recorded at upload (attachments are not sniffed again) */
    mimeType: z.string().optional(),
  })
  .strict()
  .refine((document) => document.file || document.lines || document.blocks, { message: 'a document needs a `file`, or `lines` to write a PDF or `blocks` to write a Word form', path: ['file'] })
  .refine((document) => !document.file || document.file.split('/').pop() === document.filename, {
    message: 'must be the name of the file `file` points at',
    path: ['filename'],
  })

const fieldBackup = z
  .object({ slug, name: localized, description: optionalText.optional(), order: z.number().optional(), image: imageRef })
  .strict()

const instructorBackup = z
  .object({
    slug,
    name: localized,
    headline: optionalText.optional(),
    bio: richText.optional(),
    photo: imageRef,
    fields: z.array(slug).default([]),
    career: z.array(z.object({ period: z.string().optional(), role: localized }).strict()).default([]),
    background: instructorSchema.shape.background,
  })
  .strict()

/** A run on real dates, as the CMS stores it (the demo's runs are relative to the seed date). */
const datedRun = z
  .object({
    termMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
    startDate: instant,
    endDate: instant,
    weekdays: z.array(weekday).min(1),
    startTime: time,
    endTime: time,
    sessions: z.number().int().positive().optional(),
    room: backupRoom,
    capacity: z.number().int().positive(),
    registrationUrl: https,
    status: runSchema.shape.status,
    registrationOpensOn: instant.optional(),
    registrationClosesOn: instant.optional(),
  })
  .strict()

const courseBackup = z
  .object({
    slug,
    title: localized,
    field: slug,
    level: courseSchema.shape.level,
    summary: localized,
    description: richText.optional(),
    outline: z.array(z.object({ title: localized, detail: optionalText.optional() }).strict()).default([]),
    prerequisites: optionalText.optional(),
    materials: optionalText.optional(),
    instructors: z.array(slug).default([]),
    fee: z.number().int().min(0).optional(),
    image: imageRef,
    runs: z.array(either((run) => isObject(run) && 'termMonth' in run, datedRun, runSchema)).default([]),
  })
  .strict()

const noticeBackup = z
  .object({
    slug,
    category: noticeSchema.shape.category,
    title: localized,
    summary: optionalText.optional(),
    body: requiredRichText,
    daysAgo: z.number().int().min(0).optional(),
    publishedDate: instant.optional(),
    pinned: z.boolean().default(false),
    deadlineInDays: z.number().int().optional(),
    deadline: instant.optional(),
    applicationUrl: https.optional(),
    callField: slug.optional(),
    howToApply: optionalText.optional(),
    pay: optionalText.optional(),
    results: optionalText.optional(),
    contact: text.optional(),
    photos: z.array(z.object({ image: slug, caption: localized, credit: backupCredit.optional() }).strict()).default([]),
    attachments: z.array(slug).default([]),
  })
  .strict()

const boardPostBackup = z
  .object({
    slug,
    /** the running number shown on the board, kept from the original */
    number: z.number().int().positive().optional(),
    category: boardPostSchema.shape.category,
    title: localized,
    body: requiredRichText,
    daysAgo: z.number().int().min(0).optional(),
    publishedDate: instant.optional(),
    pinned: z.boolean().default(false),
    attachments: z.array(slug).default([]),
  })
  .strict()

const zoneBackup = z
  .object({
    slug,
    kind: zoneSchema.shape.kind,
    name: localized,
    summary: localized,
    description: richText.optional(),
    openedYear: z.number().int().optional(),
    location: optionalText.optional(),
    hours: z.array(hoursRow).default([]),
    eligibility: localized,
    bookingOpensDay: z.number().int().min(1).max(28),
    bookingNote: optionalText.optional(),
    sessionMinutes: z.number().int().positive().optional(),
    reservationUrl: https,
    image: imageRef,
  })
  .strict()

const pageBackup = z
  .object({
    slug,
    title: localized,
    summary: optionalText.optional(),
    body: richText.optional(),
    faqs: z.array(z.object({ question: localized, answer: localized }).strict()).default([]),
  })
  .strict()

/** A staff account. Passwords are not here: see cms/backup/accounts.ts. */
export const accountSchema = z
  .object({ email: z.email(), name: text, role: z.enum(valuesOf(ROLES) as [string, ...string[]]) })
  .strict()

/** A review request: the post by collection and slug (absent once the post was deleted), people by email. */
export const reviewSchema = z
  .object({
    document: z.object({ collection: z.enum(REVIEWABLE), slug }).strict().optional(),
    documentTitle: z.string().optional(),
    status: z.enum(REVIEW_STATUSES),
    message: z.string().optional(),
    comment: z.string().optional(),
    requestedBy: z.email().optional(),
    requestedByName: z.string().optional(),
    requestedAt: instant,
    decidedBy: z.email().optional(),
    decidedByName: z.string().optional(),
    decidedAt: instant.optional(),
    seenByRequester: z.boolean().default(false),
  })
  .strict()

export const backupSchema = z.object({
  /** `{}` when the database never had settings */
  settings: either((value) => isObject(value) && Object.keys(value).length === 0, z.strictObject({}), settingsBackup),
  navigation: navigationBackup,
  /** absent in backups made before closures existed: none */
  closures: closuresBackup.default({ closures: [] }),
  images: z.array(imageBackup),
  documents: z.array(documentBackup),
  fields: z.array(drafted(fieldBackup)),
  instructors: z.array(drafted(instructorBackup)),
  courses: z.array(drafted(courseBackup)),
  notices: z.array(drafted(noticeBackup)),
  boardPosts: z.array(drafted(boardPostBackup)),
  zones: z.array(drafted(zoneBackup)),
  pages: z.array(drafted(pageBackup)),
  /** absent in content/: the seed then makes the demo accounts */
  users: z.array(accountSchema).optional(),
  /** absent in content/ and in backups made before review requests existed */
  reviews: z.array(reviewSchema).optional(),
})

export type BackupContent = z.output<typeof backupSchema>
export type SettingsBackup = z.output<typeof settingsBackup>
/** The site settings of a backup, unless the database it came from had none yet. */
export const settingsOf = (content: BackupContent): SettingsBackup | undefined =>
  'centerName' in content.settings ? (content.settings as SettingsBackup) : undefined
export type Account = z.output<typeof accountSchema>
export type ReviewBackup = z.output<typeof reviewSchema>

/** The files of a backup: content/'s, and users.json and reviews.json (optional). */
export const BACKUP_FILES = { ...CONTENT_FILES, users: 'users.json', reviews: 'reviews.json' } as const satisfies Record<keyof BackupContent, string>

/** Parts a backup may leave out. */
export const OPTIONAL_BACKUP_PARTS = ['users', 'closures', 'reviews']
