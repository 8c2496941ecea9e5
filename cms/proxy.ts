/**
 * Gives every admin page a fresh script nonce and the Content-Security-Policy
 * naming it; Next.js reads the nonce from the request's policy and stamps it
 * on the scripts it renders. API, preview and static files get their fixed
 * headers from next.config.mjs instead.
 */
import { type NextRequest, NextResponse } from 'next/server'

import { adminCsp } from './securityHeaders.mjs'

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = adminCsp(nonce, { development: process.env.NODE_ENV === 'development' })
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|preview/|_next/static/|_next/image|favicon).*)',
      // Prefetches render nothing the browser runs.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
