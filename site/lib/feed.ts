/**
 * The RSS 2.0 feed of notices, one per locale (/feed.xml, /en/feed.xml):
 * the newest 30, each with an absolute link, date, summary and category.
 */
import rss from '@astrojs/rss'
import type { APIContext } from 'astro'

import { type Locale, localePath, useTranslations } from '../i18n'
import { siteData } from './data'

const FEED_SIZE = 30

/** Readers take an item's description as HTML; a summary is plain text, so its markup characters are escaped first. */
const asHtmlText = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

export async function noticeFeed(locale: Locale, context: Pick<APIContext, 'site'>): Promise<Response> {
  if (!context.site) throw new Error('The RSS feed needs absolute links: set `site` (SITE_URL) in astro.config.mjs.')
  const site = context.site
  const t = useTranslations(locale)
  const { notices } = await siteData(locale)
  const absolute = (path: string) => new URL(localePath(locale, path), site).href
  const response = await rss({
    title: t('feed.title'),
    description: t('feed.description'),
    // The channel links to the home page in the feed's own language.
    site: absolute('/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locale}</language><atom:link href="${absolute('/feed.xml')}" rel="self" type="application/rss+xml"/>`,
    // siteData keeps notices newest first.
    items: notices.slice(0, FEED_SIZE).map((notice) => ({
      title: notice.title,
      link: absolute(`/notices/${notice.slug}/`),
      pubDate: new Date(notice.publishedAt),
      description: asHtmlText(notice.summary ?? notice.title),
      categories: [t(`notices.category.${notice.category}`)],
    })),
  })
  response.headers.set('content-type', 'application/rss+xml; charset=utf-8')
  return response
}
