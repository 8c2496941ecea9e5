import type { APIRoute } from 'astro'

/** Search engines may read everything but the search result pages; the sitemap has every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    ['User-agent: *', 'Allow: /', 'Disallow: /search/', 'Disallow: /en/search/', '', `Sitemap: ${new URL('/sitemap-index.xml', site)}`, ''].join('\n'),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  )
