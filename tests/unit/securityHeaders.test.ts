import { describe, expect, it } from 'vitest'

import { adminCsp, API_CSP, COMMON_HEADERS } from '../../cms/securityHeaders.mjs'

const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `))

describe("the admin's Content-Security-Policy", () => {
  it('runs only scripts carrying the nonce, never inline or eval, in production', () => {
    const policy = adminCsp('bm9uY2U=')
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'")
    expect(policy).not.toMatch(/unsafe-eval|\*|https?:/)
  })

  it("adds 'unsafe-eval' for next dev only", () => {
    expect(directive(adminCsp('n', { development: true }), 'script-src')).toContain("'unsafe-eval'")
  })

  it.each([
    ['frame-ancestors', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['default-src', "'self'"],
  ])('sets %s %s', (name, value) => {
    expect(directive(adminCsp('n'), name)).toBe(`${name} ${value}`)
  })
})

describe('the headers on every CMS response', () => {
  it('forbid sniffing and framing by other sites, and let nothing in an API answer run', () => {
    expect(Object.fromEntries(COMMON_HEADERS.map(({ key, value }) => [key, value]))).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'SAMEORIGIN',
      'Referrer-Policy': 'same-origin',
    })
    expect(API_CSP).toBe("default-src 'none'; frame-ancestors 'self'")
  })
})
