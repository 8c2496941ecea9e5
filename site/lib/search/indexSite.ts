import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

/**
 * Builds the Pagefind index from the finished pages, through Pagefind's Node
 * API: one index per language (from each page's lang), written to /pagefind/.
 */
export function indexSite(): AstroIntegration {
  return {
    name: 'seocho:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now()
        const site = fileURLToPath(dir)
        const { index, errors } = await pagefind.createIndex({})
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        const added = await index.addDirectory({ path: site })
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') })
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
        await pagefind.close()
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`)
      },
    },
  }
}
