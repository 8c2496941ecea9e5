/**
 * Rich text may point at a document written later in the load order (a
 * notice linking to a page, an instructor's bio to a course): such a link is
 * saved empty at first. Once every entry is written, this pass compares each
 * entry that links to documents with what is stored and fills the links in:
 * in the document itself and in its newer draft. It reads what is stored, so
 * it also mends an import that stopped before reaching it.
 */
import type { CollectionSlug, Payload } from 'payload'

import type { Build } from './entryData'
import type { Id, LocalizedDoc } from './ensure'
import { pickLocale } from './localize'
import { relationsIn } from './richTextRefs'

export interface Linked {
  collection: CollectionSlug
  entry: { slug: string; status?: 'published' | 'draft'; draft?: unknown }
  doc: (entry: never, build: Build) => LocalizedDoc
}

const context = { seeding: true }
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
const isRich = (value: unknown) => typeof value === 'object' && value !== null && Object.values(value).some((text) => typeof text === 'object' && text !== null && 'root' in text)

/** The rich-text fields of a built document that link to a drafted document (uploads always exist already). */
const linkingFields = (doc: LocalizedDoc) =>
  Object.keys(doc).filter((field) => isRich(doc[field]) && relationsIn(doc[field]).some(({ relationTo }) => relationTo !== 'media' && relationTo !== 'documents'))

/** Stored `{ ko, en }` values, only the languages the entry has. */
const storedTexts = (stored: Record<string, any>, field: string, wanted: object) =>
  Object.fromEntries(Object.keys(wanted).map((locale) => [locale, stored[field]?.[locale] ?? null]))

export async function relink(payload: Payload, items: Linked[], build: Build, asDraft: Build, saveDraft: (collection: CollectionSlug, id: Id, draft: LocalizedDoc) => Promise<void>) {
  let mended = 0
  for (const { collection, entry, doc } of items) {
    const main = doc(entry as never, entry.status === 'draft' ? asDraft : build)
    const draft = entry.draft ? doc(entry.draft as never, asDraft) : undefined
    const fields = [...new Set([...linkingFields(main), ...(draft ? linkingFields(draft) : [])])]
    if (!fields.length) continue
    const id = build.refs[collection]?.get(entry.slug)
    if (id === undefined) continue
    const read = (asLatest: boolean) => payload.findByID({ collection, id, locale: 'all', depth: 0, draft: asLatest, overrideAccess: true }) as Promise<Record<string, any>>
    const [stored, latest] = [await read(false), await read(true)]
    const mainStale = entry.status !== 'draft' && fields.some((field) => main[field] && !same(main[field], storedTexts(stored, field, main[field] as object)))
    const newest = draft ?? main
    const latestStale = fields.some((field) => newest[field] && !same(newest[field], storedTexts(latest, field, newest[field] as object)))
    if (!mainStale && !latestStale) continue
    if (entry.status !== 'draft') {
      if (mainStale || (!draft && latestStale)) {
        for (const locale of ['ko', 'en'] as const) {
          const data = Object.fromEntries(fields.map((field) => [field, pickLocale(main[field], locale)]).filter(([, value]) => value !== undefined))
          if (Object.keys(data).length) await payload.update({ collection, id, data: data as never, locale, overrideAccess: true, context })
        }
      }
      // Publishing made a newer version: the newer draft goes back on top.
      if (draft) await saveDraft(collection, id, draft)
    } else {
      // A document not published is its newest draft (what the admin shows and a publish would publish).
      await saveDraft(collection, id, main)
    }
    mended += 1
  }
  return mended
}
