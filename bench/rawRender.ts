/**
 * The baseline the build is compared with: the same published documents,
 * read through the Local API as the site's loader reads them (both locales,
 * English falling back to Korean), written as HTML files by one plain
 * template function, plus list pages of 20. No framework, no bundler, no
 * search index. Prints `BENCH_RESULT {...}`; run by `npm run bench` as a child.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { closeCms, openCms } from '../scripts/lib/cms'

const COLLECTIONS = ['courses', 'fields', 'instructors', 'notices', 'board-posts', 'zones', 'pages'] as const
const LOCALES = ['ko', 'en'] as const
const PER_LIST_PAGE = 20
const outDir = process.argv[process.argv.indexOf('--out') + 1]

const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

type Doc = Record<string, unknown> & { id: number | string }

function page(locale: string, title: string, main: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title><link rel="stylesheet" href="/site.css"></head><body><main>${main}</main></body></html>`
}

function documentPage(locale: string, doc: Doc): string {
  const title = String(doc.title ?? doc.name ?? doc.slug ?? doc.id)
  const texts = Object.entries(doc)
    .filter(([, value]) => typeof value === 'string' && value.length > 0)
    .map(([key, value]) => `<p data-field="${escape(key)}">${escape(value)}</p>`)
  const rich = Object.values(doc)
    .filter((value): value is object => Boolean(value && typeof value === 'object' && 'root' in value))
    .map((value) => convertLexicalToHTML({ data: value as never }))
  return page(locale, title, `<h1>${escape(title)}</h1>${texts.join('')}${rich.join('')}`)
}

const started = performance.now()
const payload = await openCms()
let pages = 0
const write = async (file: string, html: string) => {
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, html)
  pages += 1
}
try {
  for (const collection of COLLECTIONS) {
    const read = (locale: string) =>
      payload.find({ collection, locale: locale as never, fallbackLocale: false, depth: 0, pagination: false, overrideAccess: false })
    const korean = new Map((await read('ko')).docs.map((doc) => [String(doc.id), doc as unknown as Doc]))
    for (const locale of LOCALES) {
      const docs = locale === 'ko' ? [...korean.values()] : (await read(locale)).docs.map((doc) => doc as unknown as Doc)
      for (const doc of docs) {
        const merged = { ...korean.get(String(doc.id)), ...Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== null && v !== undefined && v !== '')) } as Doc
        await write(path.join(outDir, locale, collection, String(merged.slug ?? merged.number ?? merged.id), 'index.html'), documentPage(locale, merged))
      }
      for (let first = 0; first < docs.length; first += PER_LIST_PAGE) {
        const items = docs.slice(first, first + PER_LIST_PAGE).map((doc) => `<li>${escape(doc.title ?? doc.name ?? doc.id)}</li>`)
        await write(path.join(outDir, locale, collection, 'page', String(first / PER_LIST_PAGE + 1), 'index.html'), page(locale, collection, `<ul>${items.join('')}</ul>`))
      }
    }
  }
  console.log(`BENCH_RESULT ${JSON.stringify({ seconds: (performance.now() - started) / 1000, pages })}`)
  await closeCms(payload, 0)
} catch (error) {
  console.error(`[bench:raw] failed: ${error instanceof Error ? error.stack : String(error)}`)
  await closeCms(payload, 1)
}
