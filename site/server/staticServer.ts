/**
 * Serves the built site from one folder. It reads nothing from the CMS, so
 * the public site keeps answering while the CMS is down.
 */
import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

import compression from 'compression'
import sirv from 'sirv'

export interface StaticServerOptions {
  /** the folder holding the built site (its index.html, 404.html …) */
  root: () => string
  port: number
  host: string
}

export function startStaticServer({ root, port, host }: StaticServerOptions): Promise<http.Server> {
  // A new handler per live folder, so a swapped build is served from the next request on.
  let servedRoot = ''
  let handler: ReturnType<typeof sirv> | undefined
  const current = () => {
    const folder = root()
    if (!folder) return ((_req: http.IncomingMessage, _res: http.ServerResponse, next: () => void) => next()) as ReturnType<typeof sirv>
    if (folder !== servedRoot || !handler) {
      servedRoot = folder
      const options = {
        etag: true,
        gzip: false,
        brotli: false,
        extensions: ['html'],
        dotfiles: false,
        // Astro names its bundled styles and scripts by their content: they never change under one name.
        setHeaders: (res: http.ServerResponse, pathname: string) => {
          if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
          // sirv's type table has no .ico, and with nosniff a file needs its true type.
          if (pathname.endsWith('.ico')) res.setHeader('Content-Type', 'image/x-icon')
        },
      }
      const pages = sirv(folder, { ...options, dev: false })
      // The search index is rewritten inside the live folder after it goes live (cms/build/searchIndex.ts),
      // so it is looked up on disk at each request (revalidated by ETag), not from the list of files
      // sirv takes once when a folder goes live.
      const search = sirv(folder, { ...options, dev: true })
      handler = ((req, res, next) => (req.url?.startsWith('/pagefind/') ? search : pages)(req, res, next)) as ReturnType<typeof sirv>
    }
    return handler
  }

  // Pages, styles and scripts go out gzip- or brotli-compressed (a 30 KB page travels as 6 KB);
  // Pagefind's index files are compressed already and are left as they are.
  const compress = compression()

  const server = http.createServer((req, res) => {
    // Each page carries its own script policy (a <meta> the build writes with hashes); what a
    // <meta> cannot say is said here: no framing, no sniffing, no needless browser features.
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'")
    res.setHeader('X-Frame-Options', 'DENY')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()')
    if (process.env.SITE_URL?.startsWith('https://')) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    compress(req as never, res as never, () =>
      current()(req, res, async () => {
        res.statusCode = 404
        res.setHeader('content-type', 'text/html; charset=utf-8')
        res.end(await fs.readFile(path.join(servedRoot, '404.html')).catch(() => 'Not found'))
      }),
    )
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
