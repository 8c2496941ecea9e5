/**
 * Search indexing after a build goes live, so a publish reaches readers
 * without waiting for the index: the new build starts with a copy of the live
 * index (the new page is found a few seconds later, once its own index is
 * written), then its own index is written beside it and moved in.
 *
 * Moving in never takes a file away from a reader mid-search: Pagefind's
 * chunks have content-hashed names, so the new ones are added next to the
 * old, and the entry file that points at them is replaced last, in one
 * rename. The old chunks stay in that build's folder (it is pruned with it);
 * only the files of the current index are carried over to the next build,
 * listed in a dotfile the public server does not serve.
 */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'
import { runChild } from './runChild'

const ENTRY = 'pagefind-entry.json'
const indexOf = (folder: string) => path.join(folder, 'pagefind')
const listOf = (folder: string) => path.join(folder, '.pagefind-files.json')
const isIndex = (dir: string) => fs.existsSync(path.join(dir, ENTRY))

/** Does this built folder hold a complete search index? */
export const hasSearchIndex = (folder: string | null): folder is string => folder !== null && isIndex(indexOf(folder))

/** Every file under `dir`, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.promises.readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/** The files of a folder's current index (a build indexed by Astro has no list: all of them). */
async function currentIndexFiles(folder: string): Promise<string[]> {
  try {
    return JSON.parse(await fs.promises.readFile(listOf(folder), 'utf8')) as string[]
  } catch {
    return filesUnder(indexOf(folder))
  }
}

/** Gives a new build the live site's index to serve until its own is written (asynchronously: the live site is served from this process). */
export async function carryOverIndex(from: string, to: string): Promise<void> {
  const files = await currentIndexFiles(from)
  for (const file of files) {
    await fs.promises.mkdir(path.dirname(path.join(indexOf(to), file)), { recursive: true })
    // A hard link, not a copy: index files are never written in place (a new index is renamed in
    // over them), so both folders can share them; a copy where links are impossible.
    await fs.promises
      .link(path.join(indexOf(from), file), path.join(indexOf(to), file))
      .catch(() => fs.promises.copyFile(path.join(indexOf(from), file), path.join(indexOf(to), file)))
  }
  await fs.promises.writeFile(listOf(to), JSON.stringify(files))
}

/** Moves a finished index into the folder's: chunks first, the entry that points at them last. */
async function moveIn(next: string, folder: string): Promise<void> {
  const files = await filesUnder(next)
  for (const file of [...files.filter((name) => name !== ENTRY), ENTRY]) {
    await fs.promises.mkdir(path.dirname(path.join(indexOf(folder), file)), { recursive: true })
    await fs.promises.rename(path.join(next, file), path.join(indexOf(folder), file))
  }
  await fs.promises.writeFile(listOf(folder), JSON.stringify(files))
  await fs.promises.rm(next, { recursive: true, force: true })
}

/** Writes `folder`'s own index and moves it in; on failure the carried-over index stays. */
export async function refreshSearchIndex(folder: string, { timeoutMs = 10 * 60_000 } = {}): Promise<{ ok: boolean; output: string }> {
  const next = path.join(folder, '.pagefind-next')
  fs.rmSync(next, { recursive: true, force: true })
  const indexed = await runChild([path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(projectRoot, 'scripts/index-search.ts'), folder, next], {
    cwd: projectRoot,
    timeoutMs,
    keepChars: 4000,
  })
  const output = indexed.output.trim()
  if (!indexed.ok || !isIndex(next)) {
    fs.rmSync(next, { recursive: true, force: true })
    return { ok: false, output: output || `the indexer stopped (${indexed.signal ?? `exit ${indexed.code}`})` }
  }
  try {
    await moveIn(next, folder)
    return { ok: true, output }
  } catch (error) {
    return { ok: false, output: `could not move the new index in: ${(error as Error).message}` }
  }
}
