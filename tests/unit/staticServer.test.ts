import fs from 'node:fs'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { startStaticServer } from '../../site/server/staticServer'

let root: string
let server: http.Server
let base: string

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'static-headers-'))
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>서초구 IT교육센터</title>')
  fs.writeFileSync(path.join(root, '404.html'), '<!doctype html><title>없는 페이지</title>')
  server = await startStaticServer({ root: () => root, port: 0, host: '127.0.0.1' })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  fs.rmSync(root, { recursive: true, force: true })
})
afterEach(() => vi.unstubAllEnvs())

describe('the static server', () => {
  it.each(['/', '/no-such-page/'])('sends the headers a <meta> policy cannot on %s', async (page) => {
    const { headers } = await fetch(`${base}${page}`)
    expect(Object.fromEntries(headers)).toMatchObject({
      'content-security-policy': "frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    })
  })

  it.each([
    ['http://127.0.0.1:4321', null],
    ['https://it.seocho.example', 'max-age=31536000; includeSubDomains'],
  ])('with SITE_URL=%s sends Strict-Transport-Security %j', async (siteUrl, hsts) => {
    vi.stubEnv('SITE_URL', siteUrl)
    const { headers } = await fetch(`${base}/`)
    expect(headers.get('strict-transport-security')).toBe(hsts)
  })
})
