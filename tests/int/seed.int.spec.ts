/**
 * The seed loads all of content/ into an empty database, and running it
 * again changes nothing.
 */
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSchedule } from '../../cms/domain/classDays'
import { closedDays, closuresFromRows } from '../../cms/domain/closedDays'
import { addMonths, seoulDay, seoulMonth } from '../../cms/domain/seoulDate'
import type { Content } from '../../cms/seed/contentSchema'
import type { SeedReport } from '../../cms/seed/seed'
import { bootCms, type TestCms } from './support/boot'

// The seed's modules read DATA_DIR when first imported: load them after bootCms points it at the throwaway folder.
let content: Content
const COLLECTIONS: CollectionSlug[] = ['users', 'media', 'documents', 'fields', 'instructors', 'courses', 'notices', 'board-posts', 'zones', 'pages']
const now = new Date('2026-11-28T03:00:00Z')

let cms: TestCms
let payload: Payload
let first: SeedReport
let second: SeedReport
const snapshot: Record<string, string[]> = {}

async function takeSnapshot() {
  const result: Record<string, string[]> = {}
  for (const collection of COLLECTIONS) {
    const { docs } = await payload.find({ collection, limit: 0, depth: 0, draft: true, overrideAccess: true, sort: 'id' })
    result[collection] = docs.map((doc: any) => `${doc.id}@${doc.updatedAt}`)
  }
  return result
}

beforeAll(async () => {
  cms = await bootCms()
  payload = cms.payload
  const { seed } = await import('../../cms/seed/seed')
  content = (await import('../../cms/seed/readContent')).readContent()
  first = await seed(payload, { content, now })
  Object.assign(snapshot, await takeSnapshot())
  second = await seed(payload, { content, now })
}, 600_000)

afterAll(async () => cms?.close())

describe('seed', () => {
  it('creates every entry of content/ on an empty database', () => {
    expect(first.courses.created).toBe(content.courses.length)
    expect(first.fields.created).toBe(content.fields.length)
    expect(first.instructors.created).toBe(content.instructors.length)
    expect(first.notices.created).toBe(content.notices.length)
    expect(first['board-posts'].created).toBe(content.boardPosts.length)
    expect(first.zones.created).toBe(content.zones.length)
    expect(first.pages.created).toBe(content.pages.length)
    expect(first.documents.created).toBe(content.documents.length)
    expect(first.media.created).toBe(content.images.length + content.instructors.length)
    expect(first.users.created).toBe(3)
  })

  it('a second run creates nothing and changes no stored document', async () => {
    for (const [collection, tally] of Object.entries(second)) {
      expect(tally.created, collection).toBe(0)
    }
    expect(await takeSnapshot()).toEqual(snapshot)
  })

  it('publishes everything it loads', async () => {
    for (const collection of ['courses', 'notices', 'board-posts', 'zones', 'pages', 'fields', 'instructors'] as const) {
      const { totalDocs } = await payload.count({ collection, overrideAccess: false })
      expect(totalDocs, collection).toBe(snapshot[collection].length)
    }
  })

  it('schedules runs this month (some under way on the seed day) and in the three months after it, in Seoul', async () => {
    const { docs } = await payload.find({ collection: 'courses', limit: 0, depth: 0, overrideAccess: true })
    const runs = docs.flatMap((course: any) => course.runs)
    const months = new Set(runs.map((run: any) => run.termMonth))
    const current = seoulMonth(now)
    expect([...months].sort()).toEqual(expect.arrayContaining([current, addMonths(current, 1)]))
    for (const month of months) expect([0, 1, 2, 3].map((n) => addMonths(current, n))).toContain(month)
    // "Now" is there: classes of this month whose first class is on or before the seed day and whose last is not over.
    const today = seoulDay(now)
    const underWay = runs.filter((run: any) => run.termMonth === current && seoulDay(run.startDate) <= today && seoulDay(run.endDate) >= today)
    if (Number(today.slice(8)) > 3) expect(underWay.length).toBeGreaterThan(0)
    // No demo class falls on a public holiday or a demo closure: the seed skips closed days.
    const closures = await payload.findGlobal({ slug: 'closures', overrideAccess: true })
    const closed = closedDays(closuresFromRows(closures.closures))
    for (const run of runs) {
      const schedule = runSchedule({ startDay: seoulDay(run.startDate), endDay: seoulDay(run.endDate), weekdays: run.weekdays, sessions: run.sessions }, closed)
      expect(schedule.held.filter((c) => c.makeUp), `${run.termMonth} ${run.weekdays}`).toEqual([])
      expect(schedule.held).toHaveLength(run.sessions)
    }
  })

  it('numbers board posts in date order, oldest first', async () => {
    const { docs } = await payload.find({ collection: 'board-posts', limit: 0, depth: 0, sort: 'number', overrideAccess: true })
    const dates = docs.map((post: any) => post.publishedDate)
    expect(dates).toEqual([...dates].sort())
    expect(docs.map((post: any) => post.number)).toEqual(docs.map((_: unknown, index: number) => index + 1))
  })

  it('keeps English beside Korean, falling back to Korean where there is none', async () => {
    const [entry] = content.notices
    const [notice] = (await payload.find({ collection: 'notices', where: { slug: { equals: entry.slug } }, locale: 'en', overrideAccess: true })).docs
    expect(notice.title).toBe(entry.title.en ?? entry.title.ko)
    const post = content.boardPosts.find((p) => !p.title.en)!
    const [stored] = (await payload.find({ collection: 'board-posts', where: { slug: { equals: post.slug } }, locale: 'en', overrideAccess: true })).docs
    expect(stored.title).toBe(post.title.ko)
  })

  it('links courses to instructors both ways', async () => {
    const course = content.courses[0]
    const [instructor] = (await payload.find({ collection: 'instructors', where: { slug: { equals: course.instructors[0] } }, depth: 1, overrideAccess: true })).docs
    const taught = (instructor.courses?.docs ?? []).map((doc: any) => (typeof doc === 'object' ? doc.slug : doc))
    expect(taught).toContain(course.slug)
  })

  it('attaches real PDFs and images with alt text', async () => {
    const { docs } = await payload.find({ collection: 'documents', limit: 1, overrideAccess: true })
    expect(docs[0].mimeType).toBe('application/pdf')
    const images = await payload.find({ collection: 'media', limit: 0, overrideAccess: true })
    expect(images.docs.every((image: any) => typeof image.alt === 'string' && image.alt.length > 0)).toBe(true)
  })
})
