/**
 * Malformed REST write requests for every write endpoint of a Payload config:
 * POST and PATCH of each collection (by id and in bulk), each global's POST,
 * and the auth endpoints, from field-level breakage (malformed.ts) and
 * request-level breakage (bad JSON, wrong content type, broken multipart,
 * invalid locale or _status). Deterministic for a seed.
 */
import type { SanitizedConfig } from 'payload'

import {
  dataFields,
  type DataField,
  deepJsonText,
  dotted,
  type FieldSlot,
  fieldSlots,
  kindsFor,
  malformedValue,
  MISSING,
  type Random,
  seededRandom,
  toJson,
} from './malformed'
import { BOUNDARY, brokenMultipart, multipart } from './malformedMultipart'

export interface Expectation {
  /** the refusal must name this field: its path (`runs.0.capacity`) or one of its labels */
  path?: string
  labels?: string[]
}

export interface FuzzRequest {
  /** e.g. `PATCH /api/courses/:id`, for the summary */
  endpoint: string
  /** what is broken, e.g. `wrongType`, `brokenMultipart:noBoundary` */
  kind: string
  method: 'POST' | 'PATCH'
  url: string
  anonymous: boolean
  headers: Record<string, string>
  body: string | Uint8Array
  expect: Expectation
}

interface Entity {
  slug: string
  kind: 'collection' | 'global'
  fields: DataField[]
  slots: FieldSlot[]
  upload: boolean
  auth: boolean
  drafts: boolean
  /** Payload's own bookkeeping (preferences, document locks): free-form by design, so only its request handling is fuzzed */
  bookkeeping: boolean
}

/** What the fuzzer needs to know about the stored world: ids, valid bodies, files. */
export interface FuzzWorld {
  config: SanitizedConfig
  /** a valid new document per collection slug (upload collections also get a file) */
  validNew: (slug: string) => { data: Record<string, unknown>; file?: { name: string; data: Uint8Array; mimetype: string } }
  /** one stored document per collection slug: its id and its stored (editable) data */
  stored: Record<string, { id: number | string; data: Record<string, unknown> }>
  /** the stored data of each global */
  globals: Record<string, Record<string, unknown>>
  /** an account the auth endpoints are aimed at */
  authEmail: string
  /** a live password-reset token of that account */
  resetToken: string
  /** the largest huge string, in bytes (1–5 MB by default) */
  maxHugeBytes?: number
}

export function describeEntities(config: SanitizedConfig): Entity[] {
  // A collection without REST endpoints (Payload's migrations) has nothing to write to.
  const collections = config.collections.filter((c) => c.endpoints !== false).map((c) => {
    const fields = dataFields(c.fields, { upload: Boolean(c.upload) })
    if (c.auth) {
      // The password is no field in the config; it is what every auth endpoint is about.
      fields.push({ name: 'password', type: 'password', required: true, localized: false, hasMany: false, readOnly: false, filled: false, labels: ['password', '비밀번호'] })
    }
    const bookkeeping = c.admin?.hidden === true
    return { slug: c.slug, kind: 'collection' as const, fields, slots: fieldSlots(fields), upload: Boolean(c.upload), auth: Boolean(c.auth), drafts: Boolean((c.versions as any)?.drafts), bookkeeping }
  })
  const globals = config.globals.filter((g) => g.endpoints !== false).map((g) => {
    const fields = dataFields(g.fields)
    return { slug: g.slug, kind: 'global' as const, fields, slots: fieldSlots(fields), upload: false, auth: false, drafts: Boolean((g.versions as any)?.drafts), bookkeeping: false }
  })
  return [...collections, ...globals]
}

interface Endpoint {
  name: string
  method: 'POST' | 'PATCH'
  entity: Entity
  target: 'create' | 'updateByID' | 'updateBulk' | 'global' | 'login' | 'forgot-password' | 'reset-password' | 'unlock' | 'first-register'
}

