/**
 * Draft preview: the site built by the same components with one document's
 * latest draft in it, into a private folder under data/site/previews/ that
 * only signed-in staff can open (through the CMS), never the public server.
 */
import fs from 'node:fs'
import path from 'node:path'

import { PUBLIC_COLLECTIONS } from '../collections/shared'
import { siteDir } from './liveSite'
import { failureReason, runAstroBuild } from './runAstroBuild'

/** Every public collection's documents can be previewed as their site page. */
export const PREVIEWABLE = PUBLIC_COLLECTIONS
export type Previewable = (typeof PREVIEWABLE)[number]

export const previewsDir = () => path.join(siteDir(), 'previews')

/** Where a document's page is on the site. */
export function sitePathOf(collection: Previewable, doc: { slug?: string | null; number?: number | null }, locale: 'ko' | 'en'): string {
  const paths: Record<Previewable, string> = {
    courses: `/courses/${doc.slug}/`,
    fields: `/courses/field/${doc.slug}/`,
    instructors: `/instructors/${doc.slug}/`,
    notices: `/notices/${doc.slug}/`,
    'board-posts': `/board/${doc.number}/`,
    zones: `/zones/${doc.slug}/`,
    pages: `/${doc.slug}/`,
  }
  return locale === 'en' ? `/en${paths[collection]}` : paths[collection]
}

type State = { state: 'building' } | { state: 'ready' } | { state: 'failed'; error: string }

// Builds in progress in this server process; a finished one is known by its folder on disk.
const building = new Map<string, Promise<void>>()
const failures = new Map<string, string>()

/** Starts (once) or reports the preview build for a document's current draft. */
export function previewState(collection: Previewable, id: string | number, version: string): State & { key: string } {
  const key = `${collection}-${id}-${version.replace(/[^0-9A-Za-z]/g, '')}`
  const folder = path.join(previewsDir(), key)
  if (fs.existsSync(path.join(folder, 'index.html'))) return { key, state: 'ready' }
  if (failures.has(key)) return { key, state: 'failed', error: failures.get(key)! }
  if (!building.has(key)) {
    fs.mkdirSync(previewsDir(), { recursive: true })
    const work = (async () => {
      const partial = `${folder}.partial`
      const result = await runAstroBuild(partial, { env: { PREVIEW_DRAFT: `${collection}:${id}` } })
      if (result.ok) {
        fs.renameSync(partial, folder)
        // Only the newest draft of a document is worth previewing: older previews of it go.
        for (const old of fs.readdirSync(previewsDir())) {
          if (old.startsWith(`${collection}-${id}-`) && old !== key) fs.rmSync(path.join(previewsDir(), old), { recursive: true, force: true })
        }
      } else {
        fs.rmSync(partial, { recursive: true, force: true })
        failures.set(key, failureReason(result.output))
      }
      fs.rmSync(path.join(previewsDir(), `.cache-${path.basename(partial)}`), { recursive: true, force: true })
    })().finally(() => building.delete(key))
    building.set(key, work)
  }
  return { key, state: 'building' }
}

/** A file of a finished preview, or null (paths outside the preview folder are refused). */
export function previewFile(key: string, filePath: string): string | null {
  const root = path.join(previewsDir(), path.basename(key))
  let target = path.join(root, filePath)
  if (!target.startsWith(root + path.sep) && target !== root) return null
  if (filePath.endsWith('/') || !path.extname(target)) target = path.join(target, 'index.html')
  return fs.existsSync(target) && fs.statSync(target).isFile() ? target : null
}
