/**
 * The search-quality part runs on the demo content (content/), whose titles
 * the query set names (see searchQueries.ts): a throwaway database seeded
 * with it, one site build, served while Chromium types the queries.
 */
import fs from 'node:fs'
import path from 'node:path'

import { runAstroBuild } from '../../cms/build/runAstroBuild'
import { startStaticServer } from '../../site/server/staticServer'
import { runNode, tsxCli } from './children'
import { type SearchQuality, searchQuality } from './searchQuality'

export async function demoSearchQuality({ dataDir, env, port }: { dataDir: string; env: NodeJS.ProcessEnv; port: number }): Promise<SearchQuality> {
  const demoEnv = { ...env, DATA_DIR: dataDir, IMAGE_CACHE_DIR: path.join(dataDir, 'image-cache'), SITE_URL: `http://127.0.0.1:${port}` }
  fs.mkdirSync(dataDir, { recursive: true })
  const seeded = await runNode([tsxCli, 'scripts/seed.ts'], demoEnv, () => false).done
  if (seeded.code !== 0) throw new Error(`seeding the demo content failed:\n${seeded.output.slice(-3000)}`)
  const site = path.join(dataDir, 'site')
  const built = await runAstroBuild(site, { env: demoEnv as Record<string, string> })
  if (!built.ok) throw new Error(`building the demo site failed:\n${built.output.slice(-3000)}`)
  const server = await startStaticServer({ root: () => site, port, host: '127.0.0.1' })
  try {
    return await searchQuality(`http://127.0.0.1:${port}`, { progress: (line) => console.log(`  [search quality] ${line}`) })
  } finally {
    server.close()
  }
}
