/**
 * The server log: an error the request caused (a wrong password, a refusal,
 * bad input) is one line; a server fault keeps its stack.
 */
import { Writable } from 'node:stream'

import { APIError, AuthenticationError, Forbidden, ValidationError } from 'payload'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { payloadLoggerOptions } from '../../cms/logging'

function capture() {
  const lines: Array<{ level: number; msg?: string; err?: { stack?: string } }> = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  return { logger: pino({ ...payloadLoggerOptions }, sink), lines }
}

describe('payload logger', () => {
  it.each([
    ['a wrong password', () => new AuthenticationError(), 401, 40],
    ['a refusal', () => new Forbidden(), 403, 30],
    ['a lockout', () => Object.assign(new APIError('locked', 423), {}), 423, 40],
    ['invalid input', () => new ValidationError({ errors: [{ path: 'title', message: '꼭 입력해야 합니다.' }] }), 400, 30],
  ])('%s is one line without a stack', (_case, make, status, level) => {
    const { logger, lines } = capture()
    logger.error({ err: make() })
    expect(lines).toHaveLength(1)
    expect(lines[0].level).toBe(level)
    expect(lines[0].msg).toMatch(new RegExp(`^${status} `))
    expect(lines[0].err).toBeUndefined()
  })

  it('a server fault keeps its stack', () => {
    const { logger, lines } = capture()
    logger.error({ err: new Error('database is locked') })
    expect(lines).toHaveLength(1)
    expect(lines[0].level).toBe(50)
    expect(lines[0].err?.stack).toContain('database is locked')
  })

  it('a scheduled publish that failed is one line with its reason, not the whole job', () => {
    const { logger, lines } = capture()
    const job = { id: 7, taskSlug: 'schedulePublish', input: { doc: { relationTo: 'notices', value: '3' } }, log: [{ state: 'failed' }] }
    logger.error({ err: new Error('게시하지 못했습니다. 고칠 곳: 본문: 값을 입력하세요.'), job, msg: 'Error running task 1. Attempt 0 - max retries reached' })
    expect(lines).toHaveLength(1)
    expect(lines[0].level).toBe(40)
    expect(lines[0].msg).toBe('Error running task 1. Attempt 0 - max retries reached (job 7, schedulePublish): 게시하지 못했습니다. 고칠 곳: 본문: 값을 입력하세요.')
    expect(JSON.stringify(lines[0])).not.toContain('relationTo')
  })
})
