/**
 * A rebuild just after midnight in Seoul, every day, so labels that depend on
 * the date ("registration open", "deadline passed") are right in the HTML
 * itself, not only after the browser re-checks them.
 */
import type { Payload } from 'payload'

import { addDays, seoulDay, seoulInstant } from '../domain/seoulDate'
import { requestBuild } from './buildQueue'

/** Milliseconds from `now` to the next 00:05 in Asia/Seoul. */
export function msUntilNextDailyBuild(now = new Date()): number {
  const today = seoulDay(now)
  let next = seoulInstant(today, '00:05')
  if (next.getTime() <= now.getTime()) next = seoulInstant(addDays(today, 1), '00:05')
  return next.getTime() - now.getTime()
}

export function scheduleDailyRebuild(payload: Payload, log: (line: string) => void = () => {}): () => void {
  let timer: NodeJS.Timeout
  const plan = () => {
    timer = setTimeout(async () => {
      try {
        await requestBuild(payload, { trigger: 'daily', reason: 'daily rebuild (00:05 Asia/Seoul)' })
        log('daily rebuild queued')
      } catch (error) {
        log(`daily rebuild could not be queued: ${error instanceof Error ? error.message : String(error)}`)
      }
      plan()
    }, msUntilNextDailyBuild())
  }
  plan()
  return () => clearTimeout(timer)
}
