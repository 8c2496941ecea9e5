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
  fs.mkdirSync(path.join(root, '_astro'))
  fs.writeFileSync(path.join(root, '_astro', 'Base.DHO_dtXN.css'), 'body{margin:0}')
  fs.writeFileSync(path.join(root, 'favicon.ico'), Buffer.from([0, 0, 1, 0, 0, 0]))
  fs.writeFileSync(path.join(root, 'big.html'), `<!doctype html><title>x</title>${'<p>서초구 IT교육센터</p>'.repeat(400)}`)
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

  it('sends /favicon.ico as an icon (browsers ask for it by that name)', async () => {
    const response = await fetch(`${base}/favicon.ico`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/x-icon')
  })

  it.each([
    ['http://127.0.0.1:4321', null],
    ['https://it.seocho.example', 'max-age=31536000; includeSubDomains'],
  ])('with SITE_URL=%s sends Strict-Transport-Security %j', async (siteUrl, hsts) => {
    vi.stubEnv('SITE_URL', siteUrl)
    const { headers } = await fetch(`${base}/`)
    expect(headers.get('strict-transport-security')).toBe(hsts)
  })

  it('serves a search index rewritten in the live folder after it went live, whole and current', async () => {
    const index = path.join(root, 'pagefind')
    fs.mkdirSync(index, { recursive: true })
    fs.writeFileSync(path.join(index, 'pagefind-entry.json'), '{"version":"old"}')
    expect(await (await fetch(`${base}/pagefind/pagefind-entry.json`)).text()).toBe('{"version":"old"}')
    // As cms/build/searchIndex.ts does: the entry changes size, and a new chunk appears.
    fs.writeFileSync(path.join(index, 'pagefind-entry.json'), '{"version":"new, longer than before"}')
    fs.writeFileSync(path.join(index, 'chunk-new.pf_index'), 'chunk')
    expect(await (await fetch(`${base}/pagefind/pagefind-entry.json`)).text()).toBe('{"version":"new, longer than before"}')
    expect((await fetch(`${base}/pagefind/chunk-new.pf_index`)).status).toBe(200)
  })

  it('sends pages, styles and scripts compressed to browsers that accept it', async () => {
    const response = await fetch(`${base}/big.html`, { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
  })

  it('lets browsers keep content-named bundles for a year, and revalidate pages', async () => {
    expect((await fetch(`${base}/_astro/Base.DHO_dtXN.css`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const page = await fetch(`${base}/`)
    expect(page.headers.get('cache-control')).toBeNull()
    expect(page.headers.get('etag')).toBeTruthy()
  })
})
