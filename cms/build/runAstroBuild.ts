/**
 * Runs `astro build` into a folder as a child process. The child reads the
 * same database (Local API) or CMS_URL; its output is kept short for the build
 * history; a build that runs too long is killed.
 */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'
import { type ChildResult, runChild } from './runChild'

export type AstroBuildResult = ChildResult

export async function runAstroBuild(
  outDir: string,
  { timeoutMs = 10 * 60_000, onSpawn, env = {} }: { timeoutMs?: number; onSpawn?: (pid: number) => void; env?: Record<string, string> } = {},
): Promise<AstroBuildResult> {
  // Astro writes its bundled pages to <cwd>/.astro/.prerender when the output folder lies outside the
  // working folder (a DATA_DIR in /tmp): two builds from one working folder would overwrite each
  // other's. Each build gets its own working folder inside the project (so the bundled pages still
  // find node_modules), with the project as Astro's root.
  const workDir = path.join(projectRoot, 'node_modules', '.cache', 'astro-runs', `${path.basename(outDir)}-${process.pid}-${Date.now()}`)
  fs.mkdirSync(workDir, { recursive: true })
  const result = await runChild([path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', projectRoot], {
    cwd: workDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SITE_OUT_DIR: outDir,
      // Each build its own cache of Astro's intermediate files, so two never share half-written ones.
      ASTRO_CACHE_DIR: path.join(outDir, '..', `.cache-${path.basename(outDir)}`),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    timeoutMs,
    onSpawn,
  })
  fs.rmSync(workDir, { recursive: true, force: true })
  return result
}

/** The lines of a failed build's output that say why (Astro prints the error last). */
export function failureReason(output: string): string {
  const clean = output.replace(/\x1b\[[0-9;]*m/g, '')
  const lines = clean.split('\n').filter((line) => line.trim())
  const start = lines.findIndex((line) => /error|does not fit|failed/i.test(line))
  return (start >= 0 ? lines.slice(start, start + 15) : lines.slice(-15)).join('\n').slice(0, 4000)
}
