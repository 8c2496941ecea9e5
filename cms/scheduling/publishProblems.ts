import type { CollectionSlug, Field, PayloadRequest } from 'payload'

/** One field a publish would refuse, named as staff see it in the form. */
export interface PublishProblem {
  /** Payload's path: `runs.0.startTime` */
  path: string
  /** the field's label in the staff member's language, with the rows it sits in */
  label: string
  message: string
}

type AnyData = Record<string, unknown>
type Labelled = { label?: unknown; name?: string }

const labelOf = (field: Labelled, language: string): string => {
  const label = field.label
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, string>
    return byLanguage[language] ?? byLanguage.ko ?? Object.values(byLanguage)[0] ?? field.name ?? ''
  }
  return field.name ?? ''
}

const isObject = (value: unknown): value is AnyData => typeof value === 'object' && value !== null && !Array.isArray(value)

interface Walk {
  req: PayloadRequest
  id: string | number
  collectionSlug: string
  doc: AnyData
  language: string
  out: PublishProblem[]
}

/**
 * Runs every field's own `validate` on `data` as Payload does when it saves a
 * publish (event "submit", the whole document as `data`, the row as
 * `siblingData`), skipping fields whose `admin.condition` hides them, as
 * Payload does. Nothing is written.
 */
async function walk(fields: Field[], data: AnyData, path: string, labels: string[], state: Walk) {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        await walk(tab.fields, named ? (isObject(data[tab.name]) ? (data[tab.name] as AnyData) : {}) : data, named ? `${path}${tab.name}.` : path, labels, state)
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field && Array.isArray(field.fields)) await walk(field.fields, data, path, labels, state)
      continue
    }
    if (field.type === 'ui') continue
    const condition = field.admin?.condition
    if (condition && !condition(state.doc, data, { blockData: undefined as never, operation: 'update', path: [], user: state.req.user } as never)) continue
    const value = data[field.name]
    const here = `${path}${field.name}`
    const label = [...labels, labelOf(field, state.language)].join(' › ')
    if ('validate' in field && typeof field.validate === 'function') {
      const result = await (field.validate as (value: unknown, options: unknown) => unknown)(value, {
        ...field,
        id: state.id,
        collectionSlug: state.collectionSlug,
        data: state.doc,
        event: 'submit',
        operation: 'update',
        path: here.split('.'),
        preferences: { fields: {} },
        previousValue: value,
        req: state.req,
        siblingData: data,
      })
      if (typeof result === 'string') state.out.push({ path: here, label, message: result })
    }
    if (field.type === 'group' && 'fields' in field) await walk(field.fields, isObject(value) ? value : {}, `${here}.`, [...labels, labelOf(field, state.language)], state)
    if (field.type === 'array' && Array.isArray(value)) {
      for (const [index, row] of value.entries()) {
        if (isObject(row)) await walk(field.fields, row, `${here}.${index}.`, [...labels, `${labelOf(field, state.language)} ${index + 1}`], state)
      }
    }
    if (field.type === 'blocks' && Array.isArray(value)) {
      for (const [index, row] of value.entries()) {
        const block = isObject(row) ? field.blocks.find((b) => b.slug === row.blockType) : undefined
        if (block && isObject(row)) await walk(block.fields, row, `${here}.${index}.`, [...labels, `${labelOf(field, state.language)} ${index + 1}`], state)
      }
    }
  }
}

/**
 * What would stop the newest draft of a document from being published now,
 * checked with the collection's own field rules (in Korean, the language the
 * site is kept in). Used when staff schedule a publish, so that a document
 * that cannot be published is refused then, not at the appointed hour when
 * nobody is watching.
 */
export async function publishProblems(req: PayloadRequest, collectionSlug: CollectionSlug, id: string | number): Promise<PublishProblem[]> {
  const collection = req.payload.collections[collectionSlug]
  const doc = (await req.payload.findByID({ collection: collectionSlug, id, draft: true, depth: 0, locale: 'ko', overrideAccess: true, req })) as unknown as AnyData
  const out: PublishProblem[] = []
  // The draft checks (cms/fields/draftChecks.ts) relax "required" on draft saves: this is a publish.
  const context = req.context as { draftSaves?: Record<string, boolean> }
  const before = context.draftSaves?.[collectionSlug]
  context.draftSaves = { ...context.draftSaves, [collectionSlug]: false }
  try {
    await walk(collection.config.fields, doc, '', [], { req, id, collectionSlug, doc, language: req.i18n?.language ?? 'ko', out })
  } finally {
    if (before === undefined) delete context.draftSaves[collectionSlug]
    else context.draftSaves[collectionSlug] = before
  }
  return out
}
