/**
 * Prepares a built page for the search index (the HTML served to readers is
 * unchanged). Pagefind builds its excerpts from a page's indexed text, so the
 * Korean helper terms (stems without particles, parts of compounds) go into
 * metadata fields, which Pagefind searches but never shows as the page's
 * text:
 *
 * - `terms`: helper terms of the page's text (weight 1, see searchRanking.ts);
 * - `title_terms`: helper terms of its title, so 결제 finds 간편결제 as a title word;
 * - `rank_first` / `rank_second`: the title and its terms again on the pages a
 *   resident most likely means (Base.astro's `data-search-tier`: a course with a
 *   run that has not ended, a zone, an instructor; then other courses and the
 *   center's own pages), so these come before notices and board posts that only
 *   mention the words.
 */
import { searchTerms, stripParticle } from './koreanTerms'

const BODY = /(<main\b[^>]*\bdata-pagefind-body\b[^>]*>)([\s\S]*)<\/main>/
const TIER = /\bdata-search-tier="(\d)"/
const HEADING = /<h1\b[^>]*>([\s\S]*?)<\/h1>/
/** The list of every class date of a run: dates only, no words anyone searches for, and a third of a course page's text. */
const ALL_DATES = /<details\b[^>]*\bclass="days\b[^>]*>[\s\S]*?<\/details>/g
const HANGUL_WORD = /[\uAC00-\uD7A3]{2,}/g
/** What Pagefind leaves out of a page's text (its own list, and data-pagefind-ignore): helper terms come only from what it indexes. */
const NOT_INDEXED = /<(nav|form|label|noscript|footer|svg|template|iframe|script|style)\b[\s\S]*?<\/\1>|<(\w+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\2>/g
/** Facts lists (분야 … 수준 … 강사 …): each value a block of its own, so Pagefind ends it with a full stop and an excerpt reads "분야 스마트폰 활용." rather than one run-on line. */
const FACT_VALUE = /<(\/?)dd\b/g

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' }

/** Text of an HTML fragment: tags, scripts and entities out. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, (entity) => ENTITIES[entity] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const metaTag = (key: string, value: string) => (value ? `<span data-pagefind-meta="${key}:${attribute(value)}"></span>` : '')

export interface IndexedPage {
  /** the HTML to hand to Pagefind */
  html: string
  /** the page's title (its h1), for the dictionary of title words */
  title: string
}

/** The page prepared for the index, or null when the page is not searchable. */
export function enrichForIndex(html: string): IndexedPage | null {
  const match = BODY.exec(html)
  if (!match) return null
  const [, open, inner] = match
  const body = inner.replace(ALL_DATES, '').replace(FACT_VALUE, '<$1div')
  const title = textOf(HEADING.exec(body)?.[1] ?? '')
  const titleTerms = searchTerms(title)
  const titleWords = new Set([...title.split(' '), ...titleTerms])
  const bodyTerms = searchTerms(textOf(body.replace(NOT_INDEXED, ' '))).filter((term) => !titleWords.has(term))
  const tier = TIER.exec(open)?.[1]
  const ranked = [title, ...titleTerms].join(' ')
  const meta =
    metaTag('terms', bodyTerms.join(' ')) +
    metaTag('title_terms', titleTerms.join(' ')) +
    (tier === '1' ? metaTag('rank_first', ranked) : tier === '2' ? metaTag('rank_second', ranked) : '')
  return { html: `${html.slice(0, match.index)}${open}${meta}${body}</main>${html.slice(match.index + match[0].length)}`, title }
}

/** The Korean words of a title, as a reader would type them: without particles, two syllables or more. */
export function titleWords(title: string): string[] {
  return (title.match(HANGUL_WORD) ?? []).map(stripParticle)
}