export function writeEndpoints(entities: Entity[]): Endpoint[] {
  return entities.flatMap((entity): Endpoint[] => {
    if (entity.kind === 'global') return [{ name: `POST /api/globals/${entity.slug}`, method: 'POST', entity, target: 'global' }]
    const base = `/api/${entity.slug}`
    const list: Endpoint[] = [
      { name: `POST ${base}`, method: 'POST', entity, target: 'create' },
      { name: `PATCH ${base}/:id`, method: 'PATCH', entity, target: 'updateByID' },
      { name: `PATCH ${base}?where`, method: 'PATCH', entity, target: 'updateBulk' },
    ]
    if (entity.auth) {
      for (const target of ['login', 'forgot-password', 'reset-password', 'unlock', 'first-register'] as const) {
        list.push({ name: `POST ${base}/${target}`, method: 'POST', entity, target })
      }
    }
    return list
  })
}

// ---------------------------------------------------------------- bodies

const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value))

/** Puts `value` at `path` inside `target`, making the containers on the way. */
function setIn(target: Record<string, any>, path: (string | number)[], value: unknown, { nullWhenMissing }: { nullWhenMissing: boolean }) {
  let node: any = target
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i]
    const nextIsIndex = typeof path[i + 1] === 'number'
    if (node[key] === null || typeof node[key] !== 'object') node[key] = nextIsIndex ? [] : {}
    node = node[key]
  }
  const last = path[path.length - 1]
  if (value === MISSING) {
    if (nullWhenMissing) node[last] = null
    else delete node[last]
  } else node[last] = value
}

/** Keys no field has: Payload drops them, so they ride along with a real defect. */
const EXTRA_FIELDS: Array<[string, unknown]> = [
  ['unknownField', 'surprise'],
  ['$where', 'sleep(1000)'],
  ['', 'empty key'],
  ['title_en', { ko: 'x' }],
]

/** Keys that reach object prototypes when data is merged: refused on their own. */
const PROTOTYPE_KEYS: Array<[string, string]> = [
  ['__proto__', '{"polluted":true}'],
  ['constructor', '{"prototype":{"polluted":true}}'],
  ['prototype', '{"polluted":true}'],
]

/** Keys Payload or its login machinery keeps: a request may not set them to junk (or at all, for the login ones). */
const SYSTEM_VALUES: Array<[string, unknown]> = [
  ['id', 'not-an-id'],
  ['id', -5],
  ['createdAt', 'yesterday'],
  ['updatedAt', { $gt: '' }],
  ['createdAt', 20261201],
]
const AUTH_OWNED_VALUES: Array<[string, unknown]> = [
  ['sessions', [{ id: 'forged-session', createdAt: '2026-01-01T00:00:00.000Z', expiresAt: '2099-01-01T00:00:00.000Z' }]],
  ['loginAttempts', 0],
  ['lockUntil', null],
  ['hash', 'deadbeef'],
  ['resetPasswordToken', 'chosen-token'],
]

/** Adds unknown keys to a body object. */
function withExtraFields(random: Random, body: Record<string, unknown>) {
  return toJson({ ...body, ...Object.fromEntries(Array.from({ length: random.int(1, 3) }, () => random.pick(EXTRA_FIELDS))) })
}

/** A prototype key spliced into the JSON text (as a JS value, `__proto__` would not survive). */
function withPrototypeKey(random: Random, body: Record<string, unknown>) {
  const [key, value] = random.pick(PROTOTYPE_KEYS)
  const text = toJson(body)
  return { key, text: text === '{}' ? `{"${key}":${value}}` : `{"${key}":${value},${text.slice(1)}` }
}

// ---------------------------------------------------------------- generator

const MALFORMED_JSON = ['{"title": "x",', '{title: "x"}', "{'title':'x'}", '{"a":1}}', '{"a":1', '[', '{"a":"\\u12"}', '{"a":"unterminated}', 'undefined', 'NaN', '{"a":01}', '\u0000', '{"a":1}garbage', '\ufeff{"a":']
const NON_OBJECT_JSON = ['null', '42', '"a string"', '[]', '[{"title":"x"}]', 'true', '""']
const BAD_LOCALES = ['xx', 'KO', 'ko-KR', 'en_US', '<script>', '%00', 'all', '*', '', 'ko,en', '../ko']
const BAD_STATUSES = ['archived', 'PUBLISHED', 'publish', '', 42, true, ['published'], { equals: 'published' }, null]
const BAD_IDS = ['999999', 'abc', '-1', '1.5', '0x1', '1%20OR%201%3D1', '%00', '%EF%BC%91', '1e3', 'null', '99999999999999999999']

