/**
 * Search indexing after a build goes live, so a publish reaches readers
 * without waiting for the index: the new build starts with a copy of the live
 * index (the new page is found a few seconds later, once its own index is
 * written), then its own index is written beside it and swapped in with two
 * renames.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'

const indexOf = (folder: string) => path.join(folder, 'pagefind')
const isIndex = (dir: string) => fs.existsSync(path.join(dir, 'pagefind-entry.json'))

/** Does this built folder hold a complete search index? */
export const hasSearchIndex = (folder: string | null): folder is string => folder !== null && isIndex(indexOf(folder))

/** Gives a new build the live site's index to serve until its own is written (asynchronously: the live site is served from this process). */
export async function carryOverIndex(from: string, to: string): Promise<void> {
  await fs.promises.cp(indexOf(from), indexOf(to), { recursive: true })
}

/** Writes `folder`'s own index and swaps it in; on failure the carried-over index stays. */
export function refreshSearchIndex(folder: string, { timeoutMs = 10 * 60_000 } = {}): Promise<{ ok: boolean; output: string }> {
  const next = path.join(folder, '.pagefind-next')
  fs.rmSync(next, { recursive: true, force: true })
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(projectRoot, 'scripts/index-search.ts'), folder, next], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const stopChild = () => child.kill('SIGKILL')
    process.once('exit', stopChild)
    const timer = setTimeout(stopChild, timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      process.off('exit', stopChild)
      if (code !== 0 || !isIndex(next)) {
        fs.rmSync(next, { recursive: true, force: true })
        return resolve({ ok: false, output: output.trim() || `the indexer stopped (exit ${code})` })
      }
      // Two renames: a reader sees the old index or the new one (for an instant, none).
      const old = path.join(folder, '.pagefind-old')
      fs.rmSync(old, { recursive: true, force: true })
      fs.renameSync(indexOf(folder), old)
      fs.renameSync(next, indexOf(folder))
      fs.promises.rm(old, { recursive: true, force: true }).then(() => resolve({ ok: true, output: output.trim() }))
    })
  })
}
