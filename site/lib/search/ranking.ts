/**
 * How Pagefind ranks pages for this site (its `ranking` option), measured
 * with the search-quality benchmark (bench/lib/searchQuality.ts). A title
 * word counts five times a word of the text; the title of a page a resident
 * most likely means (a course still to come, a zone, an instructor) counts
 * again on top, so it comes before notices and board posts that only
 * mention the words (see enrichHtml.ts for the fields).
 */
export const SEARCH_RANKING = {
  metaWeights: { title: 5, title_terms: 5, rank_first: 10, rank_second: 4, terms: 1 },
}

/** Results drawn at a time: the excerpt of each is fetched only when it is shown. */
export const RESULTS_PER_PAGE = 10

interface Ranked {
  meta: Record<string, string>
}

/** How a result's own title answers the query: 0 a first-tier page whose title holds a word searched for, 1 a second-tier one, 2 any other. */
function groupOf(result: Ranked, terms: string[]): number {
  const title = (result.meta.title ?? '').toLowerCase()
  if (!terms.some((term) => title.includes(term.toLowerCase()))) return 2
  return 'rank_first' in result.meta ? 0 : 'rank_second' in result.meta ? 1 : 2
}

/** How much of the title the words searched for make up (by words, then by letters): a title that is mostly the query is the page about it. */
function titleShare(result: Ranked, terms: string[]): [number, number] {
  const title = (result.meta.title ?? '').toLowerCase()
  const words = title.split(/\s+/).filter(Boolean)
  const wanted = terms.map((term) => term.toLowerCase())
  const wordsFound = words.filter((word) => wanted.some((term) => word.includes(term))).length
  const letters = title.replace(/\s+/g, '').length
  const lettersFound = wanted.filter((term) => title.includes(term)).reduce((sum, term) => sum + term.length, 0)
  return [words.length ? wordsFound / words.length : 0, letters ? lettersFound / letters : 0]
}

/**
 * The first page of results in the order a resident expects, once their texts are loaded:
 * pages a resident most likely means whose title holds the words first (Pagefind's ranking
 * already lifts them, see SEARCH_RANKING), among them the one whose title is most about the
 * words ("스마트폰 처음 배우기" before "내 스마트폰 정리하기: 설정과 저장 공간"), then
 * everything else in Pagefind's order.
 */
export function rerank<T extends Ranked>(results: T[], terms: string[]): T[] {
  return results
    .map((result, index) => ({ result, index, group: groupOf(result, terms), share: titleShare(result, terms) }))
    .sort((a, b) => a.group - b.group || (a.group < 2 ? b.share[0] - a.share[0] || b.share[1] - a.share[1] : 0) || a.index - b.index)
    .map(({ result }) => result)
}
