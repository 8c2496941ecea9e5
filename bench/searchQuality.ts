/**
 * node node_modules/tsx/dist/cli.mjs bench/searchQuality.ts --site http://127.0.0.1:4321 [--only REGEX]
 *
 * The search-quality part of the benchmark alone, against a site that is
 * already served (the demo content, as `npm start` serves it): recall@5,
 * recall@20, MRR and keystroke → results, printed as JSON.
 */
import { searchQuality } from './lib/searchQuality'

const at = process.argv.indexOf('--site')
const site = at >= 0 ? process.argv[at + 1] : undefined
if (!site) {
  console.error('[bench:search] --site URL is required (a served build of the demo content, e.g. http://127.0.0.1:4321)')
  process.exit(2)
}
const only = process.argv.indexOf('--only')
console.log(JSON.stringify(await searchQuality(site.replace(/\/$/, ''), {
    only: only >= 0 ? new RegExp(process.argv[only + 1]) : undefined,
    progress: (line) => console.error(`[search quality] ${line}`),
  }), null, 2))