export interface GeneratorOptions {
  seed: number
  count: number
  /** share of requests sent with no login */
  anonymousShare?: number
}

/** Yields `count` malformed requests, spread round-robin over every write endpoint. */
export function* malformedRequests(world: FuzzWorld, { seed, count, anonymousShare = 0.12 }: GeneratorOptions): Generator<FuzzRequest> {
  const random = seededRandom(seed)
  const endpoints = writeEndpoints(describeEntities(world.config))
  const maxHugeBytes = world.maxHugeBytes ?? 5 * 1024 * 1024
  for (let i = 0; i < count; i += 1) {
    const endpoint = endpoints[i % endpoints.length]
    const anonymous = random.chance(anonymousShare)
    const request = isAuthTarget(endpoint.target) ? authRequest(endpoint, world, random, maxHugeBytes) : writeRequest(endpoint, world, random, maxHugeBytes)
    yield { ...request, anonymous }
  }
}

const isAuthTarget = (target: Endpoint['target']) => ['login', 'forgot-password', 'reset-password', 'unlock', 'first-register'].includes(target)

function urlFor(endpoint: Endpoint, world: FuzzWorld, query: string, id?: string) {
  const { slug } = endpoint.entity
  const join = (path: string) => (query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path)
  switch (endpoint.target) {
    case 'global':
      return join(`/api/globals/${slug}`)
    case 'create':
      return join(`/api/${slug}`)
    case 'updateByID':
      return join(`/api/${slug}/${id ?? String(world.stored[slug]?.id ?? 1)}`)
    case 'updateBulk':
      return join(`/api/${slug}?where[id][in][0]=${encodeURIComponent(String(world.stored[slug]?.id ?? 1))}`)
    default:
      return join(`/api/${slug}/${endpoint.target}`)
  }
}

/** The body a request would send if nothing were broken: a valid new document, or the stored one. */
function validBase(endpoint: Endpoint, world: FuzzWorld) {
  const { slug } = endpoint.entity
  if (endpoint.target === 'global') return { data: clone(world.globals[slug] ?? {}), file: undefined }
  if (endpoint.target === 'create') return world.validNew(slug)
  return { data: clone(world.stored[slug]?.data ?? {}), file: undefined }
}

type Built = Omit<FuzzRequest, 'anonymous'>

function jsonRequest(endpoint: Endpoint, url: string, kind: string, body: string, expect: Expectation, contentType = 'application/json'): Built {
  return { endpoint: endpoint.name, kind, method: endpoint.method, url, headers: { 'content-type': contentType }, body, expect }
}

