/**
 * One page of every page type of the public site, by the route file that
 * makes it, for the checks that must hold on every page (no console error,
 * valid markup). `uncoveredRoutes()` names any route file this table has no
 * page for, so a new page type cannot slip past those checks.
 */
import fs from 'node:fs'
import path from 'node:path'

const first = (file: string, key = 'slug') => JSON.parse(fs.readFileSync(`content/${file}.json`, 'utf8'))[0][key] as string

export interface PageType {
  /** the .astro file under site/pages that renders it */
  route: string
  /** sample paths, Korean (the English ones are the same under /en) */
  paths: string[]
  /** false for a page that exists in one language only */
  english?: boolean
}

export const PAGE_TYPES: PageType[] = [
  { route: 'index.astro', paths: ['/'] },
  { route: '[page].astro', paths: ['/about/', '/directions/', '/faq/'] },
  { route: 'courses/index.astro', paths: ['/courses/'] },
  { route: 'courses/[slug].astro', paths: [`/courses/${first('courses')}/`] },
  { route: 'courses/field/[field].astro', paths: [`/courses/field/${first('fields')}/`] },
  { route: 'courses/level/[level].astro', paths: ['/courses/level/beginner/'] },
  { route: 'fields/index.astro', paths: ['/fields/'] },
  { route: 'timetable/[...month].astro', paths: ['/timetable/'] },
  { route: 'notices/[...page].astro', paths: ['/notices/', '/notices/page/2/'] },
  { route: 'notices/[slug].astro', paths: [`/notices/${first('notices')}/`] },
  { route: 'notices/category/[category]/[...page].astro', paths: ['/notices/category/press-release/'] },
  { route: 'open-calls/index.astro', paths: ['/open-calls/'] },
  { route: 'press/index.astro', paths: ['/press/'] },
  { route: 'board/[...page].astro', paths: ['/board/', '/board/page/2/'] },
  { route: 'board/[number].astro', paths: ['/board/1/'] },
  { route: 'board/category/[category]/[...page].astro', paths: ['/board/category/notice/'] },
  { route: 'instructors/index.astro', paths: ['/instructors/'] },
  { route: 'instructors/[slug].astro', paths: [`/instructors/${first('instructors')}/`] },
  { route: 'zones/index.astro', paths: ['/zones/'] },
  { route: 'zones/[slug].astro', paths: [`/zones/${first('zones')}/`, '/zones/vision-pro-zone/'] },
  { route: 'search/index.astro', paths: ['/search/?q=교육'] },
  { route: 'calendar/index.astro', paths: ['/calendar/'] },
  { route: 'sitemap/index.astro', paths: ['/sitemap/'] },
  // The not-found page is one file, served for any missing address.
  { route: '404.astro', paths: ['/no-such-page/'], english: false },
]

/** Every sample page in both languages: [Korean…, English…]. */
export const EVERY_PAGE: string[] = [
  ...PAGE_TYPES.flatMap((type) => type.paths),
  ...PAGE_TYPES.filter((type) => type.english !== false).flatMap((type) => type.paths.map((p) => `/en${p}`)),
]

const PAGES_DIR = 'site/pages'

/** The page routes (.astro files) under site/pages that no entry of PAGE_TYPES stands for. */
export function uncoveredRoutes(): string[] {
  const covered = new Set(PAGE_TYPES.map((type) => type.route))
  return (fs.readdirSync(PAGES_DIR, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.astro'))
    .map((file) => file.split(path.sep).join('/').replace(/^\[\.\.\.lang\]\//, ''))
    .filter((route) => !covered.has(route))
}
