import os from 'node:os'
import path from 'node:path'

import { defineConfig } from '@playwright/test'

import { findChromium } from './tests/e2e/support/chromium'

/** The product as `npm start` runs it, on its own ports and a throwaway data folder. */
export const E2E = {
  cmsPort: Number(process.env.E2E_CMS_PORT || 3301),
  dataDir: process.env.E2E_DATA_DIR || path.join(os.tmpdir(), 'seocho-e2e'),
}
const cmsUrl = `http://127.0.0.1:${E2E.cmsPort}`
const isRoot = process.getuid?.() === 0

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: cmsUrl,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    extraHTTPHeaders: { 'accept-language': 'ko-KR,ko;q=0.9' },
    launchOptions: {
      executablePath: findChromium(),
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `rm -rf "${E2E.dataDir}" && node node_modules/tsx/dist/cli.mjs scripts/start.ts`,
    url: `${cmsUrl}/api/users/me`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { DATA_DIR: E2E.dataDir, CMS_PORT: String(E2E.cmsPort), HOST: '127.0.0.1', DATABASE_URI: '' },
  },
})
