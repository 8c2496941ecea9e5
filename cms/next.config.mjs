import { withPayload } from '@payloadcms/next/withPayload'

import { API_CSP, COMMON_HEADERS, HSTS, PREVIEW_CSP } from './securityHeaders.mjs'

/** The Next.js app that serves the admin (/admin) and the API (/api). */
const nextConfig = {
  poweredByHeader: false,
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
  // The admin pages' policy carries a nonce per request: proxy.ts sets it.
  async headers() {
    return [
      { source: '/:path*', headers: COMMON_HEADERS },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
      { source: '/preview/:path*', headers: [{ key: 'Content-Security-Policy', value: PREVIEW_CSP }] },
      // Matched per request, so a build made before the CMS moved behind https still sends it.
      ...(process.env.NODE_ENV === 'production'
        ? [{ source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [HSTS] }]
        : []),
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
