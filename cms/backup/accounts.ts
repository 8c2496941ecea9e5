/**
 * Staff accounts in a backup. users.json holds email, name and role: no
 * secret, safe to read and share. The password hashes (PBKDF2, as Payload
 * stores them) go to secrets/passwords.json, readable by its owner only and
 * left out with `--no-passwords`: a restore with them lets everyone sign in
 * with the password they had; without them, each account gets a random
 * password and the import prints a one-time link to set a new one (Payload's
 * reset link, valid one hour; "forgot password" works afterwards). Sign-in
 * state (sessions, failed attempts, lockouts) is never backed up.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { z } from 'zod'

import type { Account } from '../seed/backupSchema'

export const SECRETS_FILE = 'secrets/passwords.json'

const secretsSchema = z
  .object({
    warning: z.string(),
    accounts: z.array(z.object({ email: z.email(), salt: z.string().min(1), hash: z.string().min(1) }).strict()),
  })
  .strict()

export type Secrets = z.output<typeof secretsSchema>

type RawUser = { email: string; name?: string; role?: string; salt?: string; hash?: string }

/** The accounts (users.json) and their password hashes, sorted by email. */
export async function readAccounts(payload: Payload): Promise<{ users: Account[]; secrets: Secrets }> {
  // The adapter's own read: the Local API never returns hashes.
  const { docs } = await payload.db.find({ collection: 'users', limit: 0, pagination: false })
  const raw = (docs as unknown as RawUser[]).sort((a, b) => a.email.localeCompare(b.email))
  return {
    users: raw.map((user) => ({ email: user.email, name: user.name ?? user.email, role: user.role ?? 'contributor' })),
    secrets: {
      warning: 'Password hashes of the staff accounts: keep this file as private as the database itself. Delete it (or export with --no-passwords) before sharing a backup.',
      accounts: raw.filter((user) => user.salt && user.hash).map((user) => ({ email: user.email, salt: user.salt!, hash: user.hash! })),
    },
  }
}

export function writeSecrets(dir: string, secrets: Secrets): void {
  const file = path.join(dir, SECRETS_FILE)
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 })
}

/** secrets/passwords.json of a backup folder, or undefined when it has none; problems are reported, not thrown. */
export function readSecrets(dir: string, users: Account[] | undefined, problems: string[]): Secrets | undefined {
  const file = path.join(dir, SECRETS_FILE)
  if (!fs.existsSync(file)) return undefined
  let raw: unknown
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    problems.push(`${SECRETS_FILE}: not JSON (${error instanceof Error ? error.message : String(error)})`)
    return undefined
  }
  const parsed = secretsSchema.safeParse(raw)
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => `${SECRETS_FILE} ${issue.path.join('.')}: ${issue.message}`))
    return undefined
  }
  const emails = new Set((users ?? []).map((user) => user.email.toLowerCase()))
  for (const account of parsed.data.accounts) {
    if (!emails.has(account.email.toLowerCase())) problems.push(`${SECRETS_FILE}: ${account.email} is not an account of users.json`)
  }
  return parsed.data
}

/**
 * Puts each account's own password back (its hash, written through the
 * adapter: the Local API only takes passwords), or issues a reset link.
 */
export async function restorePasswords(payload: Payload, users: Account[], secrets: Secrets | undefined, log: (line: string) => void) {
  const hashes = new Map((secrets?.accounts ?? []).map((account) => [account.email.toLowerCase(), account]))
  const base = payload.config.serverURL || `http://localhost:${process.env.CMS_PORT || 3000}`
  let restored = 0
  let reset = 0
  for (const user of users) {
    const found = await payload.db.findOne({ collection: 'users', where: { email: { equals: user.email } } })
    if (!found) continue
    const secret = hashes.get(user.email.toLowerCase())
    if (secret) {
      await payload.db.updateOne({ collection: 'users', id: found.id, data: { salt: secret.salt, hash: secret.hash } })
      restored += 1
    } else {
      const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true, overrideAccess: true })
      log(`${user.email} has no password in this backup: set one within an hour at ${base}/admin/reset/${token}`)
      reset += 1
    }
  }
  return { restored, reset }
}
