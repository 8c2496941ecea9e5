/**
 * How a content entry becomes a Payload document, localized values kept as
 * `{ ko, en }`: keys become ids, markdown becomes rich text (Lexical JSON is
 * taken as it is), the demo's relative dates become dates. The same builders
 * serve an entry and its newer draft; a draft lists every field it holds, so
 * there a missing value means an empty one, never the demo's default.
 */
import type { ClosedDays } from '../domain/closedDays'
import { addDays, seoulDay, seoulInstant } from '../domain/seoulDate'
import type { BackupContent, ReviewBackup } from './backupSchema'
import type { Id, LocalizedDoc } from './ensure'
import { dropMissing, isKeyRef, MISSING, mapRelations } from './richTextRefs'
import { runDates, seoulMidnightIso } from './schedule'

type EntryOf<K extends keyof BackupContent> = NonNullable<BackupContent[K]> extends (infer E)[] ? E : never
export type FieldEntry = EntryOf<'fields'>
export type InstructorEntry = EntryOf<'instructors'>
export type CourseEntry = EntryOf<'courses'>
export type NoticeEntry = EntryOf<'notices'>
export type BoardPostEntry = EntryOf<'boardPosts'>
export type ZoneEntry = EntryOf<'zones'>
export type PageEntry = EntryOf<'pages'>

export interface Build {
  /** natural key → id, per collection (media, documents, users, and each drafted collection by slug), filled as entries are written */
  refs: Record<string, Map<string, Id>>
  now: Date
  toRichText: (markdown: string | undefined) => unknown
  /** the registration system's address, for the demo's relative runs */
  registrationBase: string
  /** building a draft: a missing picture is none, not the demo's default */
  draft: boolean
  /** public holidays and the content's closures: the demo's class days skip them */
  closed?: ClosedDays
}

type Localized = { ko?: unknown; en?: unknown }

/**
 * Markdown → rich text per language; Lexical JSON stays exactly as it was,
 * but for the documents it points at, named by key, which get their ids. A
 * node pointing at a document not written yet is left out for now (the CMS
 * refuses a link to nothing) and put back by relink.ts at the end; one whose
 * document was gone already when the backup was made (null) stays out.
 */
const lexicalWithIds = (text: unknown, build: Build) =>
  dropMissing(mapRelations(text, (relationTo, target) => (isKeyRef(target) ? (build.refs[relationTo]?.get(target.key) ?? MISSING) : (target ?? MISSING))))

const rich = (value: Localized | undefined, build: Build) =>
  value &&
  Object.fromEntries(Object.entries(value).map(([locale, text]) => [locale, typeof text === 'string' ? build.toRichText(text) : lexicalWithIds(text, build)]))

/** A key → its id; null (none) and undefined (not given) pass through. */
const idOf = (ids: Map<string, Id>, key: string | null | undefined) => (key === null || key === undefined ? key : ids.get(key))
const idsOf = (ids: Map<string, Id>, keys: string[] | undefined) => (keys ?? []).map((key) => ids.get(key))

const at = (build: Build, daysAgo: number | undefined, time: string) =>
  daysAgo === undefined ? undefined : seoulInstant(addDays(seoulDay(build.now), -daysAgo), time).toISOString()

export const fieldDoc = (field: FieldEntry, build: Build): LocalizedDoc => ({
  slug: field.slug,
  name: field.name,
  description: field.description,
  order: field.order,
  image: idOf(build.refs.media, field.image),
})

export const instructorDoc = (person: InstructorEntry, build: Build, photo: Id | null | undefined): LocalizedDoc => ({
  slug: person.slug,
  name: person.name,
  headline: person.headline,
  bio: rich(person.bio, build),
  photo,
  fields: idsOf(build.refs.fields, person.fields),
  career: person.career ?? [],
  background: person.background ?? [],
})

type Run = CourseEntry['runs'][number]

function runData(run: Run, courseSlug: string, build: Build) {
  if ('termMonth' in run) {
    const { termMonth, startDate, endDate, weekdays, startTime, endTime, sessions, room, capacity, registrationUrl, status } = run
    return { termMonth, startDate, endDate, weekdays, startTime, endTime, sessions, room, capacity, registrationUrl, status, registrationOpensOn: run.registrationOpensOn, registrationClosesOn: run.registrationClosesOn }
  }
  const { termMonth, startDay, endDay } = runDates(build.now, run, build.closed)
  return {
    termMonth,
    startDate: seoulMidnightIso(startDay),
    endDate: seoulMidnightIso(endDay),
    weekdays: run.weekdays,
    startTime: run.startTime,
    endTime: run.endTime,
    sessions: run.sessions,
    room: run.room,
    capacity: run.capacity,
    registrationUrl: new URL(`reservation/edu/${courseSlug}?term=${termMonth}`, build.registrationBase).toString(),
    status: run.status,
  }
}

