/**
 * Every REST write (POST and PATCH of every collection and global, Payload's
 * own included, and the auth endpoints) passes here before Payload's handler:
 * a body that cannot be read, an unknown locale, a wrong JSON type, an id
 * that leads nowhere, a bad `_status` or a change that changes nothing is
 * refused with a 4xx naming the field and the reason, and nothing is stored.
 * Payload would otherwise answer some of these with a 500 (leaving half a
 * document behind), and quietly store others.
 */
import { APIError, type Endpoint, type Payload, type PayloadHandler, type PayloadRequest, ValidationError } from 'payload'

import { type AnyField, fieldPathOf, type ShapeProblem } from '../domain/inputShape'
import { MAX_DEPTH, structureProblem } from '../domain/structure'
import { requestMessage } from '../i18n/requestMessages'
import { validationMessage } from '../i18n/validationMessages'
import { readBody } from './readBody'
import { authProblems, changesSomething, dataProblems, type Entity, localeProblems, missingReferences, routeIdProblems } from './writeProblems'

type Role = 'create' | 'update' | 'auth' | 'other'

const GUARDED = Symbol('guardedRestWrite')
const AUTH_PATHS = new Set(['/login', '/forgot-password', '/reset-password', '/unlock'])

function roleOf(entity: Entity, endpoint: Endpoint): Role {
  if (entity.kind === 'global') return endpoint.method === 'post' && endpoint.path === '/' ? 'update' : 'other'
  if (endpoint.method === 'post' && (endpoint.path === '/' || endpoint.path === '/first-register')) return 'create'
  if (endpoint.method === 'patch' && (endpoint.path === '/' || endpoint.path === '/:id')) return 'update'
  if (endpoint.method === 'post' && entity.auth && AUTH_PATHS.has(endpoint.path)) return 'auth'
  return 'other'
}

const refusal = (req: PayloadRequest, entity: Entity, problems: ShapeProblem[]) =>
  new ValidationError(
    {
      collection: entity.kind === 'collection' ? entity.slug : undefined,
      global: entity.kind === 'global' ? entity.slug : undefined,
      errors: problems.map((p) => ({ path: p.path, label: (p.label ?? p.path) as string, message: validationMessage(p.reason, req.i18n?.language, p.params) })),
    },
    req.t,
  )

/**
 * Whether the caller may make this write at all. Someone who may not is left
 * to Payload's own 403, so the data is never judged for them (and ids are
 * never looked up on their behalf).
 */
async function permitted(req: PayloadRequest, entity: Entity, endpoint: Endpoint, role: Role, data: Record<string, unknown>) {
  if (endpoint.path === '/first-register') return true
  const access =
    entity.kind === 'collection'
      ? req.payload.collections[entity.slug as keyof typeof req.payload.collections]?.config.access
      : req.payload.globals.config.find((global) => global.slug === entity.slug)?.access
  const rule = role === 'create' ? (access as { create?: unknown } | undefined)?.create : access?.update
  if (typeof rule !== 'function') return Boolean(req.user)
  return Boolean(await rule({ req, id: req.routeParams?.id, data }))
}

async function check(req: PayloadRequest, entity: Entity, endpoint: Endpoint, role: Role) {
  const body = await readBody(req, { strict: role !== 'other' })
  const data = body.kind === 'none' ? undefined : body.data
  const found = data ? structureProblem(data) : null
  if (found) throw refusal(req, entity, [{ path: fieldPathOf(entity.fields, found.segments) || found.segments.join('.'), reason: found.reason, params: { max: MAX_DEPTH } }])
  if (role === 'other') return
  if (!data) throw new APIError(requestMessage('emptyBody', req.i18n?.language), 400, null, true)
  const maxTextLength = req.payload.config.defaultMaxTextLength ?? 40_000
  if (role === 'auth') {
    const problems = authProblems(endpoint.path, data, maxTextLength)
    if (problems.length) throw refusal(req, entity, problems)
    return
  }
  if (!(await permitted(req, entity, endpoint, role, data))) return
  const { problems, references } = dataProblems(req, entity, data, maxTextLength)
  problems.unshift(...localeProblems(req), ...routeIdProblems(req))
  if (problems.length === 0) problems.push(...(await missingReferences(req, references)))
  if (problems.length) throw refusal(req, entity, problems)
  if (role === 'update' && !(body.kind === 'multipart' && body.hasFile) && !changesSomething(entity, data)) {
    const sent = Object.keys(data).slice(0, 5)
    if (sent.length === 0) throw new APIError(validationMessage('nothingToChange', req.i18n?.language), 400, null, true)
    throw refusal(req, entity, sent.map((key) => ({ path: key, label: key, reason: 'nothingToChange' })))
  }
}

/**
 * Payload parses multipart with busboy, which is stricter than the parser the
 * guard reads its copy with (a control character in a part header, say), and
 * answers its complaint with a 500. Nothing has been read or stored then.
 */
function unreadMultipart(req: PayloadRequest, error: unknown): APIError | null {
  const multipart = (req.headers.get('content-type') ?? '').startsWith('multipart/')
  const nothingRead = req.data === undefined && req.file === undefined && req.files === undefined
  if (!multipart || !nothingRead || !(error instanceof APIError) || error instanceof ValidationError || error.status < 500) return null
  return new APIError(requestMessage('brokenMultipart', req.i18n?.language, { reason: error.message.slice(0, 120) }), 400, null, true)
}

function guarded(entity: Entity, endpoint: Endpoint): Endpoint {
  const role = roleOf(entity, endpoint)
  const original = endpoint.handler
  const handler: PayloadHandler = async (req) => {
    await check(req, entity, endpoint, role)
    try {
      return await original(req)
    } catch (error) {
      throw unreadMultipart(req, error) ?? error
    }
  }
  Object.assign(handler, { [GUARDED]: true })
  return { ...endpoint, handler }
}

function guardEndpoints(entity: Entity, endpoints: Endpoint[] | false | undefined): Endpoint[] | false | undefined {
  if (!Array.isArray(endpoints)) return endpoints
  return endpoints.map((endpoint) =>
    (endpoint.method === 'post' || endpoint.method === 'patch') && !(endpoint.handler as unknown as Record<symbol, unknown>)[GUARDED] ? guarded(entity, endpoint) : endpoint,
  )
}

const draftsOf = (versions: unknown) => Boolean((versions as { drafts?: unknown } | undefined)?.drafts)

/**
 * Puts the guard in front of every POST and PATCH endpoint. Runs at init,
 * after Payload has added its own collections (preferences, locks, jobs),
 * which no config-time wrapper could reach. Safe to call twice.
 */
export function guardRestWrites(payload: Payload): void {
  for (const { config } of Object.values(payload.collections)) {
    const entity: Entity = { slug: config.slug, kind: 'collection', fields: config.fields as AnyField[], drafts: draftsOf(config.versions), auth: Boolean(config.auth), upload: Boolean(config.upload) }
    config.endpoints = guardEndpoints(entity, config.endpoints) as typeof config.endpoints
  }
  for (const config of payload.globals.config) {
    const entity: Entity = { slug: config.slug, kind: 'global', fields: config.fields as AnyField[], drafts: draftsOf(config.versions), auth: false, upload: false }
    config.endpoints = guardEndpoints(entity, config.endpoints) as typeof config.endpoints
  }
}
