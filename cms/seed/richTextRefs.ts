/**
 * Rich text can point at other documents: an image or attachment placed in
 * the text (upload node), a relationship node, an internal link. Payload keeps
 * those as `{ relationTo, value: <id> }` inside the Lexical JSON; a backup
 * keeps them as `{ relationTo, value: { key } }` (the natural key of that
 * collection), everything else of the JSON untouched, key order included.
 */
type Json = unknown

/** A natural key where the database has an id. */
export interface KeyRef {
  key: string
}

const isObject = (value: Json): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

export const isKeyRef = (value: Json): value is KeyRef => isObject(value) && typeof value.key === 'string' && Object.keys(value).length === 1

/** A copy of `value` with every relation's `value` replaced by `map(relationTo, value)`. */
export function mapRelations(value: Json, map: (relationTo: string, value: unknown) => unknown): Json {
  if (Array.isArray(value)) return value.map((item) => mapRelations(item, map))
  if (!isObject(value)) return value
  const relationTo = typeof value.relationTo === 'string' && 'value' in value ? value.relationTo : undefined
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, relationTo && key === 'value' ? map(relationTo, item) : mapRelations(item, map)]))
}

/** Every relation in `value`: where it points and by what. */
export function relationsIn(value: Json): { relationTo: string; value: unknown }[] {
  const found: { relationTo: string; value: unknown }[] = []
  mapRelations(value, (relationTo, target) => {
    found.push({ relationTo, value: target })
    return target
  })
  return found
}

/** Stands for a relation whose document is not in the database (yet): the node holding it is left out. */
export const MISSING = Symbol('missing')

const holdsMissing = (value: Json): boolean =>
  value === MISSING || (Array.isArray(value) ? value.some(holdsMissing) : isObject(value) ? Object.values(value).some(holdsMissing) : false)

/** `value` without the nodes (array items: a link, an upload, a relationship) that hold a MISSING relation. */
export function dropMissing(value: Json): Json {
  if (Array.isArray(value)) return value.filter((item) => !holdsMissing(item)).map(dropMissing)
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, dropMissing(item)]))
  return value
}
