/**
 * The publishing loop on a throwaway database: changes to published content
 * rebuild the site by themselves, a burst is batched, a failed or killed build
 * leaves the live site byte-for-byte as it was, and admins can roll back.
 * These run real `astro build`s, so they take a couple of minutes.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootCms, type TestCms } from './support/boot'
import { createStaff, richText, type Staff } from './support/fixtures'

process.env.PAYLOAD_SECRET ||= 'integration-tests-secret-that-is-long-enough-0123456789'

let cms: TestCms
let payload: Payload
let staff: Staff
let worker: import('../../cms/build/buildWorker').BuildWorker
let live: typeof import('../../cms/build/liveSite')
let queue: typeof import('../../cms/build/buildQueue')
/** running numbers of the posts published in the burst */
const burstNumbers: number[] = []

const builds = async () =>
  (await payload.find({ collection: 'site-builds', sort: 'createdAt', limit: 0, depth: 0, overrideAccess: true })).docs as any[]

async function settle(timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const pending = (await builds()).filter((build) => build.status === 'queued' || build.status === 'running')
    if (pending.length === 0 && !worker.busy) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('builds did not finish in time')
}

/** A fingerprint of every file of a folder: names and bytes. */
function treeHash(folder: string): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else hash.update(path.relative(folder, full)).update(fs.readFileSync(full))
    }
  }
  walk(folder)
  return hash.digest('hex')
}

/** An editor publishes a board post, as the admin does. */
const publishBoardPost = (title: string, text: string) =>
  payload.create({
    collection: 'board-posts',
    data: { title, category: 'notice', body: richText(text), _status: 'published' } as any,
    overrideAccess: false,
    user: staff.editor,
  })

/** The text of every page in a built folder's search index (Pagefind's fragments are gzipped JSON). */
function indexedText(folder: string): string {
  const fragments = path.join(folder, 'pagefind', 'fragment')
  return fs.readdirSync(fragments).map((file) => gunzipSync(fs.readFileSync(path.join(fragments, file))).toString('utf8')).join('\n')
}

/** Writes a value the CMS's validation would refuse straight into the database, as a broken import might. */
async function breakRegistrationUrl(courseId: number | string, url: string) {
  const db = payload.db as any
  if (payload.db.name === 'sqlite') {
    const { sql } = await import('@payloadcms/db-sqlite')
    await db.drizzle.run(sql`UPDATE courses_runs SET registration_url = ${url} WHERE _parent_id = ${courseId}`)
  } else {
    await db.collections.courses.updateOne({ _id: courseId }, { $set: { 'runs.$[].registrationUrl': url } })
  }
}

beforeAll(async () => {
  cms = await bootCms()
  payload = cms.payload
  const { seed } = await import('../../cms/seed/seed')
  await seed(payload, { content: (await import('../../cms/seed/readContent')).readContent() })
  staff = await createStaff(payload)
  live = await import('../../cms/build/liveSite')
  queue = await import('../../cms/build/buildQueue')
  const { BuildWorker } = await import('../../cms/build/buildWorker')
  worker = new BuildWorker(payload, { debounceMs: 400, pollMs: 100 })
  await worker.start()
  await queue.requestBuild(payload, { trigger: 'start', reason: 'first build' })
  await settle()
}, 600_000)

afterAll(async () => {
  await worker?.stop()
  await cms?.close()
})

