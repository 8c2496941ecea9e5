/**
 * Fills an empty database with the content of a folder: the demo content of
 * content/, or a backup written by `npm run export` (cms/backup), which is the
 * same format with more in it (see backupSchema.ts). Idempotent: every entry
 * is found by its natural key (slug, email, file name) and only created when
 * missing, so a second run changes nothing, and a run that stopped half-way
 * carries on where it stopped (an entry is written whole or not at all: see
 * ensure.ts).
 */
import type { CollectionSlug, Payload } from 'payload'

import { backupAccounts, defaultAdmin, demoAccounts } from './accounts'
import { type BackupContent, settingsOf } from './backupSchema'
import { type Build, boardPostDoc, courseDoc, fieldDoc, type InstructorEntry, instructorDoc, noticeDoc, pageDoc, reviewDoc, zoneDoc } from './entryData'
import { EntryError, entryWriter, type EntrySpec, type Id, type LocalizedDoc, type SeedReport } from './ensure'
import { pickLocale, withNulls, withRowIds } from './localize'
import { drawPortrait, portraitPalette } from './media'
import { type Linked, relink } from './relink'
import { contentDir, readContent } from './readContent'
import { markdownConverter } from './richText'
import { closureDates, seoulMidnightIso } from './schedule'
import { closedDays, closuresFromRows } from '../domain/closedDays'
import { documentUpload, imageFilename, imageUpload } from './uploads'

export { defaultAdmin, demoAccounts } from './accounts'
export type { SeedReport } from './ensure'

export interface SeedOptions {
  /** the demo content of content/, or a backup (every Content is a BackupContent) */
  content?: BackupContent
  /** the folder `file` paths of images and documents are relative to (default: CONTENT_DIR) */
  dir?: string
  now?: Date
  log?: (line: string) => void
  admin?: { email: string; password: string }
}

/** The seed stopped at one entry; `report` says what was written before it. */
export class SeedError extends Error {
  constructor(
    readonly entry: string,
    readonly cause: unknown,
    readonly report: SeedReport,
    message: string,
  ) {
    super(message)
  }
}

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const content = options.content ?? readContent()
  const report: SeedReport = {}
  try {
    await load(payload, content, options, report)
    return report
  } catch (error) {
    const entry = error instanceof EntryError ? error.label : 'seed'
    throw new SeedError(entry, error instanceof EntryError ? error.cause : error, report, error instanceof Error ? error.message : String(error))
  }
}

