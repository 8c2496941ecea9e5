/** Builds the public site (astro build: pages, images, search index) into a folder. */
import path from 'node:path'

import { projectRoot } from '../../cms/paths'
import { binOf, runToEnd } from './processes'

export const defaultSiteOutDir = () => path.resolve(projectRoot, process.env.SITE_OUT_DIR || 'dist')

export async function buildSite(outDir = defaultSiteOutDir(), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runToEnd('site build', [binOf('astro', 'bin/astro.mjs'), 'build'], {
    ...env,
    NODE_ENV: 'production',
    SITE_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  })
}
