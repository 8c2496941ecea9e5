import { describe, expect, it } from 'vitest'

import { cmsOrigins, cmsServedOverHttps, siteOrigins, trustedOrigins } from '../../cms/publicUrls'

describe('the origins logins, CORS and CSRF trust', () => {
  it.each([
    [{}, ['http://localhost:3000', 'http://127.0.0.1:3000']],
    [{ CMS_PORT: '3301', HOST: '127.0.0.1' }, ['http://localhost:3301', 'http://127.0.0.1:3301']],
    [{ HOST: '0.0.0.0' }, ['http://localhost:3000', 'http://127.0.0.1:3000']],
    [{ HOST: '10.0.0.5', CMS_PORT: '8080' }, ['http://10.0.0.5:8080']],
    [{ CMS_PUBLIC_URL: 'https://cms.seocho.example/admin', HOST: '0.0.0.0' }, ['https://cms.seocho.example']],
  ])('the CMS with %j is reached at %j', (env, origins) => {
    expect(cmsOrigins(env)).toEqual(origins)
  })

  it.each([
    [{}, ['http://localhost:4321', 'http://127.0.0.1:4321']],
    [{ SITE_URL: 'http://127.0.0.1:4322' }, ['http://127.0.0.1:4322']],
    [{ SITE_URL: 'https://it.seocho.example/' }, ['https://it.seocho.example']],
  ])('the site with %j is read at %j', (env, origins) => {
    expect(siteOrigins(env)).toEqual(origins)
  })

  it('trusts the admin and the site, once each, never *', () => {
    const env = { CMS_PUBLIC_URL: 'https://cms.seocho.example', SITE_URL: 'https://it.seocho.example' }
    expect(trustedOrigins(env)).toEqual(['https://cms.seocho.example', 'https://it.seocho.example'])
    expect(trustedOrigins({})).not.toContain('*')
    expect(new Set(trustedOrigins({})).size).toBe(trustedOrigins({}).length)
  })

  it.each([
    [{}, false],
    [{ CMS_PUBLIC_URL: 'http://cms.seocho.example' }, false],
    [{ CMS_PUBLIC_URL: 'https://cms.seocho.example' }, true],
    // The site's address says nothing about how the CMS is reached.
    [{ SITE_URL: 'https://it.seocho.example' }, false],
  ])('with %j the login cookie is Secure: %s', (env, secure) => {
    expect(cmsServedOverHttps(env)).toBe(secure)
  })

  it.each([
    ['CMS_PUBLIC_URL', 'cms.seocho.example', /CMS_PUBLIC_URL must be an address such as https:\/\//],
    ['CMS_PUBLIC_URL', 'ftp://cms.seocho.example', /CMS_PUBLIC_URL must start with https:\/\/ or http:\/\//],
    ['SITE_URL', '*', /SITE_URL must be an address/],
  ])('refuses %s=%j, naming the setting', (setting, value, message) => {
    expect(() => trustedOrigins({ [setting]: value })).toThrow(message)
  })
})
