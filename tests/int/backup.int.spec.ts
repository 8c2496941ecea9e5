/**
 * Backups (cms/backup): a database with the demo content and what staff do
 * to it (support/backupScenario.ts) is exported, imported into a second,
 * empty database and exported again. The two folders are identical, the two
 * databases hold the same documents, both languages, the same drafts and
 * schedules, the same files byte for byte, and the same accounts; versions
 * are kept as designed (the document and its newest draft, not the history).
 * A broken folder and a database that is not empty are refused without a
 * write; an import that stops half-way carries on when run again.
 *
 * Each database is a Payload of its own: the config reads DATA_DIR and
 * DATABASE_URI when imported, so the modules are loaded afresh for each.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type Scenario, editLikeStaff } from './support/backupScenario'
import { bootCms, type TestCms } from './support/boot'
import { collectionView, globalView, naturalKeyOf, scheduleView, uploadedBytes } from './support/comparable'

const now = new Date('2026-11-28T03:00:00Z')
const DRAFTED = ['fields', 'instructors', 'courses', 'notices', 'board-posts', 'zones', 'pages'] as const
const ALL = ['users', 'media', 'documents', ...DRAFTED] as const
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seocho-backup-'))
const folder = (name: string) => path.join(work, name)

interface Instance {
  cms: TestCms
  payload: Payload
  exportBackup: typeof import('../../cms/backup/exportBackup').exportBackup
  importBackup: typeof import('../../cms/backup/importBackup').importBackup
  readBackup: typeof import('../../cms/backup/readBackup').readBackup
  databaseContents: typeof import('../../cms/backup/databaseContents').databaseContents
}

const instances: Instance[] = []

async function start(): Promise<Instance> {
  vi.resetModules()
  const cms = await bootCms()
  const instance = {
    cms,
    payload: cms.payload,
    exportBackup: (await import('../../cms/backup/exportBackup')).exportBackup,
    importBackup: (await import('../../cms/backup/importBackup')).importBackup,
    readBackup: (await import('../../cms/backup/readBackup')).readBackup,
    databaseContents: (await import('../../cms/backup/databaseContents')).databaseContents,
  }
  instances.push(instance)
  return instance
}

/** Every file of a folder: JSON parsed (the manifest without its id and date, which are new each time), anything else by SHA-256. */
function folderContents(dir: string) {
  const result: Record<string, unknown> = {}
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
    const file = path.relative(dir, path.join(entry.parentPath, entry.name))
    const data = fs.readFileSync(path.join(dir, file))
    if (file === 'manifest.json') {
      const { id, exportedAt, ...manifest } = JSON.parse(data.toString('utf8'))
      result[file] = { ...manifest, id: typeof id, exportedAt: typeof exportedAt }
    } else result[file] = file.endsWith('.json') ? JSON.parse(data.toString('utf8')) : createHash('sha256').update(data).digest('hex')
  }
  return result
}

/** Everything an import could change: each document's version and timestamps, versions, jobs, globals, files. */
async function fingerprint(instance: Instance) {
  const { payload } = instance
  const rows: Record<string, unknown> = {}
  for (const collection of [...ALL, 'payload-jobs'] as CollectionSlug[]) {
    const { docs } = await payload.find({ collection, depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: 'id' })
    rows[collection] = docs.map((doc: any) => `${doc.id}@${doc.updatedAt}`)
  }
  for (const collection of DRAFTED) rows[`${collection} versions`] = (await payload.countVersions({ collection, overrideAccess: true })).totalDocs
  for (const slug of ['site-settings', 'navigation'] as const) rows[slug] = (await payload.findGlobal({ slug, draft: true, overrideAccess: true })).updatedAt
  rows.uploads = uploadedFiles(instance)
  return rows
}

