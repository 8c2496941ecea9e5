import type { AstroIntegration } from 'astro'

import { closeContentSourceIfOpen } from './source'

/** Releases the database after the build so the process can end (the Local API keeps it open). */
export function closeContentSource(): AstroIntegration {
  return {
    name: 'seocho:close-content-source',
    hooks: {
      'astro:build:done': async () => {
        await closeContentSourceIfOpen()
      },
    },
  }
}