describe('publish to live', () => {
  it('the first build goes live with every published page', async () => {
    const [first] = await builds()
    expect(first, first.error).toMatchObject({ status: 'succeeded', live: true })
    expect(first.pages).toBeGreaterThan(300)
    expect(fs.existsSync(path.join(live.liveFolder()!, 'index.html'))).toBe(true)
  })

  it('draft saves trigger nothing', async () => {
    const before = (await builds()).length
    const [notice] = (await payload.find({ collection: 'notices', limit: 1, overrideAccess: true })).docs
    await payload.update({ collection: 'notices', id: notice.id, data: { title: '임시 저장만 한 제목' }, draft: true, overrideAccess: false, user: staff.editor })
    await payload.create({ collection: 'board-posts', data: { title: '초안', category: 'notice', body: richText('초안') }, draft: true, overrideAccess: false, user: staff.contributor })
    expect((await builds()).length).toBe(before)
  })

  it('unpublishing a document with a draft saved over it rebuilds the site without it', async () => {
    const [notice] = (await payload.find({ collection: 'notices', where: { title: { equals: '임시 저장만 한 제목' } }, draft: true, overrideAccess: true })).docs
    const page = path.join(live.liveFolder()!, 'notices', notice.slug!, 'index.html')
    expect(fs.existsSync(page)).toBe(true)
    await payload.update({ collection: 'notices', id: notice.id, data: { _status: 'draft' }, overrideAccess: false, user: staff.editor })
    const queued = (await builds()).at(-1)
    expect(queued.reasons).toMatch(new RegExp(`unpublish notices #${notice.id}`))
    await settle()
    expect(fs.existsSync(path.join(live.liveFolder()!, 'notices', notice.slug!, 'index.html'))).toBe(false)
  })

  it('a burst of 20 publishes makes at most 2 builds and the site ends with all 20', async () => {
    const before = (await builds()).length
    const created: any[] = []
    for (let i = 1; i <= 20; i += 1) created.push(await publishBoardPost(`연속 게시 ${i}`, `본문 ${i}`))
    await settle()
    const burst = (await builds()).slice(before)
    expect(burst.length).toBeGreaterThanOrEqual(1)
    expect(burst.length).toBeLessThanOrEqual(2)
    expect(burst.at(-1)).toMatchObject({ status: 'succeeded', live: true })
    burstNumbers.push(...created.map((post) => post.number))
    for (const post of created) {
      const page = path.join(live.liveFolder()!, 'board', String(post.number), 'index.html')
      expect(fs.readFileSync(page, 'utf8')).toContain(post.title)
    }
  })

  it('a publish goes live before its search index is written; the index follows within the same build', async () => {
    const previous = live.liveFolder()!
    const entryBefore = fs.readFileSync(path.join(previous, 'pagefind', 'pagefind-entry.json'), 'utf8')
    // The files of the index readers are using now (listed once the loop has written an index itself).
    const listed = path.join(live.liveFolder()!, '.pagefind-files.json')
    const indexFilesBefore: string[] = fs.existsSync(listed)
      ? JSON.parse(fs.readFileSync(listed, 'utf8'))
      : fs.readdirSync(path.join(live.liveFolder()!, 'pagefind'), { recursive: true }).map(String)
    const word = `검색반영${Date.now()}`
    await publishBoardPost(`색인 확인 ${word}`, `본문 ${word}`)
    await settle()
    const build = (await builds()).at(-1)
    expect(build, build.error).toMatchObject({ status: 'succeeded', live: true })
    expect(build.error ?? null, build.error).toBeNull()
    const folder = live.liveFolder()!
    expect(fs.readFileSync(path.join(folder, 'pagefind', 'pagefind-entry.json'), 'utf8')).not.toBe(entryBefore)
    expect(indexedText(folder)).toContain(word)
    expect(fs.existsSync(path.join(folder, '.pagefind-next'))).toBe(false)
    // A reader who loaded the previous index a moment before the swap still finds every file of it.
    const indexFilesAfter = new Set(fs.readdirSync(path.join(folder, 'pagefind'), { recursive: true }).map(String))
    expect(indexFilesBefore.filter((file) => !indexFilesAfter.has(file))).toEqual([])
    // The index files the new build shares with the previous one (hard links) were not written over.
    expect(fs.readFileSync(path.join(previous, 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe(entryBefore)
  })

  it('a build that fails (a document breaks its schema) changes nothing live and says why', async () => {
    const folder = live.liveFolder()!
    const fingerprint = treeHash(folder)
    const [course] = (await payload.find({ collection: 'courses', limit: 1, depth: 0, overrideAccess: true })).docs
    const goodUrl = course.runs![0].registrationUrl
    await breakRegistrationUrl(course.id, 'http://insecure.example.com/register')
    try {
      await queue.requestBuild(payload, { trigger: 'manual', reason: 'should fail' })
      await settle()
    } finally {
      await breakRegistrationUrl(course.id, goodUrl)
    }
    const failed = (await builds()).at(-1)
    expect(failed.status).toBe('failed')
    expect(failed.error).toMatch(new RegExp(`courses #${course.id}`))
    expect(failed.error).toMatch(/registrationUrl/)
    expect(live.liveFolder()).toBe(folder)
    expect(treeHash(folder)).toBe(fingerprint)
  })

  it('a build killed midway changes nothing live', async () => {
    const folder = live.liveFolder()!
    const fingerprint = treeHash(folder)
    await queue.requestBuild(payload, { trigger: 'manual', reason: 'will be killed' })
    const deadline = Date.now() + 30_000
    while (!worker.currentPid && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    // Killed as soon as its process runs: a moment that does not depend on the machine's speed
    // (a kill at any moment must change nothing; a fixed pause could outlast a fast build).
    expect(worker.currentPid, 'the build started its process').toBeDefined()
    process.kill(worker.currentPid!, 'SIGKILL')
    await settle()
    const killed = (await builds()).at(-1)
    expect(killed.status).toBe('failed')
    expect(killed.error).toMatch(/SIGKILL/)
    expect(live.liveFolder()).toBe(folder)
    expect(treeHash(folder)).toBe(fingerprint)
  })

  it('rollback: an admin makes an earlier build live again; an editor may not', async () => {
    const succeeded = (await builds()).filter((build) => build.status === 'succeeded' && build.folder)
    const [earlier, latest] = [succeeded[0], succeeded.at(-1)]
    expect(earlier.id).not.toBe(latest.id)
    await expect(
      payload.update({ collection: 'site-builds', id: earlier.id, data: { makeLive: true }, overrideAccess: false, user: staff.editor }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.update({ collection: 'site-builds', id: earlier.id, data: { makeLive: true }, overrideAccess: false, user: staff.admin })
    expect(live.liveFolder()).toBe(live.buildFolder(earlier.folder))
    const after = await builds()
    expect(after.filter((build) => build.live).map((build) => build.id)).toEqual([earlier.id])
    // The posts published in the burst are not in the earlier build: the rollback really serves it.
    expect(fs.existsSync(path.join(live.liveFolder()!, 'board', String(burstNumbers.at(-1)), 'index.html'))).toBe(false)
  })

  it('an editor asks for a rebuild from the admin; it is queued as manual with their name', async () => {
    const request = await payload.create({ collection: 'site-builds', data: {} as any, depth: 0, overrideAccess: false, user: staff.editor })
    expect(request).toMatchObject({ status: 'queued', trigger: 'manual', requestedBy: staff.editor.id })
    await expect(payload.create({ collection: 'site-builds', data: {} as any, overrideAccess: false, user: staff.contributor })).rejects.toMatchObject({ status: 403 })
    await settle()
    expect((await builds()).at(-1)).toMatchObject({ status: 'succeeded', live: true })
  })

  it('pending work survives a restart: a build cut short is recorded and done again', async () => {
    await worker.stop()
    const running = await payload.create({ collection: 'site-builds', data: { status: 'running', trigger: 'publish', reasons: 'cut short' }, overrideAccess: true, context: { systemBuild: true } })
    const { BuildWorker } = await import('../../cms/build/buildWorker')
    worker = new BuildWorker(payload, { debounceMs: 100, pollMs: 100 })
    await worker.start()
    await settle()
    const all = await builds()
    expect(all.find((build) => build.id === running.id)).toMatchObject({ status: 'failed', error: expect.stringMatching(/interrupted/) })
    expect(all.at(-1), all.at(-1).error).toMatchObject({ status: 'succeeded', trigger: 'restart', live: true })
  })

  it('scheduled publishing: the job runner publishes a draft at its time, and the site follows', async () => {
    const draft = await payload.create({
      collection: 'notices',
      data: { title: '예약 게시 공지', slug: 'scheduled-notice', category: 'announcement', body: richText('예약') } as any,
      draft: true,
      overrideAccess: true,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'notices', value: String(draft.id) }, user: { relationTo: 'users', value: staff.editor.id } } as never,
      waitUntil: new Date(Date.now() - 1000),
    })
    const { runJobsEvery } = await import('../../cms/build/jobRunner')
    const stop = runJobsEvery(payload, 200)
    try {
      const deadline = Date.now() + 30_000
      while ((await payload.findByID({ collection: 'notices', id: draft.id, overrideAccess: true }))._status !== 'published') {
        if (Date.now() > deadline) throw new Error('the scheduled publish did not run')
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    } finally {
      stop()
    }
    await settle()
    expect(fs.existsSync(path.join(live.liveFolder()!, 'notices', 'scheduled-notice', 'index.html'))).toBe(true)
  })
})
