/**
 * Fills an empty database with the demo content of content/. Idempotent:
 * every entry is found by its natural key (slug, email, file name) and only
 * created when missing, so a second run changes nothing.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { addDays, seoulDay, seoulInstant } from '../domain/seoulDate'
import type { Content } from './contentSchema'
import { English, hasEnglish, markEnglish, pickLocale, unwrapEnglish, withRowIds } from './localize'
import { drawPicture, drawPortrait, type UploadFile, writePdf } from './media'
import { readContent } from './readContent'
import { markdownConverter } from './richText'
import { runDates, seoulMidnightIso } from './schedule'

export interface SeedOptions {
  content?: Content
  now?: Date
  log?: (line: string) => void
  admin?: { email: string; password: string }
}

export type SeedReport = Record<string, { created: number; kept: number }>

type Id = number | string
type Locale = 'ko' | 'en'

/** Demo accounts, one per role, so each role can be tried from the admin. */
export function demoAccounts(admin: { email: string; password: string }) {
  const [, domain] = admin.email.split('@')
  return [
    { email: admin.email, password: admin.password, name: '관리자', role: 'admin' },
    { email: `editor@${domain}`, password: admin.password, name: '편집 담당', role: 'editor' },
    { email: `contributor@${domain}`, password: admin.password, name: '게시판 담당', role: 'contributor' },
  ]
}

