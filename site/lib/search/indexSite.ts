import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

import { mark } from '../build/timings'
import { DICTIONARY_FILE, dictionaryOf } from './dictionary'
import { enrichForIndex } from './enrichHtml'

const INDEXING_CONCURRENCY = 8
const KOREAN_PAGE = /<html\b[^>]*\blang="ko"/

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory() && entry.name !== 'pagefind') yield* htmlFiles(full)
    else if (entry.isFile() && entry.name.endsWith('.html')) yield full
  }
}

/**
 * Builds the Pagefind index from the finished pages through Pagefind's Node
 * API: one index per language (from each page's lang), written to /pagefind/.
 * Only pages marked data-pagefind-body are indexed, each with Korean search
 * terms added (see enrichHtml.ts); the Korean title words are written beside
 * the index as the dictionary of forgiving input (see dictionary.ts).
 */
export async function buildSearchIndex(site: string, outputPath = path.join(site, 'pagefind')): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  const files: string[] = []
  for await (const file of htmlFiles(site)) files.push(file)
  let pages = 0
  let next = 0
  const koreanTitles: string[] = []
  // Several pages in flight at once: Pagefind parses them in its own process while Node reads the next.
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]
      const html = await fs.readFile(file, 'utf8')
      const enriched = enrichForIndex(html)
      if (enriched === null) continue
      if (KOREAN_PAGE.test(html)) koreanTitles.push(enriched.title)
      const added = await index.addHTMLFile({ sourcePath: path.relative(site, file), content: enriched.html })
      if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`)
      pages += 1
    }
  }
  await Promise.all(Array.from({ length: INDEXING_CONCURRENCY }, worker))
  const written = await index.writeFiles({ outputPath })
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  await fs.writeFile(path.join(outputPath, DICTIONARY_FILE), JSON.stringify(dictionaryOf(koreanTitles)))
  await pagefind.close()
  return { pages }
}

export function indexSite(): AstroIntegration {
  return {
    name: 'seocho:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The publishing loop puts a new build live first and indexes it right after (cms/build/searchIndex.ts).
        if (process.env.SEARCH_INDEX === 'later') return logger.info('search index: written after the build goes live')
        const started = performance.now()
        mark('indexStart')
        const { pages } = await buildSearchIndex(fileURLToPath(dir))
        mark('indexDone')
        logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`)
      },
    },
  }
}
