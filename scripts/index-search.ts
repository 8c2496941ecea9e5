/**
 * Writes the Pagefind index of a built site folder into an output folder:
 * `tsx scripts/index-search.ts <site> <output>`. The publishing loop runs it
 * after a build has gone live (cms/build/searchIndex.ts).
 */
import { buildSearchIndex } from '../site/lib/search/indexSite'

const [site, output] = process.argv.slice(2)
if (!site || !output) {
  console.error('usage: tsx scripts/index-search.ts <site folder> <output folder>')
  process.exit(2)
}
const started = performance.now()
try {
  const { pages } = await buildSearchIndex(site, output)
  console.log(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
