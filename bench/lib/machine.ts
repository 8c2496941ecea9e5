import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'

const versionOf = (pkg: string) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')).version as string
  } catch {
    return 'missing'
  }
}

/** The commit measured, marked when the working tree had changes. */
function revision(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim()
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''}`
  } catch {
    return 'unknown'
  }
}

/** What the numbers were measured on. */
export function machine() {
  return {
    revision: revision(),
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((load) => Number(load.toFixed(2))),
    versions: Object.fromEntries(['astro', 'payload', 'next', 'pagefind', 'sharp', 'lighthouse', '@payloadcms/db-sqlite'].map((pkg) => [pkg, versionOf(pkg)])),
  }
}
