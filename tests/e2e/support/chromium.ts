/**
 * Which Chromium the browser tests drive: CHROME_PATH, then Debian's
 * /usr/bin/chromium, then Playwright's own download. None: stop and say how
 * to install one (Playwright's download is blocked on these machines).
 */
import fs from 'node:fs'

import { chromium } from '@playwright/test'

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.CHROME_PATH, '/usr/bin/chromium', safePlaywrightPath()].filter(Boolean) as string[]
  const found = candidates.find((candidate) => fs.existsSync(candidate))
  if (found) return found
  throw new Error(
    [
      'No Chromium for the browser tests. Install one:',
      '  sudo apt-get install -y chromium fonts-noto-cjk      (Debian/Ubuntu; then it is found at /usr/bin/chromium)',
      '  or npx playwright install chromium',
      '  or set CHROME_PATH=/path/to/chrome',
      `Looked in: ${candidates.join(', ')}`,
    ].join('\n'),
  )
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath()
  } catch {
    return undefined
  }
}