function writeRequest(endpoint: Endpoint, world: FuzzWorld, random: Random, maxHugeBytes: number): Built {
  const { entity } = endpoint
  const base = validBase(endpoint, world)
  const creating = endpoint.target === 'create'
  const roll = random.next()

  const fieldsToo = !entity.bookkeeping && entity.slots.length > 0
  if (roll < 0.6 && fieldsToo) return fieldRequest(endpoint, world, random, maxHugeBytes, base)
  const fallback = () => (fieldsToo ? fieldRequest(endpoint, world, random, maxHugeBytes, base) : jsonRequest(endpoint, urlFor(endpoint, world, ''), 'malformedJson', random.pick(MALFORMED_JSON), {}))

  const level = random.pick(['malformedJson', 'nonObjectBody', 'wrongContentType', 'emptyBody', 'deepBody', 'invalidLocale', 'invalidLocale', 'invalidStatus', 'badDocumentId', 'brokenMultipart', 'brokenMultipart', 'systemField', 'prototypeKey'] as const)
  const url = urlFor(endpoint, world, '')
  switch (level) {
    case 'prototypeKey': {
      const { key, text } = withPrototypeKey(random, base.data)
      return bodyOf(endpoint, url, `prototypeKey:${key}`, base.data, creating ? base.file : undefined, { path: key, labels: [key] }, text)
    }
    case 'systemField': {
      if (!fieldsToo) return fallback()
      const [key, value] = random.pick(entity.auth && random.chance(0.5) ? AUTH_OWNED_VALUES : SYSTEM_VALUES)
      return bodyOf(endpoint, url, `systemField:${key}`, { ...base.data, [key]: value }, creating ? base.file : undefined, { path: key, labels: [key] })
    }
    case 'malformedJson':
      return jsonRequest(endpoint, url, level, random.pick(MALFORMED_JSON), {})
    case 'nonObjectBody':
      return jsonRequest(endpoint, url, level, random.pick(NON_OBJECT_JSON), {})
    case 'emptyBody':
      // `{}` is a fine create where nothing is required (a rebuild request); an update of nothing is not.
      return jsonRequest(endpoint, url, level, random.pick(creating ? ['', '  ', '\n'] : ['', '{}', '  ']), {})
    case 'deepBody':
      return jsonRequest(endpoint, url, level, deepJsonText(random.int(2000, 20000), random.chance(0.5) ? 'array' : 'object'), {})
    case 'wrongContentType': {
      const type = random.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/xml', '', 'application/json; charset=utf-16', 'APPLICATION/JSON', 'application/jsonx', 'application/json ; charset=utf-8', 'multipart/mixed; boundary=x'])
      const request = jsonRequest(endpoint, url, `${level}:${type || 'none'}`, toJson(base.data), {}, type)
      if (!type) request.headers = {}
      return request
    }
    case 'invalidLocale': {
      const locale = random.pick(BAD_LOCALES)
      const param = random.chance(0.2) ? `fallback-locale=${encodeURIComponent(locale)}&locale=${encodeURIComponent(locale)}` : `locale=${encodeURIComponent(locale)}`
      return bodyOf(endpoint, urlFor(endpoint, world, param), `invalidLocale:${locale}`, base.data, base.file, { path: 'locale', labels: ['locale'] })
    }
    case 'invalidStatus': {
      if (!entity.drafts) return fallback()
      const status = random.pick(BAD_STATUSES)
      return bodyOf(endpoint, url, 'invalidStatus', { ...base.data, _status: status }, base.file, { path: '_status', labels: ['_status', 'Status', '상태'] })
    }
    case 'badDocumentId': {
      if (endpoint.target !== 'updateByID') return fallback()
      const id = random.pick(BAD_IDS)
      return bodyOf(endpoint, urlFor(endpoint, world, '', id), `badDocumentId:${id}`, base.data, undefined, {})
    }
    case 'brokenMultipart': {
      const broken = brokenMultipart(random, base.data, base.file, entity.upload && (creating || random.chance(0.5)))
      return { endpoint: endpoint.name, kind: broken.kind, method: endpoint.method, url, headers: { 'content-type': broken.contentType }, body: broken.body, expect: broken.expect }
    }
  }
}

/** Sends a body as JSON, or as multipart with its file when creating an upload. */
function bodyOf(endpoint: Endpoint, url: string, kind: string, data: Record<string, unknown>, file: { name: string; data: Uint8Array; mimetype: string } | undefined, expect: Expectation, text?: string): Built {
  if (file) {
    const body = multipart([{ name: '_payload', data: text ?? toJson(data) }, { name: 'file', filename: file.name, type: file.mimetype, data: file.data }], BOUNDARY)
    return { endpoint: endpoint.name, kind, method: endpoint.method, url, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, body, expect }
  }
  return jsonRequest(endpoint, url, kind, text ?? toJson(data), expect)
}