async function databaseView(payload: Payload) {
  const keyOf = await naturalKeyOf(payload, [...ALL])
  const view: Record<string, unknown> = {}
  for (const collection of ALL) view[collection] = await collectionView(payload, collection, keyOf, (DRAFTED as readonly string[]).includes(collection))
  view['site-settings'] = await globalView(payload, 'site-settings', keyOf)
  view.navigation = await globalView(payload, 'navigation', keyOf)
  view.schedules = await scheduleView(payload, keyOf)
  return view
}

let source: Instance
let restored: Instance
let scenario: Scenario
let original: Awaited<ReturnType<Instance['exportBackup']>>

beforeAll(async () => {
  source = await start()
  const { seed } = await import('../../cms/seed/seed')
  const { readContent } = await import('../../cms/seed/readContent')
  await seed(source.payload, { content: readContent(), now })
  scenario = await editLikeStaff(source.payload, now)
  original = await source.exportBackup(source.payload, { dir: folder('original') })
  restored = await start()
}, 600_000)

afterAll(async () => {
  for (const instance of instances) await instance.cms.close()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('a backup folder', () => {
  it('is the content/ format: content/ itself reads as one', async () => {
    const demo = await source.readBackup('content')
    expect(demo.content.courses.length).toBeGreaterThan(0)
    expect(demo.manifest).toBeUndefined()
  })

  it('holds every document, each file and the password hashes apart from the content', () => {
    expect(original.counts.courses).toBeGreaterThan(0)
    expect(original.files).toBe(original.counts.media + original.counts.documents)
    const secrets = path.join(original.dir, 'secrets', 'passwords.json')
    expect(fs.statSync(secrets).mode & 0o077).toBe(0)
    expect(fs.readFileSync(path.join(original.dir, 'users.json'), 'utf8')).not.toMatch(/hash|salt|password/i)
  })
})

// A copy of the backup with one thing broken, and what the refusal must name.
const broken: [string, (dir: string) => void, RegExp][] = [
  ['a run at an impossible time', (dir) => editEntry(dir, 'courses.json', 'ai-chatbot-first-steps', (course) => (course.runs[0].startTime = '25:00')), /courses\.json \d+ \(ai-chatbot-first-steps\) runs\.0\.startTime: HH:MM/],
  ['a notice without a title', (dir) => editEntry(dir, 'notices.json', 'vision-pro-zone-opens', (notice) => delete notice.title), /notices\.json \d+ \(vision-pro-zone-opens\) title: required/],
  ['a link to an attachment that is not in the backup', (dir) => editEntry(dir, 'board-posts.json', 'post-003', (post) => post.attachments.push('no-such-file')), /board-posts\.json post-003 names document "no-such-file", which does not exist/],
  ['a scheduled publish by an unknown account', (dir) => editJson(dir, 'users.json', (users) => users.splice(users.findIndex((u: any) => u.email === 'editor@example.com'), 1)), /notices\.json plan-next-year schedule names account "editor@example\.com", which does not exist/],
  ['a damaged picture', (dir) => fs.appendFileSync(path.join(dir, 'media', 'field-ai.jpg'), 'x'), /images\.json field-ai: file media\/field-ai\.jpg is not the file that was backed up/],
  ['a missing attachment', (dir) => fs.rmSync(path.join(dir, 'documents', 'registration-guide.pdf')), /documents\.json registration-guide: file documents\/registration-guide\.pdf is missing/],
  ['a draft with a javascript: link', (dir) => editEntry(dir, 'notices.json', 'it-education-center-reorganised', (notice) => (notice.draft.applicationUrl = 'javascript:alert(1)')), /notices\.json \d+ \(it-education-center-reorganised\) draft\.applicationUrl: must be an https:\/\/ address/],
  ['a file that is not JSON', (dir) => fs.writeFileSync(path.join(dir, 'fields.json'), '[{'), /fields\.json: not JSON/],
]

function editJson(dir: string, file: string, change: (value: any) => void) {
  const value = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
  change(value)
  fs.writeFileSync(path.join(dir, file), JSON.stringify(value, null, 2))
}

const editEntry = (dir: string, file: string, slug: string, change: (entry: any) => void) =>
  editJson(dir, file, (entries) => change(entries.find((entry: { slug: string }) => entry.slug === slug)))

const uploadedFiles = (instance: Instance) => {
  const uploads = path.join(instance.cms.dataDir, 'uploads')
  return fs.existsSync(uploads) ? fs.readdirSync(uploads, { recursive: true }).map(String).filter((name) => name.includes('.')).sort() : []
}

describe.each(broken)('a backup with %s', (name, breakIt, reason) => {
  it('is refused before anything is written, naming the file and the field', async () => {
    const dir = folder(`broken-${name.replace(/\W+/g, '-')}`)
    fs.cpSync(original.dir, dir, { recursive: true })
    breakIt(dir)
    await expect(restored.importBackup(restored.payload, dir, { dataDir: restored.cms.dataDir })).rejects.toThrow(reason)
    expect((await restored.databaseContents(restored.payload)).total).toBe(0)
    expect(uploadedFiles(restored)).toEqual([])
  })
})

describe('npm run import', () => {
  it('checks the folder before opening the database, and says nothing was written', async () => {
    const dir = folder('broken-cli')
    fs.cpSync(original.dir, dir, { recursive: true })
    editEntry(dir, 'zones.json', 'vr-zone', (zone) => (zone.bookingOpensDay = 31))
    const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
    const env = { ...process.env, DATA_DIR: folder('cli-data'), DATABASE_URI: `file:${path.join(folder('cli-data'), 'cms.db')}` }
    const run = promisify(execFile)(process.execPath, [tsx, 'scripts/import.ts', dir], { env })
    const failure = await run.then(() => undefined, (error: { code: number; stderr: string }) => error)
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toMatch(/zones\.json \d+ \(vr-zone\) bookingOpensDay: Too big/)
    expect(failure?.stderr).toMatch(/nothing was written/)
    expect(fs.existsSync(path.join(folder('cli-data'), 'cms.db'))).toBe(false)
  }, 60_000)
})

describe('an import into a database that is not empty', () => {
  it('is refused with the reason, and changes nothing', async () => {
    const before = await fingerprint(source)
    const refusal = source.importBackup(source.payload, original.dir, { dataDir: source.cms.dataDir })
    await expect(refusal).rejects.toThrow(/The database is not empty: it holds 3 users, \d+ media, .*courses.*; nothing was written/)
    expect(await fingerprint(source)).toEqual(before)
    expect(fs.existsSync(path.join(source.cms.dataDir, 'import-in-progress.json'))).toBe(false)
  })
})

describe('export → import into an empty database → export', () => {
  let again: Awaited<ReturnType<Instance['exportBackup']>>
  let imported: Awaited<ReturnType<Instance['importBackup']>>

  beforeAll(async () => {
    imported = await restored.importBackup(restored.payload, original.dir, { dataDir: restored.cms.dataDir })
    again = await restored.exportBackup(restored.payload, { dir: folder('again') })
  }, 600_000)

  it('gives the same folder: every JSON file equal, every file the same bytes', () => {
    const [first, second] = [folderContents(original.dir), folderContents(again.dir)]
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort())
    for (const file of Object.keys(first)) expect(second[file], file).toEqual(first[file])
    expect(again).toMatchObject({ counts: original.counts, drafts: original.drafts, schedules: original.schedules, files: original.files, bytes: original.bytes })
  })

  it('restores every document of the backup and every password', () => {
    const documents = Object.entries(original.counts)
      .filter(([collection]) => !['settings', 'navigation', 'closures'].includes(collection))
      .reduce((sum, [, n]) => sum + n, 0)
    const created = Object.entries(imported.report)
      .filter(([collection]) => collection !== 'globals')
      .reduce((sum, [, { created }]) => sum + created, 0)
    expect(created).toBe(documents)
    expect(imported.passwords).toEqual({ restored: original.counts.users, reset: 0 })
  })

  it('the two databases hold the same documents: relations by key, both languages, main and newest versions, schedules', async () => {
    const [a, b] = [await databaseView(source.payload), await databaseView(restored.payload)]
    for (const part of Object.keys(a)) expect(b[part], part).toEqual(a[part])
  })

  it('keeps the original bytes of every uploaded file', async () => {
    for (const collection of ['media', 'documents'] as const) {
      const { docs } = await source.payload.find({ collection, depth: 0, limit: 0, pagination: false, overrideAccess: true })
      const names = docs.map((doc) => doc.filename as string)
      expect(uploadedBytes(restored.payload, collection, names)).toEqual(uploadedBytes(source.payload, collection, names))
    }
    expect(fs.existsSync(path.join(restored.cms.dataDir, 'uploads', 'media', scenario.photoFilename))).toBe(true)
    expect(fs.existsSync(path.join(restored.cms.dataDir, 'uploads', 'documents', scenario.attachmentFilename))).toBe(true)
  })

  it('keeps versions as designed: the published document and the newest draft, not the drafts in between', async () => {
    const versionTitles = async (payload: Payload) => {
      const [notice] = (await payload.find({ collection: 'notices', where: { slug: { equals: scenario.editedNotice } }, depth: 0, overrideAccess: true })).docs
      const { docs } = await payload.findVersions({ collection: 'notices', where: { parent: { equals: notice.id } }, locale: 'ko', depth: 0, limit: 0, pagination: false, overrideAccess: true })
      return docs.map((version) => version.version.title)
    }
    expect(await versionTitles(source.payload)).toContain('초안 A')
    const kept = await versionTitles(restored.payload)
    expect(kept).toContain('초안 B')
    expect(kept).not.toContain('초안 A')
    const published = await restored.payload.find({ collection: 'notices', where: { slug: { equals: scenario.editedNotice } }, depth: 0, overrideAccess: false })
    expect(published.docs[0].title).not.toMatch(/초안/)
  })

  it('keeps what is public and what is not', async () => {
    for (const collection of DRAFTED) {
      const [a, b] = [await source.payload.count({ collection, overrideAccess: false }), await restored.payload.count({ collection, overrideAccess: false })]
      expect(b.totalDocs, collection).toBe(a.totalDocs)
    }
    const hidden = async (collection: 'notices' | 'courses', slug: string) =>
      (await restored.payload.find({ collection, where: { slug: { equals: slug } }, overrideAccess: false })).totalDocs
    expect(await hidden('notices', scenario.draftOnlyNotice)).toBe(0)
    expect(await hidden('courses', scenario.unpublishedCourse)).toBe(0)
  })

  it('keeps the review history: who asked what, what the editor decided and said, and what the author has read', async () => {
    const saved = JSON.parse(fs.readFileSync(path.join(original.dir, 'reviews.json'), 'utf8'))
    expect(saved.map((review: { status: string }) => review.status).sort()).toEqual(['published', 'returned', 'waiting'])
    const read = async (payload: Payload) =>
      (await payload.find({ collection: 'reviews', sort: 'requestedAt', depth: 1, overrideAccess: true })).docs.map((review) => ({
        post: (review.document?.value as { slug?: string } | undefined)?.slug,
        status: review.status,
        message: review.message ?? null,
        comment: review.comment ?? null,
        requestedBy: (review.requestedBy as { email?: string } | undefined)?.email,
        decidedBy: (review.decidedBy as { email?: string } | undefined)?.email ?? null,
        requestedAt: review.requestedAt,
        decidedAt: review.decidedAt ?? null,
        seen: review.seenByRequester,
      }))
    const [before, after] = [await read(source.payload), await read(restored.payload)]
    expect(after).toEqual(before)
    expect(after.find((review) => review.status === 'returned')).toMatchObject({ comment: scenario.returnComment, decidedBy: 'editor@example.com', seen: true })
    expect(after.find((review) => review.status === 'published')).toMatchObject({ post: 'post-003', decidedBy: 'editor@example.com', seen: false })
  })

  it('keeps the board numbers, the gap of a deleted post included', async () => {
    const numbers = async (payload: Payload) =>
      (await payload.find({ collection: 'board-posts', sort: 'number', depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs.map((p) => p.number)
    const kept = await numbers(restored.payload)
    expect(kept).toEqual(await numbers(source.payload))
    expect(kept).not.toContain(scenario.deletedPostNumber)
  })

  it('staff sign in to the restored database with the passwords they had', async () => {
    const { token, user } = await restored.payload.login({ collection: 'users', data: { email: 'editor@example.com', password: 'seocho-demo-2026' }, overrideAccess: true })
    expect(token).toBeTruthy()
    expect(user?.role).toBe('editor')
  })
})

describe('an import that stops half-way (from a backup without passwords)', () => {
  let third: Instance
  let dir: string
  let failure: Error
  let failedCourse: string

  beforeAll(async () => {
    third = await start()
    dir = folder('stops-half-way')
    fs.cpSync(original.dir, dir, { recursive: true })
    fs.rmSync(path.join(dir, 'secrets'), { recursive: true })
    // A rule the CMS checks and the folder check does not: a run may not end before it starts.
    editJson(dir, 'courses.json', (courses) => {
      const course = courses[Math.floor(courses.length / 2)]
      failedCourse = course.slug
      course.runs[0].endDate = '2020-01-01T00:00:00.000Z'
    })
    failure = await third.importBackup(third.payload, dir, { dataDir: third.cms.dataDir }).then(
      () => new Error('the import did not stop'),
      (error: Error) => error,
    )
  }, 600_000)

  it('names the entry and the field, and what was imported', () => {
    expect(failure.message).toMatch(new RegExp(`courses\\.json ${failedCourse}: field runs\\.0\\.endDate`))
    expect(failure.message).toMatch(/Imported so far \(complete entries only\): users 3, globals \d, media \d+, documents \d+, fields \d+, instructors \d+, courses \d+/)
    expect(failure.message).toMatch(/run the same import again: it carries on where it stopped/)
  })

  it('leaves complete entries only: the course that failed is not there', async () => {
    const count = async (collection: 'courses', slug: string) => (await third.payload.count({ collection, where: { slug: { equals: slug } }, overrideAccess: true })).totalDocs
    expect(await count('courses', failedCourse)).toBe(0)
    expect((await third.payload.count({ collection: 'fields', overrideAccess: true })).totalDocs).toBe(original.counts.fields)
  })

  it('run again after mending the folder, carries on and ends with the same database', async () => {
    fs.copyFileSync(path.join(original.dir, 'courses.json'), path.join(dir, 'courses.json'))
    const lines: string[] = []
    const second = await third.importBackup(third.payload, dir, { dataDir: third.cms.dataDir, log: (line) => lines.push(line) })
    expect(second.continued).toBe(true)
    expect(fs.existsSync(path.join(third.cms.dataDir, 'import-in-progress.json'))).toBe(false)
    const mendedExport = await third.exportBackup(third.payload, { dir: folder('mended') })
    const [first, mended] = [folderContents(original.dir), folderContents(mendedExport.dir)]
    // The password hashes are new (the backup had none): everything else is the same.
    for (const file of Object.keys(first).filter((f) => !f.startsWith('secrets'))) expect(mended[file], file).toEqual(first[file])

    // Without password hashes, each account gets a link to set a new password, and it works.
    expect(second.passwords).toEqual({ restored: 0, reset: original.counts.users })
    const link = lines.find((line) => line.startsWith('editor@example.com'))
    const token = link?.match(/\/admin\/reset\/(\S+)/)?.[1]
    expect(token).toBeTruthy()
    await third.payload.resetPassword({ collection: 'users', data: { token: token!, password: 'a new long password' }, overrideAccess: true })
    const { user } = await third.payload.login({ collection: 'users', data: { email: 'editor@example.com', password: 'a new long password' }, overrideAccess: true })
    expect(user?.role).toBe('editor')
  }, 600_000)
})
