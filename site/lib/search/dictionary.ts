/**
 * The dictionary of the site's own title words that forgiving input reads
 * (queryRewrite.ts): written by the indexer next to the Korean index, most
 * common word first, fetched by the search page only for a query that needs it.
 */
import { titleWords } from './enrichHtml'

/** Its name inside the index folder (/pagefind/), so it is swapped in with the index it belongs to. */
export const DICTIONARY_FILE = 'seocho-words-ko.json'

/** The Korean words of these titles, most common first (ties in Korean order), each once. */
export function dictionaryOf(titles: Iterable<string>): string[] {
  const counts = new Map<string, number>()
  for (const title of titles) {
    for (const word of new Set(titleWords(title))) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ko')).map(([word]) => word)
}
