import { josa } from 'es-hangul'
import type { AfterErrorHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { roleOf } from '../access/roles'
import { isExplained } from '../errors'
import { type RefusalKey, refusalText } from '../i18n/refusalMessages'

const ADMIN_ONLY = new Set(['users', 'payload-jobs'])
const RECORDS = new Set(['audit-log', 'site-builds'])

/** The collection's own name, with the topic particle in Korean (교육 과정은, 공지·보도는). */
function labelOf(collection: SanitizedCollectionConfig | undefined, language: string): string {
  const label = collection?.labels?.singular
  const text = typeof label === 'object' && label ? String((label as Record<string, string>)[language] ?? (label as Record<string, string>).ko ?? '') : typeof label === 'string' ? label : ''
  if (!text) return language === 'en' ? 'These' : '이 항목은'
  return language === 'en' ? text : josa(text, '은/는')
}

const publishing = (req: PayloadRequest) => (req.data as { _status?: unknown } | undefined)?._status === 'published'

/** Which refusal a 403 was, from who asked, for what, and how. */
export function refusalFor(req: PayloadRequest, collection: SanitizedCollectionConfig | undefined): RefusalKey {
  const role = roleOf(req)
  const slug = collection?.slug ?? ''
  const method = (req.method ?? 'GET').toUpperCase()
  if (!role) return 'signInFirst'
  if (RECORDS.has(slug) && method !== 'GET' && !(slug === 'site-builds' && method === 'POST')) {
    return slug === 'site-builds' && method === 'PATCH' ? 'rollbackAdminsOnly' : 'recordsAreHistory'
  }
  if (ADMIN_ONLY.has(slug) && role !== 'admin') return 'adminsOnly'
  if (slug === 'reviews') return 'notYours'
  if (role === 'contributor') {
    if (method === 'DELETE') return 'editorsOnlyDelete'
    if ((method === 'POST' || method === 'PATCH') && publishing(req)) return 'contributorPublish'
    if (method === 'POST' || method === 'PATCH') return 'editorsOnlyWrite'
  }
  return 'noPermission'
}

/**
 * Payload answers a refused request with "You are not allowed to perform this
 * action" (or, for errors it cannot name, "An unknown error occurred."):
 * neither says what to do. Every 403 the API sends gets a message that does,
 * in the staff member's language; errors that already explain themselves
 * (cms/errors.ts) pass as they are.
 */
export const explainRefusal: AfterErrorHook = ({ collection, error, req }) => {
  const status = (error as { status?: number }).status
  if (status !== 403 || isExplained(error) || !req) return
  const language = req.i18n?.language === 'en' ? 'en' : 'ko'
  const message = refusalText(refusalFor(req, collection), language, { label: labelOf(collection, language) })
  return { response: { errors: [{ message }] }, status: 403 }
}
