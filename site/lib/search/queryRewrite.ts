/**
 * Forgiving input for Korean search: what a resident meant, from what was
 * typed. Pure functions, shared by the search page's script and the tests.
 *
 * - Keyboard left in English mode: "tmakxmvhs" → 스마트폰 (es-hangul's QWERTY ↔ 두벌식 map).
 * - Initial consonants only: "ㅋㅇㅅㅋ" → 키오스크, the most common title word with those 초성.
 * - A space inside a word: "스마트 폰" → 스마트폰, when the joined word is a title word.
 * - No space between two words: "은행앱" → 은행 앱, when the word is no title word nor the start of
 *   one and splits into title words. (Pagefind may still find pages for the joined form, by a part
 *   of it, in an order that depends on how its index is chunked; the split form finds the pages
 *   that have the words apart and, through the helper terms, those that have them joined.)
 * - Particles: "엑셀을" searches 엑셀 (a prefix of what was typed: never announced).
 *
 * The dictionary is the site's own title words (written by the indexer, see dictionary.ts),
 * most common first.
 */
import { convertQwertyToHangul, getChoseong } from 'es-hangul'

import { stripParticle } from './koreanTerms'

export type RewriteReason = 'layout' | 'choseong' | 'spacing'

export interface Rewrite {
  /** what is searched for, as the page shows it ("스마트폰") */
  text: string
  reasons: RewriteReason[]
}

export interface Dictionary {
  has(word: string): boolean
  /** is some title word this word, or does one start with it? */
  startsWord(prefix: string): boolean
  /** the most common title word whose initial consonants are these (or start with them) */
  byChoseong(choseong: string): string | undefined
}

const SYLLABLES = /^[\uAC00-\uD7A3]+$/
const CHOSEONG_ONLY = /^[\u3131-\u314E]{2,}$/
const LATIN_ONLY = /^[A-Za-z]+$/
const HAS_HANGUL = /[\u3131-\u318E\uAC00-\uD7A3]/

export function makeDictionary(words: readonly string[]): Dictionary {
  const set = new Set(words)
  const sorted = [...set].sort()
  const choseong = words.map((word) => [getChoseong(word), word] as const)
  return {
    has: (word) => set.has(word),
    startsWord(prefix) {
      // Binary search for the first word ≥ prefix; it starts with prefix if any does.
      let low = 0
      let high = sorted.length
      while (low < high) {
        const mid = (low + high) >> 1
        if (sorted[mid] < prefix) low = mid + 1
        else high = mid
      }
      return low < sorted.length && sorted[low].startsWith(prefix)
    },
    byChoseong: (initials) => (choseong.find(([c]) => c === initials) ?? choseong.find(([c]) => c.startsWith(initials)))?.[1],
  }
}

/** The query as words: trimmed, one space between words. */
export const wordsOf = (query: string) => query.trim().split(/\s+/).filter(Boolean)

/** Does understanding this query need the dictionary? (It is fetched only then.) */
export function needsDictionary(query: string): boolean {
  const words = wordsOf(query)
  return words.length > 1 || words.some((word) => CHOSEONG_ONLY.test(word) || LATIN_ONLY.test(word) || (SYLLABLES.test(word) && word.length >= 3))
}

/** English letters typed for Hangul: the Hangul, when it is whole syllables and a word of the site starts with it. */
function fromQwerty(word: string, dictionary: Dictionary, literalFoundNothing: boolean): string | undefined {
  if (!LATIN_ONLY.test(word)) return undefined
  const hangul = convertQwertyToHangul(word)
  if (!SYLLABLES.test(hangul)) return undefined
  return dictionary.startsWord(stripParticle(hangul)) || literalFoundNothing ? hangul : undefined
}

/** A word typed without its space, split into title words ("유튜브채널" → 유튜브 채널); a last part of one syllable is allowed (앱, 폰). */
export function splitWord(word: string, dictionary: Dictionary): string[] | undefined {
  if (!SYLLABLES.test(word) || word.length < 3 || dictionary.startsWord(stripParticle(word))) return undefined
  for (let cut = word.length - 1; cut >= 2; cut -= 1) {
    const head = word.slice(0, cut)
    const rest = word.slice(cut)
    if (!dictionary.has(head)) continue
    if (rest.length === 1 || dictionary.startsWord(stripParticle(rest))) return [head, rest]
    const more = splitWord(rest, dictionary)
    if (more) return [head, ...more]
  }
  return undefined
}

/**
 * What the resident most likely meant, or null when the query is searched as typed.
 * `literalFoundNothing`: the query as typed found no page (allows keyboard conversions no
 * title word confirms).
 */
export function rewriteQuery(query: string, dictionary: Dictionary, { literalFoundNothing = false } = {}): Rewrite | null {
  const reasons = new Set<RewriteReason>()
  let words = wordsOf(query).map((word) => {
    const hangul = fromQwerty(word, dictionary, literalFoundNothing)
    if (hangul) {
      reasons.add('layout')
      return hangul
    }
    if (CHOSEONG_ONLY.test(word)) {
      const found = dictionary.byChoseong(word)
      if (found) {
        reasons.add('choseong')
        return found
      }
    }
    return word
  })
  // A space typed inside a word: join neighbours whose joined form (without its particle) is a title word.
  const joined: string[] = []
  for (const word of words) {
    const last = joined.at(-1)
    if (last && SYLLABLES.test(last) && SYLLABLES.test(word) && dictionary.has(stripParticle(last + word))) {
      joined[joined.length - 1] = last + word
      reasons.add('spacing')
    } else joined.push(word)
  }
  words = joined.flatMap((word) => {
    const parts = splitWord(word, dictionary)
    if (!parts) return [word]
    reasons.add('spacing')
    return parts
  })
  return reasons.size ? { text: words.join(' '), reasons: [...reasons] } : null
}

/** The words handed to Pagefind: Korean words without their particles (Pagefind matches word starts). */
export function searchWords(text: string): string[] {
  return wordsOf(text).map((word) => (HAS_HANGUL.test(word) ? stripParticle(word) : word))
}
