
import { defineConfig } from '@playwright/test'

import { findChromium } from './tests/e2e/support/chromium'
import { CMS_PORT, E2E_DATA_DIR, EXTERNAL_SERVERS, SITE_PORT, SITE_URL } from './tests/e2e/support/urls'

/** The product as `npm start` runs it, on its own ports and a throwaway data folder. */
const dataDir = E2E_DATA_DIR
const isRoot = process.getuid?.() === 0

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  // The outage test stops the CMS: only the one Playwright started itself.
  testIgnore: EXTERNAL_SERVERS ? ['**/zz-outage.e2e.spec.ts'] : [],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Playwright empties its outputDir at start: keep it apart from the reports both runners write.
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: SITE_URL,
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
  webServer: EXTERNAL_SERVERS
    ? undefined
    : {
        command: `rm -rf "${dataDir}" && node node_modules/tsx/dist/cli.mjs scripts/start.ts`,
        url: `${SITE_URL}/`,
        timeout: 600_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        env: {
          DATA_DIR: dataDir,
          CMS_PORT: String(CMS_PORT),
          SITE_PORT: String(SITE_PORT),
          HOST: '127.0.0.1',
          DATABASE_URI: '',
        },
      },
})
