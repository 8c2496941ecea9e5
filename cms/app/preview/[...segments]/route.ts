/**
 * /preview/<collection>/<id>?locale=ko  — staff only: builds (once per draft
 * version) and opens the draft as the site will show it.
 * /preview/site/<key>/<path>           — the files of that private build.
 */
import fs from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { PREVIEWABLE, type Previewable, previewFile, previewState, sitePathOf } from '../../../build/preview'
import { previewText } from '../../../i18n/previewMessages'

export const dynamic = 'force-dynamic'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
}

const page = (language: string, title: string, body: string, refresh = false) =>
  new Response(
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="robots" content="noindex">${refresh ? '<meta http-equiv="refresh" content="2">' : ''}<title>${title}</title></head><body style="font:1.125rem/1.6 sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1>${body}</body></html>`,
    { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex' } },
  )

// Relative, so the browser stays on the host it asked (and keeps its login cookie): behind a proxy or
// on 127.0.0.1, the server's own idea of its URL may name another host.
const redirect = (location: string) => new Response(null, { status: 302, headers: { location, 'cache-control': 'no-store' } })

export async function GET(request: Request, { params }: { params: Promise<{ segments: string[] }> }) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  const url = new URL(request.url)
  if (!user) return redirect(`/admin/login?redirect=${encodeURIComponent(url.pathname + url.search)}`)
  const [first, second, ...rest] = (await params).segments

  if (first === 'site' && second) {
    const file = previewFile(second, rest.join('/') + (url.pathname.endsWith('/') ? '/' : ''))
    if (!file) return new Response('Not found', { status: 404 })
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
    let body: Buffer | string = fs.readFileSync(file)
    // Root-relative links of the built site stay inside this preview.
    if (type.startsWith('text/html') || type.startsWith('text/css')) {
      body = body.toString('utf8').replace(/(href|src|srcset)="\//g, `$1="/preview/site/${second}/`).replace(/url\(\//g, `url(/preview/site/${second}/`)
    }
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'content-type': type, 'cache-control': 'no-store', 'x-robots-tag': 'noindex' } })
  }

  if (!PREVIEWABLE.includes(first as Previewable) || !second) return new Response('Not found', { status: 404 })
  const collection = first as Previewable
  const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'ko'
  const doc = (await payload.findByID({ collection, id: second, draft: true, depth: 0, overrideAccess: false, user })) as {
    slug?: string
    number?: number
    updatedAt: string
  }
  const status = previewState(collection, second, doc.updatedAt)
  if (status.state === 'ready') {
    return redirect(`/preview/site/${status.key}${sitePathOf(collection, doc, locale)}`)
  }
  const language = request.headers.get('accept-language')?.startsWith('en') ? 'en' : 'ko'
  const text = previewText(language)
  if (status.state === 'failed') {
    return page(language, text.failed, `<p>${text.failedBody}</p><pre style="white-space:pre-wrap">${status.error.replace(/</g, '&lt;')}</pre>`)
  }
  return page(language, text.building, `<p>${text.buildingBody}</p>`, true)
}
