/** npm run build: the static site into dist/ (SITE_OUT_DIR), read from the CMS database or CMS_URL. */
import { ensureSecretFile } from '../cms/secret'
import { logger, seconds } from './lib/log'
import { buildSite, defaultSiteOutDir } from './lib/siteBuild'

const log = logger('build')
const started = performance.now()
ensureSecretFile()
try {
  await buildSite()
  log(`site built into ${defaultSiteOutDir()} in ${seconds(started)}`)
} catch (error) {
  console.error(`[build] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
