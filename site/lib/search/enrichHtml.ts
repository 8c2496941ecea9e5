/**
 * Adds Korean search terms (stems without particles, compound parts) to a
 * page's searchable body, for the index only: the HTML served to readers is
 * unchanged.
 */
import { searchTerms } from './koreanTerms'

const BODY = /(<main\b[^>]*\bdata-pagefind-body\b[^>]*>)([\s\S]*)<\/main>/

/** Text of an HTML fragment: tags, scripts and entities out. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
}

/** The page with its extra terms inside the searchable body, or null when the page is not searchable. */
export function enrichForIndex(html: string): string | null {
  const match = BODY.exec(html)
  if (!match) return null
  const terms = searchTerms(textOf(match[2]))
  if (terms.length === 0) return html
  // At the top of the body, before any heading: the terms belong to the page itself, not to a
  // sub-result section; data-pagefind-weight ranks them below the page's own words.
  const start = match.index + match[1].length
  return `${html.slice(0, start)}<p data-pagefind-weight="0.5">${terms.join(' ')}</p>${html.slice(start)}`
}
