/**
 * The excerpt under a search result: a stretch of the page's own text (as
 * Pagefind stored it) around the words found, with each found word marked.
 * Matching is by substring, so 결제 is marked inside 간편결제를, the way a
 * reader sees the word there. The helper terms the index adds are metadata,
 * never part of this text.
 */

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** How much text to show before the first word found, so it reads as part of a sentence. */
const LEAD = 16
/** How many of the first sentences the fallback excerpt is chosen from. */
const FALLBACK_SENTENCES = 6

/** Every [start, end) of the terms in the text, case-insensitive, longest term first where they overlap. */
function matchesOf(text: string, terms: string[]): [number, number][] {
  const wanted = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length)
  if (!wanted.length) return []
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'giu')
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length])
}

/** The window of `length` characters holding the most different terms (the earliest of equals). */
function bestStart(text: string, matches: [number, number][], length: number): number {
  let best = 0
  let bestCount = -1
  for (const [start] of matches) {
    const from = Math.max(0, start - LEAD)
    const inside = new Set(
      matches.filter(([s, e]) => s >= from && e <= from + length).map(([s, e]) => text.slice(s, e).toLowerCase()),
    )
    if (inside.size > bestCount) {
      best = from
      bestCount = inside.size
    }
  }
  return best
}

/** Moves a cut to the nearest space at or before it (within a few characters), so no word is cut in half. */
function atSpace(text: string, index: number, direction: -1 | 1): number {
  if (index <= 0) return 0
  if (index >= text.length) return text.length
  for (let step = 0; step < 12; step += 1) {
    const at = index + step * direction
    if (at <= 0 || at >= text.length) break
    if (text[at] === ' ') return direction < 0 ? at + 1 : at
  }
  return index
}

/** The whole text, escaped, with every term found in it marked (for a result's title). */
export function markTerms(text: string, terms: string[]): string {
  return marked(text, matchesOf(text, terms), 0, text.length)
}

/** Sentences of the stored text: Pagefind ends each block (heading, paragraph) with a full stop. */
function sentencesOf(text: string): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = []
  const boundary = /[.!?…](?=\s)/g
  let start = 0
  for (const match of text.matchAll(boundary)) {
    const end = match.index + 1
    sentences.push({ start, end })
    start = end + 1
  }
  if (start < text.length) sentences.push({ start, end: text.length })
  return sentences
}

/** Marks the terms between start and end, escaping the rest. */
function marked(text: string, matches: [number, number][], start: number, end: number): string {
  let html = ''
  let at = start
  for (const [s, e] of matches) {
    if (s < at || e > end) continue
    html += escapeHtml(text.slice(at, s)) + `<mark>${escapeHtml(text.slice(s, e))}</mark>`
    at = e
  }
  return html + escapeHtml(text.slice(at, end))
}

/**
 * The excerpt as HTML: escaped page text, found words in <mark>, "…" where a sentence is cut.
 * A whole sentence where it fits: the one holding the most different words found (the first of
 * equals). `title` is left out when the text starts with it
 * (the result shows it already).
 */
export function excerptOf(content: string, { title = '', terms, length = 80 }: { title?: string; terms: string[]; length?: number }): string {
  let text = content.replace(/\s+/g, ' ').trim()
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^[\s.]+/, '')
  const matches = matchesOf(text, terms)
  const sentences = sentencesOf(text)
  const distinct = ({ start, end }: { start: number; end: number }) =>
    new Set(matches.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => text.slice(s, e).toLowerCase())).size
  // With no word found in the text (the title or metadata matched), the longest of the first few
  // sentences: a sentence of the body, not a label such as "번호 47." or "날짜 2025년 12월 27일(토).".
  let best = 0
  sentences.slice(0, FALLBACK_SENTENCES).forEach(({ start, end }, index) => {
    if (end - start > sentences[best].end - sentences[best].start) best = index
  })
  sentences.forEach((sentence, index) => {
    if (distinct(sentence) > distinct(sentences[best])) best = index
  })
  const chosen = sentences[best] ?? { start: 0, end: text.length }
  let { start, end } = chosen
  if (end - start > length) {
    // A long sentence: the stretch of it around the words found, cut between words.
    const inside = matches.filter(([s]) => s >= start && s < end)
    start = atSpace(text, inside.length ? Math.max(start, bestStart(text, inside, length)) : start, -1)
    end = Math.min(chosen.end, atSpace(text, start + length, 1))
  }
  const cutBefore = start > chosen.start
  const cutAfter = end < chosen.end && end < text.length
  return `${cutBefore ? '… ' : ''}${marked(text, matches, start, end).trim()}${cutAfter ? ' …' : ''}`
}
