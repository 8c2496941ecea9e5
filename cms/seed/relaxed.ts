/**
 * A draft is saved without validation (Payload checks required fields and
 * formats only on publish), so a backup must accept a draft as the CMS kept
 * it: every field may be missing, text in any form. `relaxed(schema)` is that
 * schema with every key optional, no minimum lengths and no format checks,
 * keeping the shape (objects stay strict, so a misspelt key is still caught),
 * the option lists, the types, and the few checks the CMS makes on drafts too.
 */
import { z } from 'zod'

/** Schemas that choose between two shapes by looking at the value (see `either`). */
const alternatives = new WeakMap<z.ZodType, [z.ZodType, z.ZodType]>()

/**
 * One of two shapes, chosen by `isFirst(value)`, so a mistake is reported
 * against the shape the entry meant (a union would list both shapes' errors).
 */
export function either<A extends z.ZodType, B extends z.ZodType>(isFirst: (value: unknown) => boolean, first: A, second: B) {
  const schema = z.unknown().transform((value, ctx): z.output<A> | z.output<B> => {
    const result = (isFirst(value) ? first : second).safeParse(value)
    if (result.success) return result.data as z.output<A> | z.output<B>
    for (const issue of result.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0])
    return z.NEVER
  })
  alternatives.set(schema, [first, second])
  return schema
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Checks the CMS applies to drafts too (links: cms/hooks/refuseBadLinkInDraft.ts), kept by `relaxed`. */
const draftChecks = new WeakSet<z.ZodType>()

export function checkedInDrafts<T extends z.ZodType>(schema: T): T {
  draftChecks.add(schema)
  return schema
}

export function relaxed(schema: z.ZodType): z.ZodType {
  if (draftChecks.has(schema)) return schema
  const pair = alternatives.get(schema)
  if (pair) return z.union([relaxed(pair[0]), relaxed(pair[1])])
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return relaxed(schema.unwrap() as z.ZodType)
  }
  if (schema instanceof z.ZodObject) {
    const strict = schema._zod.def.catchall instanceof z.ZodNever
    // A loose object (Lexical rich text) is data, not a form: kept as it is.
    if (!strict && schema._zod.def.catchall) return schema
    const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, relaxed(field as z.ZodType).nullish()]))
    return z.strictObject(shape)
  }
  if (schema instanceof z.ZodArray) return z.array(relaxed(schema.element as z.ZodType))
  if (schema instanceof z.ZodTuple) return z.array(z.unknown())
  if (schema instanceof z.ZodUnion) return z.union((schema.options as z.ZodType[]).map(relaxed))
  if (schema instanceof z.ZodString) return z.string()
  if (schema instanceof z.ZodNumber) return z.number()
  if (schema instanceof z.ZodPipe) return z.unknown()
  return schema
}

export const isDraftEntry = (value: unknown) => isObject(value) && value.status === 'draft'
