/**
 * Where built sites live on disk, and the one atomic switch that makes a build
 * live: data/site/builds/<id>/ holds each build; data/site/live is a symlink
 * to the live one, replaced by a single rename, so readers see the old site or
 * the new one, never a mix.
 */
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from '../paths'

export const siteDir = () => path.join(dataDir, 'site')
export const buildsDir = () => path.join(siteDir(), 'builds')
export const liveLink = () => path.join(siteDir(), 'live')
export const buildFolder = (name: string) => path.join(buildsDir(), name)

/** The folder the live link points at, or null before the first build. */
export function liveFolder(): string | null {
  try {
    return fs.realpathSync(liveLink())
  } catch {
    return null
  }
}

/** Points the live link at `folder` in one rename (atomic on POSIX file systems). */
export function switchLive(folder: string): void {
  if (!fs.existsSync(path.join(folder, 'index.html'))) throw new Error(`${folder} holds no built site`)
  fs.mkdirSync(siteDir(), { recursive: true })
  const temporary = `${liveLink()}.${process.pid}.${Date.now()}`
  fs.symlinkSync(path.relative(siteDir(), folder), temporary)
  fs.renameSync(temporary, liveLink())
}

/** Removes all but the newest `keep` finished builds, never the live one nor any in `protect`. */
export async function pruneBuilds(keep: number, protect: string[] = []): Promise<string[]> {
  const live = liveFolder()
  if (!fs.existsSync(buildsDir())) return []
  const folders = fs
    .readdirSync(buildsDir(), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(buildsDir(), entry.name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)
  const removed: string[] = []
  for (const folder of folders.slice(keep)) {
    if (folder === live || protect.includes(folder)) continue
    // Asynchronously: a build holds tens of thousands of files, and this process serves the live site.
    await fs.promises.rm(folder, { recursive: true, force: true })
    removed.push(folder)
  }
  return removed
}
