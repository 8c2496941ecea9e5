/**
 * The admin is a Next.js production build; it is rebuilt only when its
 * sources or dependencies changed since the last build (a content hash).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { cmsDir, projectRoot } from '../../cms/paths'
import { binOf, runToEnd } from './processes'

const stampFile = () => path.join(cmsDir, '.next', 'source-hash')

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    // next-env.d.ts is written by the build itself: counting it would make every second start rebuild.
    if (entry.name === '.next' || entry.name === 'node_modules' || entry.name === 'next-env.d.ts') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* sourceFiles(full)
    else yield full
  }
}

export function adminSourceHash(): string {
  const hash = createHash('sha256')
  const files = [...sourceFiles(cmsDir), path.join(projectRoot, 'payload.config.ts'), path.join(projectRoot, 'package-lock.json')]
  for (const file of files) {
    if (!fs.existsSync(file)) continue
    hash.update(path.relative(projectRoot, file)).update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

export async function buildAdminIfStale(log: (line: string) => void, env: NodeJS.ProcessEnv): Promise<void> {
  const hash = adminSourceHash()
  const built = fs.existsSync(stampFile()) ? fs.readFileSync(stampFile(), 'utf8') : ''
  if (built === hash) {
    log('admin build is up to date')
    return
  }
  log('building the admin (Next.js, about 30–60 s the first time) …')
  await runToEnd('admin build', [binOf('next', 'dist/bin/next'), 'build', 'cms'], env)
  fs.writeFileSync(stampFile(), hash)
}
