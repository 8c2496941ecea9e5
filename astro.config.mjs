// The public site: static pages built from the CMS content (site/), served from dist/.
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'astro/config'

import { recordBuildTimings } from './site/lib/build/timingsIntegration.ts'
import { closeContentSource } from './site/lib/loader/closeSource.ts'
import { indexSite } from './site/lib/search/indexSite.ts'
import { displayPrefsScript } from './site/scripts/displayPrefs.mjs'

// Pages are bundled into the output folder, where cms/paths.ts can no longer find the project from
// its own file: name the project root once here, so caches (images) persist between builds.
process.env.PROJECT_ROOT ||= fileURLToPath(new URL('.', import.meta.url))

const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  srcDir: './site',
  publicDir: './public',
  outDir: process.env.SITE_OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  prefetch: false,
  // A Content-Security-Policy on every page: scripts only from this site or hashed by the build
  // (Astro hashes the scripts it bundles; the one inline head script is hashed here), and
  // WebAssembly for the search index.
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(displayPrefsScript)] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  devToolbar: { enabled: false },
  integrations: [
    react(),
    sitemap({
      i18n: { defaultLocale: 'ko', locales: { ko: 'ko-KR', en: 'en-US' } },
      filter: (page) => !page.includes('/search/'),
    }),
    closeContentSource(),
    indexSite(),
    recordBuildTimings(),
  ],
})
