/**
 * What is wrong with a REST write, field by field: its locale parameters, its
 * auth fields, the shape of its data, ids that lead nowhere. Each problem
 * names the field and a reason (a key of cms/i18n/validationMessages.ts).
 */
import type { PayloadRequest } from 'payload'

import { hasControlCharacters } from '../domain/controlCharacters'
import { type AnyField, isEmail, type Reference, shapeProblems, type ShapeProblem } from '../domain/inputShape'
import { CORE_NODES } from '../domain/richTextShape'

export interface Entity {
  slug: string
  kind: 'collection' | 'global'
  fields: AnyField[]
  drafts: boolean
  auth: boolean
  upload: boolean
}

// Written by the upload machinery from the file itself; Payload drops them from a request.
const UPLOAD_OWNED = new Set(['url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width', 'height', 'sizes', 'prefix'])
const SYSTEM_KEYS = new Set(['id', 'createdAt', 'updatedAt'])
// Kept by Payload's login machinery; a request never sets them.
const AUTH_OWNED = new Set(['sessions', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', '_verified', '_verificationToken'])
const FALLBACK_WORDS = new Set(['none', 'null', 'false'])

const idTypeOf = (req: PayloadRequest) => (req.payload.db.defaultIDType === 'number' ? 'number' : 'text')

/** `?locale=` and `?fallback-locale=` of a write must name a locale this site has; Payload would quietly write Korean. */
export function localeProblems(req: PayloadRequest): ShapeProblem[] {
  const codes = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  const query = (req.query ?? {}) as Record<string, unknown>
  const problems: ShapeProblem[] = []
  const params = { locales: codes.join(', ') }
  if ('locale' in query && !(typeof query.locale === 'string' && codes.includes(query.locale))) problems.push({ path: 'locale', reason: 'locale', params })
  for (const name of ['fallback-locale', 'fallbackLocale']) {
    const value = query[name]
    if (name in query && !(typeof value === 'string' && (codes.includes(value) || FALLBACK_WORDS.has(value)))) problems.push({ path: name, reason: 'locale', params })
  }
  return problems
}

/** The document id in a `/:id` route must be an id at all; Payload reads "1 OR 1=1" as document 1. */
export function routeIdProblems(req: PayloadRequest): ShapeProblem[] {
  const id = req.routeParams?.id
  if (id === undefined) return []
  return shapeProblems([{ name: 'id', type: 'relationship', relationTo: 'x' }], { id }, { idType: idTypeOf(req), maxTextLength: 0 }).map((p) => ({ ...p, label: 'id' }))
}

/** The node types each rich-text field's editor knows (its features plus Lexical's core). */
const nodeCache = new WeakMap<object, Set<string> | undefined>()
function richTextNodes(field: AnyField): Set<string> | undefined {
  if (!nodeCache.has(field)) {
    const features = (field as { editor?: { editorConfig?: { features?: { nodes?: Array<{ node?: { getType?: () => string } }> } } } }).editor?.editorConfig?.features
    const types = features?.nodes?.map((n) => n.node?.getType?.()).filter((t): t is string => typeof t === 'string')
    nodeCache.set(field, types ? new Set([...CORE_NODES, ...types]) : undefined)
  }
  return nodeCache.get(field)
}

/** Login, password reset and unlock bodies: strings where strings belong, and a real email address. */
export function authProblems(path: string, data: Record<string, unknown>, maxTextLength: number): ShapeProblem[] {
  const problems: ShapeProblem[] = []
  const { email, password, token } = data
  if (email !== undefined && email !== null && !isEmail(email)) problems.push({ path: 'email', label: 'email', reason: 'emailFormat' })
  const required = path === '/reset-password' ? ['token', 'password'] : path === '/forgot-password' || path === '/unlock' ? ['email'] : []
  for (const name of required) if (data[name] === undefined || data[name] === null) problems.push({ path: name, label: name, reason: 'required' })
  for (const [name, value, max] of [['password', password, maxTextLength], ['token', token, 256]] as const) {
    if (value === undefined || value === null) continue
    const reason = typeof value !== 'string' ? 'notText' : value.length > max ? 'textTooLong' : hasControlCharacters(value) ? 'controlCharacters' : null
    if (reason) problems.push({ path: name, label: name, reason, params: { max } })
  }
  return problems
}

/** What is wrong with the data of a create or update, field by field, and the ids it links to. */
export function dataProblems(req: PayloadRequest, entity: Entity, data: Record<string, unknown>, maxTextLength: number) {
  const fields = entity.auth ? [...entity.fields, { name: 'password', type: 'password', label: { ko: '비밀번호', en: 'Password' } }] : entity.fields
  const references: Reference[] = []
  const idType = idTypeOf(req)
  const problems = shapeProblems(fields, data, { idType, maxTextLength, richTextNodes, references })
  // Payload ignores or trusts an `id` in the body; junk there is a client bug worth naming.
  if (Object.hasOwn(data, 'id') && data.id !== null && shapeProblems([{ name: 'id', type: 'relationship', relationTo: entity.slug }], { id: data.id }, { idType, maxTextLength }).length) {
    problems.push({ path: 'id', label: 'id', reason: 'notId' })
  }
  // null would pass as "cleared"; a document without a publication status is neither draft nor live.
  if (entity.drafts && Object.hasOwn(data, '_status') && data._status !== 'draft' && data._status !== 'published' && !problems.some((p) => p.path === '_status')) {
    problems.push({ path: '_status', label: '_status', reason: 'status' })
  }
  if (entity.auth) {
    for (const key of Object.keys(data)) if (AUTH_OWNED.has(key)) problems.push({ path: key, label: key, reason: 'readOnlyField' })
  }
  return { problems, references }
}

/**
 * Linked documents must exist: Payload does not check (drafts skip validation
 * altogether), and SQLite's foreign keys then fail half-way through the write.
 */
export async function missingReferences(req: PayloadRequest, references: Reference[]): Promise<ShapeProblem[]> {
  const byCollection = new Map<string, Reference[]>()
  for (const ref of references) byCollection.set(ref.relationTo, [...(byCollection.get(ref.relationTo) ?? []), ref])
  const problems: ShapeProblem[] = []
  for (const [collection, refs] of byCollection) {
    if (!(collection in req.payload.collections)) {
      problems.push(...refs.map((ref) => ({ path: ref.path, label: ref.label, reason: 'notFound', params: { id: String(ref.id) } })))
      continue
    }
    const ids = [...new Set(refs.map((ref) => ref.id))]
    const { docs } = await req.payload.find({ collection: collection as never, where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, draft: true, overrideAccess: true, select: {} as never })
    const found = new Set(docs.map((doc) => String((doc as { id: unknown }).id)))
    for (const ref of refs) if (!found.has(String(ref.id))) problems.push({ path: ref.path, label: ref.label, reason: 'notFound', params: { id: String(ref.id) } })
  }
  return problems
}

/** Whether a PATCH would change anything: some key it sends is a field (a blank password changes nothing). */
export function changesSomething(entity: Entity, data: Record<string, unknown>): boolean {
  const names = new Set<string>(['_status'])
  const walk = (fields: AnyField[]) => {
    for (const f of fields) {
      if (f.type === 'tabs') for (const tab of f.tabs ?? []) tab.name ? names.add(tab.name) : walk(tab.fields)
      else if (!f.name && f.fields) walk(f.fields)
      else if (f.name && !SYSTEM_KEYS.has(f.name) && !(entity.upload && UPLOAD_OWNED.has(f.name))) names.add(f.name)
    }
  }
  walk(entity.fields)
  if (entity.auth) names.add('password')
  return Object.entries(data).some(([key, value]) => names.has(key) && !(key === 'password' && (value === '' || value === null)))
}
