/**
 * Deterministic malformed values for the fields of a collection or global,
 * derived from the field configs themselves (so a new or changed field is
 * fuzzed without touching this file). Each mutation says which field it broke,
 * so a test can check that the refusal names that field.
 * Requests are put together in malformedRequests.ts.
 */
import { en } from '@payloadcms/translations/languages/en'
import { ko } from '@payloadcms/translations/languages/ko'
import type { Field } from 'payload'

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  const chance = (p: number) => next() < p
  return { next, int, pick, chance }
}
export type Random = ReturnType<typeof seededRandom>

/** A field as a REST body sees it: rows, collapsibles and unnamed tabs are flattened away. */
export interface DataField {
  name: string
  type: string
  required: boolean
  localized: boolean
  hasMany: boolean
  readOnly: boolean
  /** filled in by the system when left empty (a default value or a beforeValidate hook) */
  filled: boolean
  /** labels to look for in a refusal's message */
  labels: string[]
  options?: string[]
  relationTo?: string | string[]
  /** sub-fields of a group, array or named tab */
  fields?: DataField[]
}

// Stamped by Payload itself, or stored by the upload and auth machinery: not staff input.
export const SYSTEM_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', '_status'])
export const AUTH_OWNED_FIELDS = new Set(['sessions', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', '_verified', '_verificationToken'])
const UPLOAD_FIELDS = new Set(['url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'sizes', 'prefix'])

// Payload's own fields (email, …) label themselves with a function of its translations.
const translators = [ko, en].map((language) => {
  const t = (key: string) => key.split(':').reduce<any>((node, part) => node?.[part], language.translations) ?? key
  return { t, i18n: { language: language.dateFNSKey, t } }
})

const labelsOf = (field: Record<string, any>): string[] => {
  const label = field.label
  const texts =
    typeof label === 'string' ? [label]
    : typeof label === 'function' ? translators.map((args) => { try { return label(args) } catch { return undefined } })
    : label && typeof label === 'object' ? Object.values(label)
    : []
  return [field.name, ...texts.filter((text): text is string => typeof text === 'string')]
}

/** Walks payload field configs into the data shape a REST body has. */
export function dataFields(fields: Field[], { upload = false } = {}): DataField[] {
  const out: DataField[] = []
  for (const raw of fields as Array<Record<string, any>>) {
    if (raw.type === 'row' || raw.type === 'collapsible' || (raw.type === 'group' && !raw.name)) {
      out.push(...dataFields(raw.fields, { upload }))
      continue
    }
    if (raw.type === 'tabs') {
      for (const tab of raw.tabs) {
        if (tab.name) out.push(describeField({ ...tab, type: 'group' }))
        else out.push(...dataFields(tab.fields, { upload }))
      }
      continue
    }
    if (!raw.name || raw.type === 'ui' || raw.type === 'join' || raw.hidden || raw.virtual) continue
    if (SYSTEM_FIELDS.has(raw.name) || AUTH_OWNED_FIELDS.has(raw.name) || (upload && UPLOAD_FIELDS.has(raw.name))) continue
    out.push(describeField(raw))
  }
  return out
}

function describeField(raw: Record<string, any>): DataField {
  return {
    name: raw.name,
    type: raw.type,
    required: Boolean(raw.required),
    localized: Boolean(raw.localized),
    hasMany: Boolean(raw.hasMany),
    readOnly: Boolean(raw.admin?.readOnly),
    filled: raw.defaultValue !== undefined || Boolean(raw.hooks?.beforeValidate?.length),
    labels: labelsOf(raw),
    options: Array.isArray(raw.options) ? raw.options.map((o: any) => (typeof o === 'string' ? o : o.value)) : undefined,
    relationTo: raw.relationTo,
    fields: raw.fields ? dataFields(raw.fields) : undefined,
  }
}

/** One place a value can go: `runs.0.capacity` is path ['runs', 0, 'capacity']. */
export interface FieldSlot {
  path: (string | number)[]
  field: DataField
  /** labels of the field and every field containing it */
  labels: string[]
}

/** Every field and sub-field a request can carry (array sub-fields in row 0). */
export function fieldSlots(fields: DataField[], prefix: (string | number)[] = [], outer: string[] = []): FieldSlot[] {
  return fields.flatMap((field) => {
    const path = [...prefix, field.name]
    const labels = [...field.labels, ...outer]
    const self: FieldSlot = { path, field, labels }
    if (!field.fields) return [self]
    const inner = field.type === 'array' || field.type === 'blocks' ? [...path, 0] : path
    return [self, ...fieldSlots(field.fields, inner, labels)]
  })
}

export const dotted = (path: (string | number)[]) => path.join('.')

const CONTROL_SAMPLES = ['\u0000', '\u0007', '\u001b[2J', '\u0008', '\u007f', '\ud800', '\udfff', 'a\ud83dz', '\u0000\u0000\u0000']

/** A string of `bytes` UTF-8 bytes, mixing Korean and ASCII so no one fast path handles it all. */
export function hugeString(random: Random, bytes: number) {
  const unit = random.pick(['가나다라마바사 ', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'https://x.example/', '/courses/'])
  const unitBytes = Buffer.byteLength(unit)
  return unit.repeat(Math.ceil(bytes / unitBytes))
}

/** Arrays or objects nested `depth` levels: built as text, since building them as values recurses too. */
export function deepJsonText(depth: number, shape: 'array' | 'object') {
  return shape === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
}

/** A marker the request builder replaces with raw JSON text (deep nesting never exists as a JS value here). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a value that may hold RawJson markers (deep nesting, 1e999, __proto__). */
export function toJson(value: unknown): string {
  const raws: string[] = []
  const text = JSON.stringify(value, (_key, v) => {
    if (v instanceof RawJson) {
      raws.push(v.text)
      return `\u0000RAW${raws.length - 1}\u0000`
    }
    return v
  })
  return text.replace(/"\\u0000RAW(\d+)\\u0000"/g, (_m, i) => raws[Number(i)])
}

export type ValueKind =
  | 'wrongType'
  | 'missingRequired'
  | 'emptyString'
  | 'hugeString'
  | 'controlCharacters'
  | 'invalidDate'
  | 'deepJson'
  | 'invalidRichText'
  | 'badRelationship'
  | 'outsideOptions'
  | 'weakPassword'

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'password'])

/** The kinds of breakage that make sense for this field. */
export function kindsFor(field: DataField, { creating }: { creating: boolean }): ValueKind[] {
  const kinds: ValueKind[] = ['wrongType', 'deepJson']
  // Left empty on create, a field with a default or a fill-in hook (the slug) is filled in, not refused.
  const mustBeGiven = field.required && !(creating && field.filled)
  if (mustBeGiven) kinds.push('missingRequired')
  if (mustBeGiven && field.type !== 'array') kinds.push('emptyString')
  if (TEXT_TYPES.has(field.type)) kinds.push('hugeString', 'controlCharacters')
  if (field.type === 'date') kinds.push('invalidDate', 'invalidDate')
  if (field.type === 'richText') kinds.push('invalidRichText', 'invalidRichText', 'hugeString')
  if (field.type === 'relationship' || field.type === 'upload') kinds.push('badRelationship', 'badRelationship')
  if ((field.type === 'select' || field.type === 'radio') && field.options) kinds.push('outsideOptions', 'outsideOptions')
  if (field.type === 'password') kinds.push('weakPassword', 'weakPassword')
  return kinds
}

export const MISSING = Symbol('missing')

/** Values whose JSON type is wrong for the field. */
function wrongTypeValue(field: DataField, random: Random): unknown {
  const anything = [12345, -1.5, true, false, { nested: 'object' }, ['a', 'b'], { $ne: null }, new RawJson('{"__proto__":{"polluted":true}}')]
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return random.pick([12345, true, false, 0, { ko: 'x' }, ['a'], { $gt: '' }])
    case 'number':
      return random.pick(['not a number', 'NaN', '12abc', true, { value: 1 }, [1, 2], new RawJson('1e999'), new RawJson('-1e999')])
    case 'checkbox':
      return random.pick(['yes', 2, -1, { checked: true }, [true], 'on'])
    case 'date':
      return random.pick([true, { date: '2026-12-01' }, ['2026-12-01'], 1e20])
    case 'select':
    case 'radio':
      return field.hasMany ? random.pick([field.options?.[0] ?? 'x', 42, { value: field.options?.[0] }, [42], [{ a: 1 }]]) : random.pick([42, true, [field.options?.[0]], { value: field.options?.[0] }])
    case 'relationship':
    case 'upload':
      return field.hasMany ? random.pick(['1', 42.5, { id: 1 }, [true], [{ a: 1 }], [[1]]]) : random.pick([true, { id: 'x' }, [1], 1.5, -3, 'NaN', { relationTo: 'nowhere', value: 1 }])
    case 'array':
    case 'blocks':
      return random.pick(['rows', 42, true, { 0: { a: 1 } }, [1, 2, 3], ['row'], [null], [[]]])
    case 'group':
      return random.pick(['group', 42, true, [1, 2], [{}]])
    case 'richText':
      return random.pick(['<p>plain html</p>', 42, true, [], ['root']])
    case 'point':
      return random.pick(['37.5,127.0', [127], ['a', 'b'], [1, 2, 3], { lat: 1, lng: 2 }, [200, 100]])
    case 'json':
      return new RawJson(deepJsonText(random.int(3000, 8000), 'array'))
    default:
      return random.pick(anything)
  }
}

const INVALID_DATES = ['2026-13-45', 'yesterday', '2026-02-30', '2026-12-01T25:61:00Z', '0000-00-00', '12/01/2026', '2026년 12월 1일', '1', '20261201', 'Infinity', '2026-12-01T09:00:00+99:99']

/** A lexical tree that is not one: broken root, unknown nodes, wrong child types. */
function invalidRichText(random: Random): unknown {
  const text = (t: unknown) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' })
  const paragraph = (children: unknown) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children })
  const root = (children: unknown, extra: Record<string, unknown> = {}) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children, ...extra } })
  return random.pick([
    {},
    { root: null },
    { root: 'root' },
    { root: { children: [] } },
    root('not an array'),
    root([null]),
    root([42]),
    root([{ type: 'no-such-node', version: 1, children: [] }]),
    root([paragraph('children as text')]),
    root([paragraph([text(12345)])]),
    root([paragraph([text({ nested: true })])]),
    root([paragraph([{ type: 'upload', version: 3, relationTo: 'media', value: 999999, fields: null }])]),
    root([paragraph([{ type: 'link', version: 3, fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [text('x')] }])]),
    root([paragraph([{ type: 'relationship', version: 2, relationTo: 'nowhere', value: { id: 1 } }])]),
    root([], { type: 'paragraph' }),
    { root: root([]) },
  ])
}

