import { withPayload } from '@payloadcms/next/withPayload'

/** The Next.js app that serves the admin (/admin) and the API (/api). */
const nextConfig = {
  poweredByHeader: false,
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
