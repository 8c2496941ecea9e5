/**
 * Is a write's data even the right shape for the fields it names? Payload
 * validates values, but only on published saves, and some of its own steps
 * crash or quietly store junk (an object in a text column, "NaN" in a number)
 * when the JSON type is wrong. These pure checks run on every REST write,
 * drafts included, and name the field and the reason (a key of
 * cms/i18n/validationMessages.ts). Unknown keys are left to Payload, which
 * ignores them.
 */
import { hasControlCharacters } from './controlCharacters'
import { richTextProblem, type RichTextLink } from './richTextShape'

export interface ShapeProblem {
  /** where, as Payload paths go: `runs.0.capacity` */
  path: string
  /** the field's label, for the message */
  label?: unknown
  reason: string
  params?: Record<string, string | number>
}

/** A link to another document found in the data, for checking that it exists. */
export interface Reference {
  path: string
  label?: unknown
  relationTo: string
  id: string | number
}

export interface ShapeOptions {
  /** 'number' on SQLite, 'text' on MongoDB */
  idType: 'number' | 'text'
  /** Payload's defaultMaxTextLength: the longest text a field takes unless it says otherwise */
  maxTextLength: number
  /** node types the rich-text editor knows, per field (undefined: any) */
  richTextNodes?: (field: AnyField) => Set<string> | undefined
  /** when given, every well-formed link to another document is added here */
  references?: Reference[]
}

// Payload's field configs are a wide union; only the parts read here are typed.
export interface AnyField {
  name?: string
  type: string
  label?: unknown
  hasMany?: boolean
  maxLength?: number
  options?: Array<string | { value: string }>
  relationTo?: string | string[]
  fields?: AnyField[]
  tabs?: Array<{ name?: string; label?: unknown; fields: AnyField[] }>
  blocks?: Array<{ slug: string; fields: AnyField[] }>
}


const EMAIL = /^[^\s@"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i
export const MAX_EMAIL_LENGTH = 254
export const isEmail = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value) && !hasControlCharacters(value)

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/

/** An ISO 8601 date or date-time that names a real calendar day and clock time. */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [, year, month, day, hour = '0', minute = '0', second = '0', , offsetHours = '0', offsetMinutes = '0'] = match
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()
  return (
    Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= daysInMonth &&
    Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 && Number(offsetHours) <= 14 && Number(offsetMinutes) <= 59
  )
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const NUMERIC_TEXT = /^\s*-?\d+(\.\d+)?\s*$/

function isId(value: unknown, idType: ShapeOptions['idType']): boolean {
  if (idType === 'number') {
    if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
    return typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value)
  }
  return typeof value === 'string' && value.length > 0 && value.length <= 64 && !hasControlCharacters(value) && value.trim() === value
}

/** A relationship value: an id, `{ id }` (a populated document), or `{ relationTo, value }` for polymorphic fields. */
function isRelationValue(value: unknown, field: AnyField, idType: ShapeOptions['idType']): boolean {
  if (Array.isArray(field.relationTo)) {
    return isPlainObject(value) && typeof value.relationTo === 'string' && field.relationTo.includes(value.relationTo) && isId(isPlainObject(value.value) ? value.value.id : value.value, idType)
  }
  return isId(isPlainObject(value) ? value.id : value, idType)
}

const optionValues = (field: AnyField) => (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value))

type Check = (value: unknown, field: AnyField, path: string, options: ShapeOptions, out: ShapeProblem[]) => void

const problem = (out: ShapeProblem[], path: string, field: AnyField, reason: string, params?: ShapeProblem['params']) => {
  out.push({ path, label: field.label, reason, params })
}

/** The first reason an item fails `check`: each item of a hasMany value, or the value itself. */
const firstFailure = (value: unknown, field: AnyField, check: (item: unknown) => string | null): string | null => {
  if (!field.hasMany) return check(value)
  if (!Array.isArray(value)) return 'notList'
  for (const item of value) {
    const reason = check(item)
    if (reason) return reason
  }
  return null
}

const textCheck: Check = (value, field, path, options, out) => {
  const max = field.maxLength ?? options.maxTextLength
  const reason = firstFailure(value, field, (item) => {
    if (typeof item !== 'string') return 'notText'
    if (hasControlCharacters(item)) return 'controlCharacters'
    if (item.length > max) return 'textTooLong'
    if (field.type === 'email' && item !== '' && !isEmail(item)) return 'emailFormat'
    return null
  })
  if (reason) problem(out, path, field, reason, { max })
}