async function load(payload: Payload, content: BackupContent, options: SeedOptions, report: SeedReport): Promise<void> {
  const dir = options.dir ?? contentDir()
  const log = options.log ?? (() => {})
  const context = { seeding: true }
  const toRichText = await markdownConverter(payload.config)
  const settings = settingsOf(content)
  const refs: Build['refs'] = Object.fromEntries(
    ['media', 'documents', 'users', 'fields', 'instructors', 'courses', 'notices', 'board-posts', 'zones', 'pages'].map((collection) => [collection, new Map<string, Id>()]),
  )
  const now = options.now ?? new Date()
  // The demo's closures are relative to the seed day; a backup's are dated.
  const closureRows = (rows: BackupContent['closures']['closures']) =>
    rows.map((row) => {
      if ('startDate' in row) return row
      const { startDay, endDay } = closureDates(now, row)
      return { startDate: seoulMidnightIso(startDay), endDate: endDay === startDay ? undefined : seoulMidnightIso(endDay), reason: row.reason }
    })
  const closures = { ...content.closures, closures: closureRows(content.closures.closures) }
  const closed = closedDays(closuresFromRows(closures.closures, 'ko'))
  const build: Build = { refs, now, toRichText, registrationBase: settings?.links.registrationSystem ?? 'https://invalid.example/', draft: false, closed }
  const asDraft: Build = { ...build, draft: true }
  const accounts = refs.users
  const { ensure, saveDraft } = entryWriter(payload, report, accounts)

  const step = async <T>(label: string, items: T[], each: (item: T) => Promise<unknown>) => {
    let done = 0
    for (const item of items) {
      await each(item)
      done += 1
      if (done === items.length || done % 10 === 0) log(`${label} ${done}/${items.length}`)
    }
  }

  /** An entry of a drafted collection: published or a draft, a newer draft over it, its schedules. */
  const publication = <E extends { slug: string; status?: 'published' | 'draft'; draft?: unknown; schedule?: EntrySpec['schedule'] }>(
    collection: CollectionSlug,
    file: string,
    entry: E,
    doc: (entry: E, build: Build) => LocalizedDoc,
  ): EntrySpec => ({
    collection,
    where: { slug: { equals: entry.slug } },
    label: `${file} ${entry.slug}`,
    status: entry.status ?? 'published',
    doc: () => doc(entry, entry.status === 'draft' ? asDraft : build),
    draft: entry.draft ? () => doc(entry.draft as E, asDraft) : undefined,
    schedule: entry.schedule,
  })

  // Accounts
  const people = content.users ? backupAccounts(content.users) : demoAccounts(options.admin ?? defaultAdmin())
  await step('users', people, async (account) => {
    const id = await ensure({ collection: 'users', where: { email: { equals: account.email } }, label: `users.json ${account.email}`, doc: () => account, english: false })
    accounts.set(account.email.toLowerCase(), id)
  })

  // Globals, set once
  const current = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true, draft: true })
  if (!current.centerName) {
    // Korean first, then English onto the same array rows (rows are shared between locales).
    for (const [slug, entry] of [['site-settings', settings], ['navigation', content.navigation]] as const) {
      if (!entry) continue
      const { draft, ...published } = entry
      await payload.updateGlobal({ slug, data: { ...(pickLocale(published, 'ko') as object), _status: 'published' } as never, locale: 'ko', overrideAccess: true, context })
      const saved = await payload.findGlobal({ slug, overrideAccess: true, draft: true, locale: 'ko' })
      await payload.updateGlobal({ slug, data: { ...(withRowIds(pickLocale(published, 'en'), saved) as object), _status: 'published' } as never, locale: 'en', overrideAccess: true, context })
      if (draft) {
        const korean = await payload.updateGlobal({ slug, data: { ...(withNulls(pickLocale(draft, 'ko')) as object), _status: 'draft' } as never, locale: 'ko', draft: true, overrideAccess: true, context })
        await payload.updateGlobal({ slug, data: { ...(withRowIds(withNulls(pickLocale(draft, 'en')), korean) as object), _status: 'draft' } as never, locale: 'en', draft: true, overrideAccess: true, context })
      }
    }
    report.globals = { created: 2, kept: 0 }
  } else {
    report.globals = { created: 0, kept: 2 }
  }

  // Closures, set once: a global staff have saved (even emptied) is theirs.
  const currentClosures = await payload.findGlobal({ slug: 'closures', overrideAccess: true, draft: true })
  if (!currentClosures.updatedAt && (closures.closures.length > 0 || closures.draft)) {
    const { draft, ...published } = closures
    await payload.updateGlobal({ slug: 'closures', data: { ...(pickLocale(published, 'ko') as object), _status: 'published' } as never, locale: 'ko', overrideAccess: true, context })
    const saved = await payload.findGlobal({ slug: 'closures', overrideAccess: true, draft: true, locale: 'ko' })
    await payload.updateGlobal({ slug: 'closures', data: { ...(withRowIds(pickLocale(published, 'en'), saved) as object), _status: 'published' } as never, locale: 'en', overrideAccess: true, context })
    if (draft) {
      const draftRows = { ...draft, closures: draft.closures ? closureRows(draft.closures as never) : draft.closures }
      const korean = await payload.updateGlobal({ slug: 'closures', data: { ...(withNulls(pickLocale(draftRows, 'ko')) as object), _status: 'draft' } as never, locale: 'ko', draft: true, overrideAccess: true, context })
      await payload.updateGlobal({ slug: 'closures', data: { ...(withRowIds(withNulls(pickLocale(draftRows, 'en')), korean) as object), _status: 'draft' } as never, locale: 'en', draft: true, overrideAccess: true, context })
    }
    report.globals = { ...report.globals, created: report.globals.created + 1 }
  }

  // Files
  await step('media', content.images, async (image) => {
    const filename = imageFilename(image)
    const id = await ensure({
      collection: 'media',
      where: { filename: { equals: filename } },
      label: `images.json ${image.key}`,
      doc: () => ({ alt: image.alt, caption: image.caption, credit: image.credit, focalX: image.focalX, focalY: image.focalY }),
      file: () => imageUpload(dir, image),
    })
    refs.media.set(image.key, id)
  })
  await step('documents', content.documents, async (document) => {
    const id = await ensure({
      collection: 'documents',
      where: { filename: { equals: document.filename } },
      label: `documents.json ${document.key}`,
      doc: () => ({ title: document.title }),
      file: () => documentUpload(dir, document),
    })
    refs.documents.set(document.key, id)
  })

  // Fields of study
  await step('fields', content.fields, async (field) => {
    refs.fields.set(field.slug, await ensure(publication('fields', 'fields.json', field, fieldDoc)))
  })

  // Instructors; one the entry gives no photo gets a drawn portrait (the demo)
  await step('instructors', content.instructors, async (person) => {
    const photo =
      person.photo !== undefined
        ? person.photo && refs.media.get(person.photo)
        : await ensure({
            collection: 'media',
            where: { filename: { equals: `instructor-${person.slug}.jpg` } },
            label: `instructors.json ${person.slug} (portrait)`,
            doc: () => ({ alt: { ko: `${person.name.ko} 강사 초상 그림`, en: `Portrait illustration of ${person.name.en ?? person.name.ko}` } }),
            file: () => drawPortrait(`instructor-${person.slug}`, portraitPalette(person.slug)),
          })
    // A draft names its photo itself (or has none).
    const photoOf = (entry: typeof person) => (entry === person ? photo : entry.photo ? refs.media.get(entry.photo) : null)
    const spec = publication('instructors', 'instructors.json', person, (entry, b) => instructorDoc(entry, b, photoOf(entry)))
    refs.instructors.set(person.slug, await ensure(spec))
  })

  await step('courses', content.courses, async (course) => refs.courses.set(course.slug, await ensure(publication('courses', 'courses.json', course, courseDoc))))
  await step('notices', content.notices, async (notice) => refs.notices.set(notice.slug, await ensure(publication('notices', 'notices.json', notice, noticeDoc))))

  // The classroom board, oldest first so running numbers follow the dates
  const when = (post: BoardPostEntryLike) => post.publishedDate ?? new Date(build.now.getTime() - (post.daysAgo ?? 0) * 86_400_000).toISOString()
  const posts = [...content.boardPosts].sort((a, b) => when(a).localeCompare(when(b)) || a.slug.localeCompare(b.slug))
  await step('board-posts', posts, async (post) => refs['board-posts'].set(post.slug, await ensure(publication('board-posts', 'board-posts.json', post, boardPostDoc))))

  await step('zones', content.zones, async (zone) => refs.zones.set(zone.slug, await ensure(publication('zones', 'zones.json', zone, zoneDoc))))
  await step('pages', content.pages, async (page) => refs.pages.set(page.slug, await ensure(publication('pages', 'pages.json', page, pageDoc))))

  // Review requests of a backup, with their outcomes (the demo has none)
  await step('reviews', content.reviews ?? [], async (review) => {
    const documentId = review.document ? refs[review.document.collection].get(review.document.slug) : undefined
    await ensure({
      collection: 'reviews',
      where: { and: [{ requestedAt: { equals: review.requestedAt } }, review.documentTitle ? { documentTitle: { equals: review.documentTitle } } : { documentTitle: { exists: false } }] },
      label: `reviews.json ${review.document?.slug ?? review.documentTitle ?? ''} ${review.requestedAt}`,
      english: false,
      doc: () => reviewDoc(review, documentId, accounts),
    })
  })

  // Links in rich text to documents written after the one that links
  const linked: Linked[] = [
    // Only rich text is compared: the photo does not matter here.
    ...content.instructors.map((entry) => ({ collection: 'instructors' as const, entry, doc: (e: InstructorEntry, b: Build) => instructorDoc(e, b, undefined) })),
    ...content.courses.map((entry) => ({ collection: 'courses' as const, entry, doc: courseDoc })),
    ...content.notices.map((entry) => ({ collection: 'notices' as const, entry, doc: noticeDoc })),
    ...content.boardPosts.map((entry) => ({ collection: 'board-posts' as const, entry, doc: boardPostDoc })),
    ...content.zones.map((entry) => ({ collection: 'zones' as const, entry, doc: zoneDoc })),
    ...content.pages.map((entry) => ({ collection: 'pages' as const, entry, doc: pageDoc })),
  ] as Linked[]
  const mended = await relink(payload, linked, build, asDraft, saveDraft)
  if (mended) log(`links in rich text to later documents: ${mended} documents`)
}

type BoardPostEntryLike = { publishedDate?: string; daysAgo?: number }