/** A malformed value for one field; `MISSING` means leave the key out (or null it on a PATCH). */
export function malformedValue(kind: ValueKind, field: DataField, random: Random, { maxHugeBytes }: { maxHugeBytes: number }): unknown {
  switch (kind) {
    case 'wrongType':
      return wrongTypeValue(field, random)
    case 'missingRequired':
      return MISSING
    case 'emptyString':
      return random.pick(['', '', ' ', '\n'].filter((v) => TEXT_TYPES.has(field.type) ? v === '' : true))
    case 'hugeString': {
      const text = hugeString(random, random.int(1024 * 1024, maxHugeBytes))
      if (field.type !== 'richText') return text
      return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }] } }
    }
    case 'controlCharacters': {
      const bad = random.pick(CONTROL_SAMPLES)
      const base = random.pick(['제목', 'title', 'a@b.kr', 'https://www.seocho.go.kr/'])
      const at = random.int(0, base.length)
      return base.slice(0, at) + bad + base.slice(at)
    }
    case 'invalidDate':
      return random.chance(0.15) ? random.pick([20261345, -1, 1e15]) : random.pick(INVALID_DATES)
    case 'deepJson':
      return new RawJson(deepJsonText(random.int(2000, 10000), random.chance(0.5) ? 'array' : 'object'))
    case 'invalidRichText':
      return invalidRichText(random)
    case 'badRelationship':
      return field.hasMany ? random.pick([[999999], [1, 999999], ['abc'], [-1], [0]]) : random.pick([999999, 2147483648, 'abc', '1 OR 1=1', -1, 0, '999999'])
    case 'weakPassword':
      // Well-formed but against the staff password policy (12 characters at least).
      return random.pick(['short1!', 'abc', 'Passw0rd!', '가나다라마바사'])
    case 'outsideOptions': {
      const outside = random.pick(['nope', 'ADMIN', 'Published', ' draft', `${field.options?.[0] ?? ''} `, '<script>', '%00'])
      return field.hasMany ? [field.options?.[0], outside] : outside
    }
  }
}
