/**
 * With DATABASE_URI=mongodb://… and no server there, the CMS must fail in
 * seconds with the host named, not hang for the driver's default 30 s.
 */
import { describe, expect, it } from 'vitest'

describe('MongoDB that cannot be reached', () => {
  it('fails fast and names the host from the URI', async () => {
    process.env.DATABASE_URI = 'mongodb://127.0.0.1:1/seocho'
    process.env.MONGODB_TIMEOUT_MS = '1500'
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../payload.config')
    const error: Error = await getPayload({ config, key: 'unreachable-mongo' }).then(
      () => {
        throw new Error('connected to a server that should not exist')
      },
      (e) => e,
    )
    // The message carries the timeout in force: 1.5 s here, not the driver's 30 s default.
    expect(error.message).toMatch(/Cannot reach MongoDB at 127\.0\.0\.1:1 within 1\.5 s \(DATABASE_URI\)/)
  }, 15_000 /* a hang guard: the driver's default wait would be 30 s */)
})