export const courseDoc = (course: CourseEntry, build: Build): LocalizedDoc => ({
  slug: course.slug,
  title: course.title,
  field: idOf(build.refs.fields, course.field),
  level: course.level,
  summary: course.summary,
  description: rich(course.description, build),
  outline: course.outline ?? [],
  prerequisites: course.prerequisites,
  materials: course.materials,
  instructors: idsOf(build.refs.instructors, course.instructors),
  fee: course.fee,
  // The demo names no picture and keeps its long-standing lookup by field slug.
  image: course.image !== undefined || build.draft ? idOf(build.refs.media, course.image ?? null) : build.refs.media.get(course.field),
  runs: (course.runs ?? []).map((run) => runData(run, course.slug, build)),
})

export const noticeDoc = (notice: NoticeEntry, build: Build): LocalizedDoc => ({
  slug: notice.slug,
  category: notice.category,
  title: notice.title,
  summary: notice.summary,
  body: rich(notice.body, build),
  publishedDate: notice.publishedDate ?? at(build, notice.daysAgo, '10:00'),
  pinned: notice.pinned,
  deadline: notice.deadline ?? at(build, notice.deadlineInDays === undefined ? undefined : -notice.deadlineInDays, '18:00'),
  applicationUrl: notice.applicationUrl,
  callField: notice.callField ? build.refs.fields.get(notice.callField) : undefined,
  howToApply: notice.howToApply,
  pay: notice.pay,
  results: notice.results,
  contact: notice.contact,
  photos: (notice.photos ?? []).map((photo) => ({ image: build.refs.media.get(photo.image), caption: photo.caption, credit: photo.credit })),
  attachments: idsOf(build.refs.documents, notice.attachments),
})

export const boardPostDoc = (post: BoardPostEntry, build: Build): LocalizedDoc => ({
  number: post.number,
  slug: post.slug,
  category: post.category,
  title: post.title,
  body: rich(post.body, build),
  publishedDate: post.publishedDate ?? at(build, post.daysAgo, '09:00'),
  pinned: post.pinned,
  attachments: idsOf(build.refs.documents, post.attachments),
})

export const zoneDoc = (zone: ZoneEntry, build: Build): LocalizedDoc => ({
  slug: zone.slug,
  kind: zone.kind,
  name: zone.name,
  summary: zone.summary,
  description: rich(zone.description, build),
  openedYear: zone.openedYear,
  location: zone.location,
  hours: zone.hours ?? [],
  eligibility: zone.eligibility,
  bookingOpensDay: zone.bookingOpensDay,
  bookingNote: zone.bookingNote,
  sessionMinutes: zone.sessionMinutes,
  reservationUrl: zone.reservationUrl,
  image: idOf(build.refs.media, zone.image),
})

export const pageDoc = (page: PageEntry, build: Build): LocalizedDoc => ({
  slug: page.slug,
  title: page.title,
  summary: page.summary,
  body: rich(page.body, build),
  faqs: page.faqs ?? [],
})

/** A review request as stored: its post by id (null once deleted), its people by account id. */
export const reviewDoc = (review: ReviewBackup, documentId: Id | undefined, accounts: Map<string, Id>): LocalizedDoc => {
  const account = (email: string | undefined) => (email ? (accounts.get(email.toLowerCase()) ?? null) : null)
  return {
    document: review.document && documentId !== undefined ? { relationTo: review.document.collection, value: documentId } : null,
    documentTitle: review.documentTitle ?? null,
    status: review.status,
    message: review.message ?? null,
    comment: review.comment ?? null,
    requestedBy: account(review.requestedBy),
    requestedByName: review.requestedByName ?? null,
    requestedAt: review.requestedAt,
    decidedBy: account(review.decidedBy),
    decidedByName: review.decidedByName ?? null,
    decidedAt: review.decidedAt ?? null,
    seenByRequester: review.seenByRequester,
  }
}
