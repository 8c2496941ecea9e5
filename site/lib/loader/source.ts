/**
 * Where the site reads published content from: Payload's Local API in this
 * process (the default; no server needed at build time) or a remote CMS over
 * REST when CMS_URL is set. Both answer the same three questions.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { mediaDir } from '../../../cms/paths'

export type Locale = 'ko' | 'en'
export type CmsDoc = Record<string, any> & { id: number | string }

export interface ContentSource {
  /** Every published document of a collection as stored in one locale (no fallback), relations as ids. */
  list(collection: string, locale: Locale): Promise<CmsDoc[]>
  /** A global's published values in one locale (no fallback). */
  global(slug: string, locale: Locale): Promise<Record<string, any>>
  /** Where an uploaded file's bytes are: an absolute path on this machine, or an https/http URL. */
  fileLocation(collection: 'media' | 'documents', doc: { filename: string; url?: string }): string
  close(): Promise<void>
}

class LocalApiSource implements ContentSource {
  private payloadPromise = (async () => {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../../payload.config')
    return getPayload({ config })
  })()

  async list(collection: string, locale: Locale) {
    const payload = await this.payloadPromise
    // overrideAccess: false with no user reads exactly what the public may see: published documents.
    const { docs } = await payload.find({
      collection: collection as never,
      locale,
      fallbackLocale: false,
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    const preview = previewTarget()
    if (preview?.collection !== collection) return docs as CmsDoc[]
    // A preview build (never served to the public) shows this one document as its latest draft.
    const draft = (await payload.findByID({
      collection: collection as never,
      id: preview.id,
      draft: true,
      locale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
    })) as CmsDoc
    return [...(docs as CmsDoc[]).filter((doc) => String(doc.id) !== String(draft.id)), draft]
  }

  async global(slug: string, locale: Locale) {
    const payload = await this.payloadPromise
    return payload.findGlobal({ slug: slug as never, locale, fallbackLocale: false, depth: 0, overrideAccess: false })
  }

  fileLocation(collection: 'media' | 'documents', doc: { filename: string }) {
    return path.join(mediaDir(collection), path.basename(doc.filename))
  }

  async close() {
    const payload = await this.payloadPromise
    await payload.destroy()
  }
}

/** PREVIEW_DRAFT=collection:id asks a build to render that document's latest draft (preview builds only). */
export function previewTarget(): { collection: string; id: string } | null {
  const value = process.env.PREVIEW_DRAFT
  if (!value) return null
  const [collection, id] = value.split(':')
  return collection && id ? { collection, id } : null
}

class RestSource implements ContentSource {
  constructor(private readonly base: string) {}

  private async get(pathname: string) {
    const response = await fetch(new URL(pathname, this.base))
    if (!response.ok) throw new Error(`CMS_URL ${this.base}: GET ${pathname} answered ${response.status}`)
    return response.json()
  }

  async list(collection: string, locale: Locale) {
    const body = await this.get(`/api/${collection}?locale=${locale}&fallback-locale=none&depth=0&pagination=false`)
    return body.docs as CmsDoc[]
  }

  global(slug: string, locale: Locale) {
    return this.get(`/api/globals/${slug}?locale=${locale}&fallback-locale=none&depth=0`)
  }

  fileLocation(_collection: 'media' | 'documents', doc: { url?: string; filename: string }) {
    return new URL(doc.url ?? `/api/${_collection}/file/${doc.filename}`, this.base).href
  }

  async close() {}
}

// Astro loads the config and the content layer as separate module graphs: the
// one source of the process lives on globalThis so both see the same instance.
const holder = globalThis as { __seochoContentSource?: ContentSource }

/** One source per build process, chosen by CMS_URL. */
export function contentSource(): ContentSource {
  holder.__seochoContentSource ??= process.env.CMS_URL ? new RestSource(process.env.CMS_URL) : new LocalApiSource()
  return holder.__seochoContentSource
}

/** Ends the source if this process opened one. */
export async function closeContentSourceIfOpen(): Promise<void> {
  const source = holder.__seochoContentSource
  holder.__seochoContentSource = undefined
  await source?.close()
}

/** The bytes at a location given by fileLocation; used while pages render, after the loaders are done. */
export async function readFileAt(location: string): Promise<Buffer> {
  if (/^https?:\/\//.test(location)) {
    const response = await fetch(location)
    if (!response.ok) throw new Error(`${location} answered ${response.status}`)
    return Buffer.from(await response.arrayBuffer())
  }
  return fs.readFile(location)
}
