import type { CollectionSlug, FieldHook, TextField } from 'payload'

import { firstFreeSlug, readableSlug } from '../domain/readableSlug'
import { checkSlug } from '../domain/validators'
import { validateWith } from './validate'

/**
 * The automatic slug for a title: romanized and hyphenated. A title with
 * nothing to romanize (only symbols) falls back to `prefix-<time>`.
 */
export function slugFromTitle(title: unknown, prefix: string, now = Date.now()): string {
  const slug = readableSlug(String(title ?? ''))
  return slug.length >= 2 ? slug : `${prefix}-${now.toString(36)}`
}

/** The Korean title when the document has one (a create in English has only the English). */
function titleOf(data: Record<string, unknown> | undefined): unknown {
  const title = data?.title ?? data?.name
  if (title && typeof title === 'object') {
    const byLocale = title as Record<string, unknown>
    return byLocale.ko ?? Object.values(byLocale)[0]
  }
  return title
}

/** Slugs already used in this collection that start like `base` (documents other than this one). */
async function takenLike(req: Parameters<FieldHook>[0]['req'], collection: CollectionSlug, base: string, ownId: unknown) {
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ slug: { like: base } }, ...(ownId === undefined ? [] : [{ id: { not_equals: ownId } }])] },
    select: { slug: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    draft: false,
    req,
  })
  return new Set(docs.map((doc) => String((doc as { slug?: unknown }).slug)))
}

/**
 * Fills an empty slug. A document that has one keeps it whatever happens to
 * its title (the slug is its public address); only a new document, or one
 * whose slug was never set, gets one made from its title, unique in its
 * collection (-2, -3 … when taken).
 */
const fillSlug =
  (prefix: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const kept = (originalDoc as { slug?: unknown } | undefined)?.slug
    if (typeof kept === 'string' && kept !== '') return kept
    const base = slugFromTitle(titleOf(data) ?? titleOf(originalDoc as Record<string, unknown>), prefix)
    if (!collection) return base
    const taken = await takenLike(req, collection.slug as CollectionSlug, base, (originalDoc as { id?: unknown } | undefined)?.id)
    return firstFreeSlug(base, taken)
  }

/** The document's address segment: optional to type, made from the title when left empty, never changed by itself. */
export function slugField(prefix: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: { ko: '주소용 이름 (slug)', en: 'URL name (slug)' },
    unique: true,
    index: true,
    validate: validateWith(checkSlug),
    // A copy gets its own slug from its title (Payload would append " - Copy", which is no slug).
    hooks: { beforeValidate: [fillSlug(prefix)], beforeDuplicate: [() => null] },
    admin: {
      position: 'sidebar',
      description: {
        ko: '비워 두면 제목을 로마자로 옮겨 만듭니다(예: 스마트폰 처음 배우기 → seumateupon-cheoeum-baeugi). 직접 쓸 때는 영문 소문자, 숫자, 하이픈(-)만 씁니다. 한 번 정해지면 제목을 바꿔도 그대로입니다.',
        en: 'Left empty, it is made from the title, romanized (e.g. seumateupon-cheoeum-baeugi). Typed: lower-case letters, digits and hyphens. Once set it stays, whatever the title becomes.',
      },
    },
    ...overrides,
  } as TextField
}
