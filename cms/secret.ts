/**
 * PAYLOAD_SECRET signs logins. A newcomer sets nothing: `npm start` writes a
 * random one beside the database once. Production never runs on the
 * well-known development value.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths'

export const DEVELOPMENT_SECRET = 'development-only-secret-never-use-in-production'

export const secretFile = () => path.join(dataDir, '.payload-secret')

export function resolvePayloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const production = env.NODE_ENV === 'production'
  const configured = env.PAYLOAD_SECRET?.trim()
  if (configured) {
    if (production && (configured === DEVELOPMENT_SECRET || configured.length < 32)) {
      throw new Error(
        'PAYLOAD_SECRET is the development value or shorter than 32 characters; production needs a long random secret (unset it and `npm start` makes one).',
      )
    }
    return configured
  }
  if (fs.existsSync(secretFile())) return fs.readFileSync(secretFile(), 'utf8').trim()
  if (production) {
    throw new Error(`PAYLOAD_SECRET is not set and ${secretFile()} does not exist: run \`npm start\`, which creates it, or set PAYLOAD_SECRET.`)
  }
  return DEVELOPMENT_SECRET
}

/** Creates the secret file (readable by its owner only) when neither it nor PAYLOAD_SECRET exists. */
export function ensureSecretFile(env: NodeJS.ProcessEnv = process.env): void {
  if (env.PAYLOAD_SECRET?.trim() || fs.existsSync(secretFile())) return
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(secretFile(), randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' })
}
