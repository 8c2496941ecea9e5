/**
 * Fills the database of DATA_DIR with generated content at --scale N and
 * prints one JSON line (`BENCH_RESULT {...}`) with the counts and the time.
 * Run by `npm run bench` as a child process, so the database it opens is
 * closed before the builds that read it start.
 */
import { seed } from '../cms/seed/seed'
import { closeCms, openCms } from '../scripts/lib/cms'
import { logger } from '../scripts/lib/log'
import { contentCounts, generateContent } from './lib/generateContent'

const log = logger('bench:seed')
const scale = Number(process.argv[process.argv.indexOf('--scale') + 1])
const content = generateContent(scale)
log(`scale ${scale}: ${JSON.stringify(contentCounts(content))}`)
const payload = await openCms()
try {
  const started = performance.now()
  let last = started
  const report = await seed(payload, {
    content,
    // One progress line every 5 s at most: a 10x seed has thousands of steps.
    log: (line) => {
      if (performance.now() - last < 5000 && !/(\d+)\/\1$/.test(line)) return
      last = performance.now()
      log(line)
    },
  })
  const seconds = (performance.now() - started) / 1000
  const documents = Object.values(report).reduce((sum, { created }) => sum + created, 0)
  console.log(`BENCH_RESULT ${JSON.stringify({ seconds, documents, counts: contentCounts(content) })}`)
  await closeCms(payload, 0)
} catch (error) {
  console.error(`[bench:seed] failed: ${error instanceof Error ? error.stack : String(error)}`)
  await closeCms(payload, 1)
}
