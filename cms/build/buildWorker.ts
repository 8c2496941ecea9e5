/**
 * Takes queued builds one at a time: waits for a burst of changes to settle,
 * builds into a new folder, checks it, and only then switches the live site to
 * it. A failed or killed build leaves the live site exactly as it was.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import { PUBLIC_COLLECTIONS } from '../collections/shared'
import { BUILDS, requestBuild } from './buildQueue'
import { checkBuild } from './checkBuild'
import { buildFolder, buildsDir, liveFolder, pruneBuilds, switchLive } from './liveSite'
import { failureReason, runAstroBuild } from './runAstroBuild'
import { carryOverIndex, hasSearchIndex, refreshSearchIndex } from './searchIndex'

export interface WorkerOptions {
  /** how long a queued build waits for more changes before it starts */
  debounceMs?: number
  pollMs?: number
  /** finished builds kept for rollback */
  keep?: number
  log?: (line: string) => void
  /** the least number of pages a build must have, given the published content */
  minimumPages?: (payload: Payload) => Promise<number>
  timeoutMs?: number
}

/** Every published document has at least its Korean and English page. */
export async function expectedPages(payload: Payload): Promise<number> {
  let documents = 0
  for (const collection of PUBLIC_COLLECTIONS) {
    documents += (await payload.count({ collection, where: { _status: { equals: 'published' } }, overrideAccess: true })).totalDocs
  }
  return documents * 2
}

export class BuildWorker {
  private timer?: NodeJS.Timeout
  private running?: Promise<unknown>
  private stopped = false
  /** the process id of the astro build in progress (tests kill it to prove a killed build changes nothing) */
  currentPid?: number
  /** true from taking a build until its search index is written (the record says succeeded before that) */
  busy = false

  constructor(
    private readonly payload: Payload,
    private readonly options: WorkerOptions = {},
  ) {}

  private get log() {
    return this.options.log ?? (() => {})
  }

  /** Picks up after a restart: a build cut short is recorded as failed and done again. */
  async start(): Promise<void> {
    const interrupted = await this.payload.find({ collection: BUILDS, where: { status: { equals: 'running' } }, depth: 0, overrideAccess: true, limit: 0 })
    for (const build of interrupted.docs) {
      await this.payload.update({
        collection: BUILDS,
        id: build.id,
        data: { status: 'failed', finishedAt: new Date().toISOString(), error: 'interrupted: the server stopped during this build' },
        overrideAccess: true,
      })
      await requestBuild(this.payload, { trigger: 'restart', reason: `redo of build #${build.id}` })
    }
    this.schedule()
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    await this.running
  }

  private schedule() {
    if (this.stopped) return
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error) => this.log(`build worker: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => this.schedule())
    }, this.options.pollMs ?? 250)
  }

  /** Runs the oldest queued build once it has been quiet for the debounce time. */
  async tick(): Promise<boolean> {
    const { docs } = await this.payload.find({ collection: BUILDS, where: { status: { equals: 'queued' } }, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })
    const build = docs[0]
    if (!build) return false
    const quietFor = Date.now() - new Date(build.requestedAt ?? build.createdAt).getTime()
    if (quietFor < (this.options.debounceMs ?? 1000)) return false
    const taken = await this.payload.update({
      collection: BUILDS,
      where: { and: [{ id: { equals: build.id } }, { status: { equals: 'queued' } }] },
      data: { status: 'running', startedAt: new Date().toISOString() },
      overrideAccess: true,
      depth: 0,
    })
    if (taken.docs.length !== 1) return false
    this.busy = true
    try {
      await this.run(build.id)
    } finally {
      this.busy = false
    }
    return true
  }

  private async run(id: number | string): Promise<void> {
    const started = Date.now()
    const folder = buildFolder(`${new Date().toISOString().replace(/[:.]/g, '-')}-${id}`)
    fs.mkdirSync(buildsDir(), { recursive: true })
    this.log(`build #${id}: building into ${path.relative(process.cwd(), folder)} …`)
    // With a live site to borrow an index from, the pages go live first and are indexed right after.
    const live = liveFolder()
    const indexAfterLive = hasSearchIndex(live)
    const result = await runAstroBuild(folder, {
      timeoutMs: this.options.timeoutMs,
      onSpawn: (pid) => (this.currentPid = pid),
      env: indexAfterLive ? { SEARCH_INDEX: 'later' } : {},
    })
    this.currentPid = undefined
    fs.rmSync(path.join(buildsDir(), `.cache-${path.basename(folder)}`), { recursive: true, force: true })
    const finish = (data: Record<string, unknown>) =>
      this.payload.update({ collection: BUILDS, id, data: { finishedAt: new Date().toISOString(), durationMs: Date.now() - started, ...data }, overrideAccess: true })

    if (!result.ok) {
      fs.rmSync(folder, { recursive: true, force: true })
      const error = result.signal ? `the build was stopped (${result.signal})\n${failureReason(result.output)}` : failureReason(result.output)
      await finish({ status: 'failed', error })
      this.log(`build #${id} failed; the live site is unchanged`)
      return
    }
    if (indexAfterLive) await carryOverIndex(live, folder)
    const minimumPages = await (this.options.minimumPages ?? expectedPages)(this.payload)
    const check = await checkBuild(folder, { minimumPages })
    if (check.problems.length) {
      fs.rmSync(folder, { recursive: true, force: true })
      await finish({ status: 'failed', pages: check.pages, error: `checks failed:\n${check.problems.join('\n')}` })
      this.log(`build #${id} failed its checks; the live site is unchanged`)
      return
    }
    switchLive(folder)
    await this.payload.update({ collection: BUILDS, where: { live: { equals: true } }, data: { live: false }, overrideAccess: true })
    await finish({ status: 'succeeded', pages: check.pages, folder: path.basename(folder), live: true })
    const removed = await pruneBuilds(this.options.keep ?? 5)
    if (removed.length) {
      await this.payload.update({ collection: BUILDS, where: { folder: { in: removed.map((f) => path.basename(f)) } }, data: { folder: null }, overrideAccess: true })
    }
    this.log(`build #${id} is live: ${check.pages} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    if (indexAfterLive) await this.indexLiveBuild(id, folder)
  }

  private async indexLiveBuild(id: number | string, folder: string): Promise<void> {
    const started = Date.now()
    const indexed = await refreshSearchIndex(folder, { timeoutMs: this.options.timeoutMs })
    if (indexed.ok) return this.log(`build #${id}: search index updated in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    // The pages are live and right; only search still shows the previous index. Say so in the build's history.
    const error = `search index not updated (search shows the previous one until the next build): ${indexed.output}`.slice(0, 4000)
    await this.payload.update({ collection: BUILDS, id, data: { error }, overrideAccess: true })
    this.log(`build #${id}: ${error}`)
  }
}

/** Makes an earlier successful build live again (rollback). */
export async function rollbackTo(payload: Payload, id: number | string, req?: PayloadRequest): Promise<void> {
  const build = await payload.findByID({ collection: BUILDS, id, depth: 0, overrideAccess: true, req })
  if (build.status !== 'succeeded' || !build.folder) throw new Error(`build #${id} cannot be made live: it did not succeed or its files were removed`)
  const folder = buildFolder(build.folder)
  if (!fs.existsSync(folder)) throw new Error(`build #${id}'s files are gone (${build.folder})`)
  switchLive(folder)
  await payload.update({ collection: BUILDS, where: { live: { equals: true } }, data: { live: false }, overrideAccess: true, req })
  await payload.update({ collection: BUILDS, id, data: { live: true, makeLive: false }, overrideAccess: true, req })
}
