/**
 * Logins over the REST handler (the one Next.js mounts at /api): the cookie
 * is HttpOnly and SameSite=Strict, and Secure when the CMS's public address
 * is https; CORS and the CSRF check trust the admin's and the site's origins
 * only, so a login cookie sent from another site authenticates nobody.
 */
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootCms, type TestCms } from './support/boot'
import { createStaff, validData } from './support/fixtures'

const SITE = 'https://www.seocho-it.example'
const FOREIGN = 'https://evil.example'

const setups = [
  {
    name: 'on this machine over http (npm start)',
    publicUrl: '',
    cmsOrigin: 'http://127.0.0.1:3000',
    trusted: ['http://localhost:3000', 'http://127.0.0.1:3000', SITE],
    secure: false,
  },
  {
    name: 'behind https (CMS_PUBLIC_URL=https://…)',
    publicUrl: 'https://cms.seocho-it.example',
    cmsOrigin: 'https://cms.seocho-it.example',
    trusted: ['https://cms.seocho-it.example', SITE],
    secure: true,
  },
]

describe.each(setups)('the CMS $name', ({ publicUrl, cmsOrigin, trusted, secure }) => {
  let cms: TestCms
  let editorCookie: string
  let fieldId: number | string

  async function api(path: string, init: RequestInit & { json?: unknown } = {}) {
    const headers = new Headers(init.headers)
    if (init.json !== undefined) headers.set('content-type', 'application/json')
    const request = new Request(`${cmsOrigin}/api${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body })
    return handleEndpoints({ config: cms.config, request, payloadInstanceCacheKey: cms.key })
  }

  beforeAll(async () => {
    vi.stubEnv('CMS_PUBLIC_URL', publicUrl)
    vi.stubEnv('SITE_URL', SITE)
    vi.stubEnv('CMS_PORT', '3000')
    vi.stubEnv('HOST', '127.0.0.1')
    // The config reads these settings when it is loaded: load it afresh for each setup.
    vi.resetModules()
    cms = await bootCms()
    await createStaff(cms.payload)
    fieldId = (await cms.payload.create({ collection: 'fields', data: { name: 'AI', slug: 'ai', _status: 'published' }, overrideAccess: true })).id
    const login = await api('/users/login', { method: 'POST', json: { email: 'editor.staff@test.seocho.kr', password: 'editor-Passw0rd!' }, headers: { origin: cmsOrigin } })
    expect(login.status).toBe(200)
    editorCookie = login.headers.get('set-cookie')!.split(';')[0]
  })
  afterAll(async () => {
    await cms?.close()
    vi.unstubAllEnvs()
  })

  it(`sets the login cookie HttpOnly and SameSite=Strict, ${secure ? 'and Secure' : 'not Secure (a browser would drop it on http)'}`, async () => {
    const login = await api('/users/login', { method: 'POST', json: { email: 'admin.staff@test.seocho.kr', password: 'admin-Passw0rd!' } })
    const cookie = login.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=[^;]+;/)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Strict/i)
    expect(cookie).toMatch(/;\s*Path=\//)
    if (secure) expect(cookie).toMatch(/;\s*Secure/i)
    else expect(cookie).not.toMatch(/;\s*Secure/i)
  })

  it('trusts exactly the admin and the public site, never *', () => {
    expect(cms.config.cors).toEqual(trusted)
    expect(new Set(cms.config.csrf)).toEqual(new Set(trusted))
  })

  it.each([
    ['the public site', SITE, SITE],
    ['the admin', cmsOrigin, cmsOrigin],
    ['an unknown site', FOREIGN, null],
  ])('answers a request from %s with Access-Control-Allow-Origin %s', async (_name, origin, allowed) => {
    for (const method of ['GET', 'OPTIONS']) {
      const response = await api('/courses?limit=1', { method, headers: { origin } })
      expect(response.headers.get('access-control-allow-origin'), method).toBe(allowed)
    }
  })

  it('a cookie-authenticated write from an unknown site is not authenticated, and stores nothing', async () => {
    const before = (await cms.payload.count({ collection: 'courses', overrideAccess: true })).totalDocs
    const { data } = await validData('courses', { fieldId })
    const forged = await api('/courses', { method: 'POST', json: data, headers: { cookie: editorCookie, origin: FOREIGN } })
    expect(forged.status).toBe(403)
    const noOrigin = await api('/courses', { method: 'POST', json: data, headers: { cookie: editorCookie, 'sec-fetch-site': 'cross-site' } })
    expect(noOrigin.status).toBe(403)
    expect((await cms.payload.count({ collection: 'courses', overrideAccess: true })).totalDocs).toBe(before)
    const me = await (await api('/users/me', { headers: { cookie: editorCookie, origin: FOREIGN } })).json()
    expect(me.user).toBeNull()
  })

  it('the same cookie from the admin itself works', async () => {
    const { data } = await validData('courses', { fieldId })
    const created = await api('/courses', { method: 'POST', json: data, headers: { cookie: editorCookie, origin: cmsOrigin } })
    expect(created.status).toBe(201)
    const me = await (await api('/users/me', { headers: { cookie: editorCookie, 'sec-fetch-site': 'same-origin' } })).json()
    expect(me.user?.email).toBe('editor.staff@test.seocho.kr')
  })

  it('answers no GraphQL: its mutations would be a second way past the REST write checks', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const request = new Request(`${cmsOrigin}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: editorCookie, origin: cmsOrigin },
      body: JSON.stringify({ query: 'mutation { createField(data: { name: "x", slug: "graphql-x" }) { id } }' }),
    })
    expect((await GRAPHQL_POST(Promise.resolve(cms.config))(request)).status).toBe(404)
    expect((await cms.payload.find({ collection: 'fields', where: { slug: { equals: 'graphql-x' } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
