import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

describe('PAYLOAD_SECRET', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    vi.stubEnv('DATA_DIR', dir)
    vi.resetModules()
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    fs.rmSync(dir, { recursive: true, force: true })
  })
  const load = () => import('../../cms/secret')

  it('development without settings uses the marked development secret', async () => {
    const { resolvePayloadSecret, DEVELOPMENT_SECRET } = await load()
    expect(resolvePayloadSecret({ NODE_ENV: 'development' })).toBe(DEVELOPMENT_SECRET)
  })

  it('production without a secret refuses to start, saying what to do', async () => {
    const { resolvePayloadSecret } = await load()
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set.*npm start/)
  })

  it.each(['development-only-secret-never-use-in-production', 'short'])('production refuses the weak secret %j', async (secret) => {
    const { resolvePayloadSecret } = await load()
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrow(/production needs a long random secret/)
  })

  it('npm start writes a random secret once, owner-readable only, and keeps it', async () => {
    const { ensureSecretFile, resolvePayloadSecret, secretFile } = await load()
    ensureSecretFile({} as NodeJS.ProcessEnv)
    const first = resolvePayloadSecret({ NODE_ENV: 'production' })
    expect(first.length).toBeGreaterThanOrEqual(48)
    expect(fs.statSync(secretFile()).mode & 0o777).toBe(0o600)
    ensureSecretFile({} as NodeJS.ProcessEnv)
    expect(resolvePayloadSecret({ NODE_ENV: 'production' })).toBe(first)
  })

  it('a configured secret wins over the file', async () => {
    const { ensureSecretFile, resolvePayloadSecret } = await load()
    ensureSecretFile({} as NodeJS.ProcessEnv)
    const configured = 'x'.repeat(40)
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: configured })).toBe(configured)
  })
})
