/**
 * Runs Payload's job queue (scheduled publish and unpublish) from the
 * `npm start` process every few seconds. A published document changes like any
 * other, so its rebuild follows through the usual hooks.
 */
import type { Payload } from 'payload'

export function runJobsEvery(payload: Payload, everyMs = 10_000, log: (line: string) => void = () => {}): () => void {
  let busy = false
  const timer = setInterval(async () => {
    if (busy) return
    busy = true
    try {
      await payload.jobs.run({ allQueues: true, limit: 20 })
    } catch (error) {
      log(`scheduled jobs: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      busy = false
    }
  }, everyMs)
  return () => clearInterval(timer)
}