export const defaultAdmin = () => ({
  email: process.env.SEED_ADMIN_EMAIL || 'admin@example.com',
  password: process.env.SEED_ADMIN_PASSWORD || 'seocho-demo-2026',
})

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const content = options.content ?? readContent()
  const now = options.now ?? new Date()
  const log = options.log ?? (() => {})
  const report: SeedReport = {}
  const context = { seeding: true }
  const toRichText = await markdownConverter(payload.config)
  const today = seoulDay(now)

  /** Finds by key or creates in Korean, then adds the English text to the same document. */
  async function ensure(
    collection: CollectionSlug,
    where: Where,
    build: (locale: Locale) => Promise<Record<string, unknown>> | Record<string, unknown>,
    { file, english = true }: { file?: () => Promise<UploadFile>; english?: boolean } = {},
  ): Promise<Id> {
    const tally = (report[collection] ??= { created: 0, kept: 0 })
    const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, overrideAccess: true, pagination: false })
    if (found.docs[0]) {
      tally.kept += 1
      return found.docs[0].id
    }
    const korean = await build('ko')
    const created = await payload.create({
      collection,
      data: korean as never,
      locale: 'ko',
      file: file ? await file() : undefined,
      overrideAccess: true,
      context,
    })
    if (english) {
      const englishData = await build('en')
      if (hasEnglish(englishData)) {
        await payload.update({
          collection,
          id: created.id,
          data: withRowIds(unwrapEnglish(englishData), created) as never,
          locale: 'en',
          overrideAccess: true,
          context,
        })
      }
    }
    tally.created += 1
    return created.id
  }

  const step = async <T>(label: string, items: T[], each: (item: T) => Promise<unknown>) => {
    let done = 0
    for (const item of items) {
      await each(item)
      done += 1
      if (done === items.length || done % 10 === 0) log(`${label} ${done}/${items.length}`)
    }
  }

  const text = (value: { ko: string; en?: string } | undefined, locale: Locale) =>
    value === undefined ? undefined : locale === 'ko' ? value.ko : markEnglish(value)
  const rich = (value: { ko: string; en?: string } | undefined, locale: Locale) => {
    const markdown = value?.[locale]
    if (markdown === undefined) return undefined
    return locale === 'ko' ? toRichText(markdown) : new English(toRichText(markdown))
  }
  const localizedRows = <T>(rows: T[], locale: Locale) =>
    rows.map((row) => (locale === 'ko' ? pickLocale(row, 'ko') : markEnglish(row)))

  // Accounts
  const admin = options.admin ?? defaultAdmin()
  await step('users', demoAccounts(admin), (account) =>
    ensure('users', { email: { equals: account.email } }, () => account, { english: false }),
  )

  // Globals, set once
  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true, draft: true })
  if (!settings.centerName) {
    // Korean first, then English onto the same array rows (rows are shared between locales).
    for (const [slug, entry] of [['site-settings', content.settings], ['navigation', content.navigation]] as const) {
      await payload.updateGlobal({ slug, data: { ...(pickLocale(entry, 'ko') as object), _status: 'published' } as never, locale: 'ko', overrideAccess: true, context })
      const saved = await payload.findGlobal({ slug, overrideAccess: true, draft: true, locale: 'ko' })
      await payload.updateGlobal({ slug, data: { ...(withRowIds(pickLocale(entry, 'en'), saved) as object), _status: 'published' } as never, locale: 'en', overrideAccess: true, context })
    }
    report.globals = { created: 2, kept: 0 }
  } else {
    report.globals = { created: 0, kept: 2 }
  }

  // Files
  const images = new Map<string, Id>()
  await step('media', content.images, async (image) => {
    const id = await ensure(
      'media',
      { filename: { equals: `${image.key}.jpg` } },
      (locale) => ({ alt: text(image.alt, locale), caption: text(image.caption, locale), credit: image.credit }),
      { file: () => drawPicture(image.key, image.palette) },
    )
    images.set(image.key, id)
  })
  const documents = new Map<string, Id>()
  await step('documents', content.documents, async (document) => {
    const id = await ensure('documents', { filename: { equals: document.filename } }, (locale) => ({ title: text(document.title, locale) }), {
      file: () => writePdf(document.filename, document.lines),
    })
    documents.set(document.key, id)
  })

  const published = { _status: 'published' }

  // Fields of study
  const fields = new Map<string, Id>()
  await step('fields', content.fields, async (field) => {
    const id = await ensure('fields', { slug: { equals: field.slug } }, (locale) => ({
      ...published,
      slug: field.slug,
      name: text(field.name, locale),
      description: text(field.description, locale),
      order: field.order,
      image: field.image ? images.get(field.image) : undefined,
    }))
    fields.set(field.slug, id)
  })

  // Instructors, each with a portrait
  const instructors = new Map<string, Id>()
  await step('instructors', content.instructors, async (person) => {
    const photo = await ensure(
      'media',
      { filename: { equals: `instructor-${person.slug}.jpg` } },
      (locale) => ({
        alt: locale === 'ko' ? `${person.name.ko} 강사 초상 그림` : new English(`Portrait illustration of ${person.name.en ?? person.name.ko}`),
      }),
      { file: () => drawPortrait(`instructor-${person.slug}`, portraitPalette(person.slug)) },
    )
    const id = await ensure('instructors', { slug: { equals: person.slug } }, (locale) => ({
      ...published,
      slug: person.slug,
      name: text(person.name, locale),
      headline: text(person.headline, locale),
      bio: rich(person.bio, locale),
      photo,
      fields: person.fields.map((slug) => fields.get(slug)),
      career: localizedRows(person.career, locale),
      background: person.background,
    }))
    instructors.set(person.slug, id)
  })

  // Courses with runs over the coming months
  const base = content.settings.links.registrationSystem
  await step('courses', content.courses, (course) =>
    ensure('courses', { slug: { equals: course.slug } }, (locale) => ({
      ...published,
      slug: course.slug,
      title: text(course.title, locale),
      field: fields.get(course.field),
      level: course.level,
      summary: text(course.summary, locale),
      description: rich(course.description, locale),
      outline: localizedRows(course.outline, locale),
      prerequisites: text(course.prerequisites, locale),
      materials: text(course.materials, locale),
      instructors: course.instructors.map((slug) => instructors.get(slug)),
      fee: course.fee,
      image: images.get(course.field),
      runs: course.runs.map((run) => {
        const { termMonth, startDay, endDay } = runDates(now, run)
        return {
          termMonth,
          startDate: seoulMidnightIso(startDay),
          endDate: seoulMidnightIso(endDay),
          weekdays: run.weekdays,
          startTime: run.startTime,
          endTime: run.endTime,
          sessions: run.sessions,
          room: text(run.room, locale),
          capacity: run.capacity,
          registrationUrl: new URL(`reservation/edu/${course.slug}?term=${termMonth}`, base).toString(),
          status: run.status,
        }
      }),
    })),
  )

  // Notices and press releases
  await step('notices', content.notices, (notice) =>
    ensure('notices', { slug: { equals: notice.slug } }, (locale) => ({
      ...published,
      slug: notice.slug,
      category: notice.category,
      title: text(notice.title, locale),
      summary: text(notice.summary, locale),
      body: rich(notice.body, locale),
      publishedDate: seoulInstant(addDays(today, -notice.daysAgo), '10:00').toISOString(),
      pinned: notice.pinned,
      deadline: notice.deadlineInDays === undefined ? undefined : seoulInstant(addDays(today, notice.deadlineInDays), '18:00').toISOString(),
      applicationUrl: notice.applicationUrl,
      callField: notice.callField ? fields.get(notice.callField) : undefined,
      photos: notice.photos.map((photo) => ({ image: images.get(photo.image), caption: text(photo.caption, locale), credit: photo.credit })),
      attachments: notice.attachments.map((key) => documents.get(key)),
    })),
  )

  // The classroom board, oldest first so running numbers follow the dates
  const posts = [...content.boardPosts].sort((a, b) => b.daysAgo - a.daysAgo || a.slug.localeCompare(b.slug))
  await step('board-posts', posts, (post) =>
    ensure('board-posts', { slug: { equals: post.slug } }, (locale) => ({
      ...published,
      slug: post.slug,
      category: post.category,
      title: text(post.title, locale),
      body: rich(post.body, locale),
      publishedDate: seoulInstant(addDays(today, -post.daysAgo), '09:00').toISOString(),
      pinned: post.pinned,
      attachments: post.attachments.map((key) => documents.get(key)),
    })),
  )

  await step('zones', content.zones, (zone) =>
    ensure('zones', { slug: { equals: zone.slug } }, (locale) => ({
      ...published,
      slug: zone.slug,
      kind: zone.kind,
      name: text(zone.name, locale),
      summary: text(zone.summary, locale),
      description: rich(zone.description, locale),
      openedYear: zone.openedYear,
      location: text(zone.location, locale),
      hours: localizedRows(zone.hours, locale),
      eligibility: text(zone.eligibility, locale),
      bookingOpensDay: zone.bookingOpensDay,
      bookingNote: text(zone.bookingNote, locale),
      sessionMinutes: zone.sessionMinutes,
      reservationUrl: zone.reservationUrl,
      image: images.get(zone.image),
    })),
  )

  await step('pages', content.pages, (page) =>
    ensure('pages', { slug: { equals: page.slug } }, (locale) => ({
      ...published,
      slug: page.slug,
      title: text(page.title, locale),
      summary: text(page.summary, locale),
      body: rich(page.body, locale),
      faqs: localizedRows(page.faqs, locale),
    })),
  )

  return report
}

const PORTRAIT_PALETTES: [string, string][] = [
  ['#dbe7f3', '#3b5b7e'],
  ['#f3e6d8', '#8a5a3b'],
  ['#e2efe0', '#3f6e4a'],
  ['#efe0ec', '#74466b'],
  ['#e9e9e9', '#4a4a4a'],
]

function portraitPalette(slug: string): [string, string] {
  let hash = 0
  for (const char of slug) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return PORTRAIT_PALETTES[hash % PORTRAIT_PALETTES.length]
}
