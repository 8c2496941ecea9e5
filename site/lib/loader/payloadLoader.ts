/**
 * The Astro content-layer loader: reads every published document in Korean
 * and English through the content source, fills English gaps from Korean,
 * normalizes, validates, and stores one entry per locale (`ko/slug`).
 */
import type { Loader } from 'astro/loaders'

import { mark } from '../build/timings'
import { withFallback } from './fallback'
import { normalizers, titleFieldOf } from './normalize'
import { type CollectionName, type Entry, schemas } from './schemas'
import { type CmsDoc, contentSource, type Locale } from './source'

const LOCALES: Locale[] = ['ko', 'en']

/** A document that does not fit its schema, named precisely enough to find and fix in the admin. */
export class InvalidDocumentError extends Error {
  constructor(collection: string, doc: CmsDoc, locale: Locale, issues: { path: PropertyKey[]; message: string }[]) {
    const where = `${collection} #${doc.id}${doc.slug ? ` (${doc.slug})` : ''} [${locale}]`
    const lines = issues.map((issue) => `  ${issue.path.map(String).join('.') || '(document)'}: ${issue.message}`)
    super(`${where} does not fit the site's schema:\n${lines.join('\n')}`)
    this.name = 'InvalidDocumentError'
  }
}

/** Normalizes and checks one document read in one locale (with its Korean reading for fallback). */
export function toEntry<C extends CollectionName>(collection: C, locale: Locale, doc: CmsDoc, korean: CmsDoc): Entry<C> {
  const merged = locale === 'ko' ? doc : withFallback(doc, korean)
  const titleField = titleFieldOf(collection)
  const translated = locale === 'ko' || (doc[titleField] !== null && doc[titleField] !== undefined && doc[titleField] !== '')
  const data: Record<string, unknown> = { cmsId: String(doc.id), locale, translated, ...normalizers[collection](merged) }
  if (collection === 'media' || collection === 'documents') data.source = contentSource().fileLocation(collection, doc as CmsDoc & { filename: string })
  const parsed = schemas[collection].safeParse(data)
  if (!parsed.success) throw new InvalidDocumentError(collection, doc, locale, parsed.error.issues)
  return parsed.data as Entry<C>
}

async function readAll(collection: CollectionName): Promise<Record<Locale, CmsDoc[]>> {
  const source = contentSource()
  if (collection === 'settings') {
    const read = async (locale: Locale) => {
      const [settings, navigation, closures] = await Promise.all([
        source.global('site-settings', locale),
        source.global('navigation', locale),
        source.global('closures', locale),
      ])
      return [{ ...settings, id: 'site', navigation: navigation.items ?? [], closures: closures?.closures ?? [] } as CmsDoc]
    }
    return { ko: await read('ko'), en: await read('en') }
  }
  const [ko, en] = await Promise.all(LOCALES.map((locale) => source.list(collection, locale)))
  return { ko, en }
}

export function payloadLoader(collection: CollectionName): Loader {
  return {
    name: `payload-${collection}`,
    load: async ({ store, logger }) => {
      const started = performance.now()
      mark('contentStart', { first: true })
      const docs = await readAll(collection)
      const korean = new Map(docs.ko.map((doc) => [String(doc.id), doc]))
      store.clear()
      for (const locale of LOCALES) {
        for (const doc of docs[locale]) {
          const data = toEntry(collection, locale, doc, korean.get(String(doc.id)) ?? doc)
          store.set({ id: `${locale}/${data.cmsId}`, data })
        }
      }
      mark('contentDone')
      logger.info(`${docs.ko.length} ${collection} in ${Math.round(performance.now() - started)} ms`)
    },
  }
}
