/**
 * Pagefind splits Korean on spaces only: 교육 is found in 교육을 (a prefix)
 * but not in 정보화교육, and 엑셀 not when the page only says 엑셀을. The build
 * adds, for each Korean word, its stem without a trailing particle and the
 * parts of a compound, as extra search terms on the page.
 */

// Longest first, so 에서는 is stripped whole rather than as 는.
const PARTICLES = [
  '에서부터', '으로부터', '에게서', '한테서', '에서는', '에서도', '으로는', '으로도', '이라도', '이라는', '까지는', '부터는',
  '에서', '에게', '한테', '께서', '으로', '부터', '까지', '처럼', '보다', '마다', '조차', '라도', '이나', '이며', '하고', '이랑', '에는', '에도', '과는', '와는', '이란',
  '을', '를', '이', '가', '은', '는', '의', '에', '로', '도', '만', '와', '과', '랑', '나',
].sort((a, b) => b.length - a.length)

const HANGUL_WORD = /[\uAC00-\uD7A3]+/g
const MIN_STEM = 2
const MAX_WORD = 12

/**
 * The word without one trailing particle, when at least two syllables remain. The longest
 * particle that ends the word decides: 앱으로 stays whole (으로 would leave one syllable),
 * rather than losing 로 and becoming 앱으.
 */
export function stripParticle(word: string): string {
  const particle = PARTICLES.find((candidate) => word.endsWith(candidate))
  return particle && word.length - particle.length >= MIN_STEM ? word.slice(0, -particle.length) : word
}

/**
 * Parts of a compound a reader may type alone, as the word's endings: 정보화교육 → 교육, 화교육, 보화교육.
 * Pagefind matches the start of a word by itself, so 정보 and 정보화 are found already, and every
 * ending with its own starts covers every part inside the word (화교 in 화교육). Leaving the starts
 * out made the index a seventh smaller and its build a third faster, with the same recall.
 */
export function compoundParts(word: string): string[] {
  if (word.length < MIN_STEM + 1 || word.length > MAX_WORD) return []
  const parts: string[] = []
  for (let length = MIN_STEM; length < word.length; length += 1) {
    parts.push(word.slice(word.length - length))
  }
  return parts
}

/** Extra terms for a page's Korean text: stems and compound parts not already present as whole words. */
export function searchTerms(text: string): string[] {
  const words = new Set(text.match(HANGUL_WORD) ?? [])
  const terms = new Set<string>()
  for (const word of words) {
    const stem = stripParticle(word)
    if (stem !== word) terms.add(stem)
    for (const part of compoundParts(stem)) terms.add(part)
  }
  for (const word of words) terms.delete(word)
  return [...terms].sort()
}
