/**
 * `npm start` opens the CMS (scripts/lib/cms.ts openCms) before anything
 * else. On a database it could not work with — locked by another process,
 * not a database, in a folder that cannot be made or written — it stops
 * there, with the file, the reason and the remedy, instead of failing on the
 * first save. Each case runs that step in a child process, as start does.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../cms/paths'

let root: string

/** What start.ts does first: open the CMS; on failure print the reason and exit 1. */
const OPEN_AS_START_DOES = `
import fs from 'node:fs'
// root may write anywhere, whatever a folder's mode says: for a root test run, the operating
// system's answer for an unprivileged user is given here instead (EACCES on that one folder).
const deny = process.env.DENY_WRITE_TO
if (deny) {
  const access = fs.accessSync
  fs.accessSync = (target, mode) => {
    if (String(target) === deny && mode & fs.constants.W_OK) throw Object.assign(new Error('EACCES: permission denied, access ' + target), { code: 'EACCES' })
    return access(target, mode)
  }
}
import { openCms } from ${JSON.stringify(path.join(projectRoot, 'scripts/lib/cms.ts'))}
try {
  const payload = await openCms()
  await payload.count({ collection: 'users', overrideAccess: true })
  console.log('[start] the CMS is open')
  process.exit(0)
} catch (error) {
  console.error('[start] ' + (error instanceof Error ? error.message : String(error)))
  process.exit(1)
}
`

/** Runs the opening step on `databaseFile`; `denyWriteTo` makes that folder unwritable for a root run. */
function openCms(databaseFile: string, denyWriteTo?: string): Promise<{ code: number | null; output: string }> {
  const dataDir = fs.mkdtempSync(path.join(root, 'data-'))
  fs.chmodSync(dataDir, 0o777)
  const script = path.join(root, 'open.mts')
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), script], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH,
        HOME: dataDir,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'x'.repeat(48),
        DATA_DIR: dataDir,
        DATABASE_URI: `file:${databaseFile}`,
        ...(denyWriteTo ? { DENY_WRITE_TO: denyWriteTo } : {}),
      },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'seocho-db-start-'))
  fs.chmodSync(root, 0o755)
  fs.writeFileSync(path.join(root, 'open.mts'), OPEN_AS_START_DOES, { mode: 0o644 })
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('npm start on a database it can use', () => {
  it('creates a missing data folder and the database in it', async () => {
    const file = path.join(root, 'fresh', 'nested', 'cms.db')
    const { code, output } = await openCms(file)
    expect(output).toContain('[start] the CMS is open')
    expect(code).toBe(0)
    expect(fs.readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3')
  })
})

describe('npm start stops at once, naming the file, the reason and the remedy', () => {
  it('when another process holds the database locked', async () => {
    const file = path.join(root, 'locked', 'cms.db')
    expect((await openCms(file)).code).toBe(0)
    const holder: Client = createClient({ url: `file:${file}` })
    try {
      await holder.execute('BEGIN EXCLUSIVE')
      const { code, output } = await openCms(file)
      expect(code).toBe(1)
      expect(output).toContain(`[start] Cannot open the database ${file}: another process holds it locked`)
      expect(output).toMatch(/Stop the other program using it/)
    } finally {
      await holder.execute('ROLLBACK')
      holder.close()
    }
  })

  it('when the file is not an SQLite database', async () => {
    const file = path.join(root, 'text', 'cms.db')
    fs.mkdirSync(path.dirname(file))
    fs.writeFileSync(file, '이것은 데이터베이스가 아닙니다\n'.repeat(20))
    const { code, output } = await openCms(file)
    expect(code).toBe(1)
    expect(output).toContain(`[start] Cannot open the database ${file}: the file is not an SQLite database`)
    expect(output).toMatch(/Move it aside .*or point DATABASE_URI \(or DATA_DIR\) at another folder/)
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^이것은/)
  })

  it('when its folder cannot be created', async () => {
    const blocker = path.join(root, 'a-file')
    fs.writeFileSync(blocker, '')
    const file = path.join(blocker, 'data', 'cms.db')
    const { code, output } = await openCms(file)
    expect(code).toBe(1)
    expect(output).toContain(`[start] Cannot open the database ${file}: its folder ${path.dirname(file)} does not exist and cannot be created (ENOTDIR)`)
    expect(output).toMatch(/Create the folder, or point DATABASE_URI/)
  })

  it('when its folder is not writable for the user running it', async () => {
    const folder = path.join(root, 'read-only')
    fs.mkdirSync(folder, { mode: 0o555 })
    fs.chmodSync(folder, 0o555)
    // The mode is enough for an ordinary user; root ignores it (and an unprivileged child cannot
    // run a Node kept under /root), so a root run is answered EACCES for this folder (see above).
    const { code, output } = await openCms(path.join(folder, 'cms.db'), process.getuid?.() === 0 ? folder : undefined)
    expect(code).toBe(1)
    expect(output).toContain(`[start] Cannot open the database ${path.join(folder, 'cms.db')}: its folder ${folder} is not writable for this user (EACCES)`)
    expect(output).toMatch(/chmod u\+w/)
  })
})