/** One field broken, the rest of the body valid: the refusal must name that field. */
function fieldRequest(endpoint: Endpoint, world: FuzzWorld, random: Random, maxHugeBytes: number, base: ReturnType<typeof validBase>): Built {
  const creating = endpoint.target === 'create' || endpoint.target === 'first-register'
  // Fields staff cannot type in (readOnly) are filled in by the system on create; breaking them there proves nothing.
  const slots = endpoint.entity.slots.filter((slot) => !(creating && slot.field.readOnly))
  const slot = random.pick(slots.length ? slots : endpoint.entity.slots)
  const kind = random.pick(kindsFor(slot.field, { creating }))
  const value = malformedValue(kind, slot.field, random, { maxHugeBytes })
  const data = clone(base.data)
  setIn(data, slot.path, value, { nullWhenMissing: !creating })
  // A PATCH carries the broken top-level field only; a create carries the whole valid document around it.
  const body = creating ? data : { [slot.path[0]]: (data as any)[slot.path[0]] ?? null }
  // Required localized fields are required in Korean only (cms/fields/requiredInKoreanOnly.ts).
  const needsDefault = slot.field.localized && (kind === 'missingRequired' || kind === 'emptyString')
  // Drafts skip Payload's validation, so only what is wrong in shape (not a missing or dangling value) must be refused there.
  const shapeOnly = !['missingRequired', 'emptyString', 'badRelationship'].includes(kind)
  const query = needsDefault ? '' : random.pick(['', '', 'locale=ko', 'locale=en', 'depth=0', 'draft=false', ...(shapeOnly && endpoint.entity.drafts ? ['draft=true', 'draft=true&autosave=true'] : [])])
  const url = urlFor(endpoint, world, query)
  const text = random.chance(0.15) ? withExtraFields(random, body) : toJson(body)
  return bodyOf(endpoint, url, kind, body, creating ? base.file : undefined, { path: dotted(slot.path), labels: slot.labels }, text)
}

// ---------------------------------------------------------------- auth endpoints

function authRequest(endpoint: Endpoint, world: FuzzWorld, random: Random, maxHugeBytes: number): Built {
  const url = urlFor(endpoint, world, '')
  if (endpoint.target === 'first-register') return fieldRequest(endpoint, world, random, maxHugeBytes, { data: world.validNew(endpoint.entity.slug).data, file: undefined })
  if (random.chance(0.2)) {
    const level = random.pick(['malformedJson', 'nonObjectBody', 'deepBody', 'brokenMultipart'] as const)
    if (level === 'malformedJson') return jsonRequest(endpoint, url, level, random.pick(MALFORMED_JSON), {})
    if (level === 'nonObjectBody') return jsonRequest(endpoint, url, level, random.pick(NON_OBJECT_JSON), {})
    if (level === 'deepBody') return jsonRequest(endpoint, url, level, deepJsonText(random.int(2000, 20000), 'array'), {})
    const broken = brokenMultipart(random, { email: world.authEmail }, undefined, false)
    return { endpoint: endpoint.name, kind: broken.kind, method: 'POST', url, headers: { 'content-type': broken.contentType }, body: broken.body, expect: {} }
  }
  // Aimed at an existing account half the time, so a refusal cannot hide behind "no such user".
  const email = random.chance(0.5) ? world.authEmail : 'nobody@test.seocho.kr'
  const plain = { required: true, localized: false, hasMany: false, readOnly: false, filled: false }
  const emailField: DataField = { ...plain, name: 'email', type: 'email', labels: ['email', '이메일'] }
  const passwordField: DataField = { ...plain, name: 'password', type: 'password', labels: ['password', '비밀번호'] }
  const tokenField: DataField = { ...plain, name: 'token', type: 'text', labels: ['token', '토큰'] }
  const bodies: Record<string, { data: Record<string, unknown>; fields: DataField[] }> = {
    login: { data: { email, password: 'a-valid-looking-password' }, fields: [emailField, passwordField] },
    'forgot-password': { data: { email }, fields: [emailField] },
    unlock: { data: { email }, fields: [emailField] },
    'reset-password': { data: { token: random.chance(0.6) ? world.resetToken : 'f'.repeat(40), password: 'a-long-enough-new-password' }, fields: [tokenField, passwordField] },
  }
  const { data, fields } = bodies[endpoint.target]
  const field = random.pick(fields)
  // A short password at login is just a wrong password (it counts as a failed attempt), not a malformed request.
  const kinds = kindsFor(field, { creating: false }).filter((k) => (k !== 'deepJson' || random.chance(0.3)) && !(k === 'weakPassword' && endpoint.target === 'login'))
  const kind = random.pick(kinds)
  const value = malformedValue(kind, field, random, { maxHugeBytes })
  const body = { ...data }
  if (value === MISSING) delete body[field.name]
  else body[field.name] = value
  const text = random.chance(0.15) ? withExtraFields(random, body) : toJson(body)
  return jsonRequest(endpoint, url, `${kind}`, text, { path: field.name, labels: field.labels })
}