const CHECKS: Record<string, Check> = {
  text: textCheck,
  textarea: textCheck,
  email: textCheck,
  code: textCheck,
  password: textCheck,
  number: (value, field, path, _options, out) => {
    const isNumber = (item: unknown) => (typeof item === 'number' && Number.isFinite(item)) || (typeof item === 'string' && NUMERIC_TEXT.test(item) && Number.isFinite(Number(item)))
    const reason = firstFailure(value, field, (item) => (isNumber(item) || (item === '' && !field.hasMany) ? null : 'notNumber'))
    if (reason) problem(out, path, field, reason)
  },
  checkbox: (value, field, path, _options, out) =>
    typeof value === 'boolean' || value === 'true' || value === 'false' ? undefined : problem(out, path, field, 'notBoolean'),
  date: (value, field, path, _options, out) => (value === '' || isIsoDate(value) ? undefined : problem(out, path, field, 'dateFormat')),
  select: (value, field, path, _options, out) => {
    const allowed = optionValues(field)
    const reason = firstFailure(value, field, (item) => ((item === '' && !field.hasMany) || (typeof item === 'string' && allowed.includes(item)) ? null : 'notOption'))
    if (reason) problem(out, path, field, reason, { options: allowed.join(', ') })
  },
  relationship: (value, field, path, options, out) => {
    const reason = firstFailure(value, field, (item) => ((item === '' && !field.hasMany) || isRelationValue(item, field, options.idType) ? null : 'notId'))
    if (reason) return problem(out, path, field, reason)
    for (const item of field.hasMany ? (value as unknown[]) : [value]) {
      if (item === '') continue
      const target = Array.isArray(field.relationTo) ? (item as { relationTo: string }).relationTo : field.relationTo
      const raw = Array.isArray(field.relationTo) ? (item as { value: unknown }).value : item
      const id = isPlainObject(raw) ? raw.id : raw
      if (target) options.references?.push({ path, label: field.label, relationTo: target, id: id as string | number })
    }
  },
  richText: (value, field, path, options, out) => {
    const links: RichTextLink[] = []
    const found = richTextProblem(value, options.richTextNodes?.(field), links)
    if (found) return problem(out, path, field, found.reason, found.params)
    for (const { relationTo, id } of links) {
      if (!isId(id, options.idType)) return problem(out, path, field, 'notId')
      options.references?.push({ path, label: field.label, relationTo, id: id as string | number })
    }
  },
  point: (value, field, path, _options, out) => {
    const ok = Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n)) && Math.abs(value[0]) <= 180 && Math.abs(value[1]) <= 90
    if (!ok) problem(out, path, field, 'notPoint')
  },
  json: () => undefined,
  join: () => undefined,
  ui: () => undefined,
  group: (value, field, path, options, out) => {
    if (!isPlainObject(value)) return problem(out, path, field, 'notGroup')
    collect(field.fields ?? [], value, `${path}.`, options, out)
  },
  array: (value, field, path, options, out) => {
    // Payload's admin sends an array left empty as its row count, 0 (creating a course with no sessions yet).
    if (value === 0) return
    if (!Array.isArray(value)) return problem(out, path, field, 'notList')
    value.forEach((row, index) => {
      if (!isPlainObject(row)) return problem(out, `${path}.${index}`, field, 'notGroup')
      collect(field.fields ?? [], row, `${path}.${index}.`, options, out)
    })
  },
  blocks: (value, field, path, options, out) => {
    if (value === 0) return
    if (!Array.isArray(value)) return problem(out, path, field, 'notList')
    value.forEach((row, index) => {
      const block = isPlainObject(row) ? field.blocks?.find((b) => b.slug === row.blockType) : undefined
      if (!block || !isPlainObject(row)) return problem(out, `${path}.${index}`, field, 'notOption', { options: (field.blocks ?? []).map((b) => b.slug).join(', ') })
      collect(block.fields, row, `${path}.${index}.`, options, out)
    })
  },
}
CHECKS.radio = CHECKS.select
CHECKS.upload = CHECKS.relationship

/** Walks fields the way the data nests: rows, collapsibles and unnamed tabs add no level. */
function collect(fields: AnyField[], data: Record<string, unknown>, prefix: string, options: ShapeOptions, out: ShapeProblem[]) {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs ?? []) {
        if (tab.name) checkField({ type: 'group', name: tab.name, label: tab.label, fields: tab.fields }, data, prefix, options, out)
        else collect(tab.fields, data, prefix, options, out)
      }
    } else if (!field.name && field.fields) {
      collect(field.fields, data, prefix, options, out)
    } else {
      checkField(field, data, prefix, options, out)
    }
  }
}

function checkField(field: AnyField, data: Record<string, unknown>, prefix: string, options: ShapeOptions, out: ShapeProblem[]) {
  if (!field.name || !Object.hasOwn(data, field.name)) return
  const value = data[field.name]
  if (value === null || value === undefined) return
  CHECKS[field.type]?.(value, field, `${prefix}${field.name}`, options, out)
}

/** Every field whose value has the wrong shape; [] when the data fits the fields. */
export function shapeProblems(fields: AnyField[], data: Record<string, unknown>, options: ShapeOptions): ShapeProblem[] {
  const out: ShapeProblem[] = []
  collect(fields, data, '', options, out)
  return out
}

/** The field a JSON path falls in (`runs.0.room.0.0…` → `runs.0.room`), for naming where a structure problem is. */
export function fieldPathOf(fields: AnyField[], segments: string[]): string {
  const flat = (list: AnyField[]): AnyField[] =>
    list.flatMap((f) => (f.type === 'tabs' ? (f.tabs ?? []).flatMap((t) => (t.name ? [{ type: 'group', name: t.name, fields: t.fields }] : flat(t.fields))) : !f.name && f.fields ? flat(f.fields) : [f]))
  const taken: string[] = []
  let current = flat(fields)
  for (let i = 0; i < segments.length; i += 1) {
    const field = current.find((f) => f.name === segments[i])
    taken.push(segments[i])
    if (!field) break
    if ((field.type === 'array' || field.type === 'blocks') && /^\d+$/.test(segments[i + 1] ?? '')) {
      taken.push(segments[(i += 1)])
      const row = field.type === 'blocks' ? undefined : field.fields
      if (!row) break
      current = flat(row)
    } else if (field.type === 'group' && field.fields) {
      current = flat(field.fields)
    } else break
  }
  return taken.join('.')
}
