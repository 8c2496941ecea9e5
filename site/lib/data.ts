/**
 * All published content of one locale, read once per build through the
 * content layer (never from Payload directly), with lookups by CMS id.
 */
import { getCollection } from 'astro:content'

import { closedDays } from '../../cms/domain/closedDays'
import type { Locale } from '../i18n'
import type { CollectionName, Entry } from './loader/schemas'

async function entries<C extends CollectionName>(collection: C, locale: Locale): Promise<Entry<C>[]> {
  const all = await getCollection(collection as never)
  return (all as { data: Entry<C> }[]).map((entry) => entry.data).filter((data) => data.locale === locale)
}

const byId = <T extends { cmsId: string }>(items: T[]) => new Map(items.map((item) => [item.cmsId, item]))

async function load(locale: Locale) {
  const [courses, fields, instructors, notices, boardPosts, zones, pages, media, documents, settings] = await Promise.all([
    entries('courses', locale),
    entries('fields', locale),
    entries('instructors', locale),
    entries('notices', locale),
    entries('board-posts', locale),
    entries('zones', locale),
    entries('pages', locale),
    entries('media', locale),
    entries('documents', locale),
    entries('settings', locale),
  ])
  if (!settings[0]) throw new Error('Site settings are not published: fill them in the admin (사이트 설정) first.')
  fields.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'ko'))
  courses.sort((a, b) => a.title.localeCompare(b.title, 'ko'))
  instructors.sort((a, b) => a.name.localeCompare(b.name, locale))
  notices.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  boardPosts.sort((a, b) => b.number - a.number)
  return {
    locale,
    settings: settings[0],
    /** public holidays and the center's closures (reasons in this locale): class days and windows skip them */
    closed: closedDays(settings[0].closures),
    courses,
    fields,
    instructors,
    notices,
    boardPosts,
    zones,
    pages,
    media: byId(media),
    documents: byId(documents),
    fieldById: byId(fields),
    instructorById: byId(instructors),
    pageBySlug: new Map(pages.map((page) => [page.slug, page])),
  }
}

export type SiteData = Awaited<ReturnType<typeof load>>

const cache = new Map<Locale, Promise<SiteData>>()

export function siteData(locale: Locale): Promise<SiteData> {
  if (!cache.has(locale)) cache.set(locale, load(locale))
  return cache.get(locale)!
}

/** The Korean data, for pages that are the same in both locales (files, images). */
export const allMedia = async () => (await siteData('ko')).media

/** Pinned entries first, the rest in the order given (sort is stable). */
export const pinnedFirst = <T extends { pinned: boolean }>(items: T[]) => [...items].sort((a, b) => Number(b.pinned) - Number(a.pinned))

/** Pinned entries apart from the rest, each in the order given (newest first, as siteData sorts them). */
export const splitPinned = <T extends { pinned: boolean }>(items: T[]) => ({
  pinned: items.filter((item) => item.pinned),
  rest: items.filter((item) => !item.pinned),
})
