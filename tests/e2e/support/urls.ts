import os from 'node:os'
import path from 'node:path'

/**
 * Where the browser tests find the product: the servers Playwright starts
 * (see playwright.config.ts), or ones already running when E2E_SITE_URL and
 * E2E_CMS_URL are given.
 */
export const CMS_PORT = Number(process.env.E2E_CMS_PORT || 3301)
export const SITE_PORT = Number(process.env.E2E_SITE_PORT || 4322)
export const CMS_URL = process.env.E2E_CMS_URL || `http://127.0.0.1:${CMS_PORT}`
export const SITE_URL = process.env.E2E_SITE_URL || `http://127.0.0.1:${SITE_PORT}`
export const EXTERNAL_SERVERS = Boolean(process.env.E2E_SITE_URL)
/** The throwaway data folder of the product Playwright starts. */
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR || path.join(os.tmpdir(), 'seocho-e2e')
