/**
 * The accounts the seed makes: the demo's, one per role, or those a backup
 * lists (users.json).
 */
import { randomBytes } from 'node:crypto'

import { passwordProblem } from '../hooks/passwordPolicy'
import type { Account } from './backupSchema'

/** Demo accounts, one per role, so each role can be tried from the admin. */
export function demoAccounts(admin: { email: string; password: string }) {
  const [, domain] = admin.email.split('@')
  return [
    { email: admin.email, password: admin.password, name: '관리자', role: 'admin' },
    { email: `editor@${domain}`, password: admin.password, name: '편집 담당', role: 'editor' },
    { email: `contributor@${domain}`, password: admin.password, name: '게시판 담당', role: 'contributor' },
  ]
}

export const defaultAdmin = () => ({
  email: process.env.SEED_ADMIN_EMAIL || 'admin@example.com',
  password: process.env.SEED_ADMIN_PASSWORD || 'seocho-demo-2026',
})

/**
 * Accounts of a backup get a random password nobody knows: an import then
 * puts back their own (cms/backup/accounts.ts). Admins come first, because
 * the first account of a database is made an admin whatever it asks for.
 */
export function backupAccounts(users: Account[]) {
  const unguessable = (email: string) => {
    let password = randomBytes(24).toString('base64url')
    while (passwordProblem(password, email)) password = randomBytes(24).toString('base64url')
    return password
  }
  const rank = (account: Account) => (account.role === 'admin' ? 0 : 1)
  return [...users].sort((a, b) => rank(a) - rank(b)).map((account) => ({ ...account, password: unguessable(account.email) }))
}
