import fs from 'node:fs'

import type { AstroIntegration } from 'astro'

import { buildTimings, mark } from './timings'

/**
 * Marks the build's phases and, when BUILD_TIMINGS_FILE is set (the
 * benchmark sets it), writes them there. Listed last, so its build:done runs
 * after the search index is written.
 */
export function recordBuildTimings(): AstroIntegration {
  return {
    name: 'seocho:build-timings',
    hooks: {
      'astro:config:done': () => mark('configDone'),
      'astro:build:start': () => mark('buildStart'),
      'astro:build:ssr': () => mark('bundled'),
      'astro:build:generated': () => mark('rendered'),
      'astro:build:done': () => {
        mark('done')
        const file = process.env.BUILD_TIMINGS_FILE
        if (file) fs.writeFileSync(file, `${JSON.stringify(buildTimings(), null, 2)}\n`)
      },
    },
  }
}
