/**
 * A readable address segment from a title, Korean included: the title is
 * romanized (국어의 로마자 표기법, by es-hangul), so "스마트폰 처음 배우기"
 * becomes "seumateupon-cheoeum-baeugi" rather than a number.
 */
import { romanize } from 'es-hangul'

import { asciiSlug } from './asciiSlug'

/** Long titles are cut at a word boundary, never inside a word. */
export const READABLE_SLUG_MAX_LENGTH = 60

export function readableSlug(title: string, maxLength = READABLE_SLUG_MAX_LENGTH): string {
  const words = asciiSlug(romanize(title.normalize('NFC')), Number.MAX_SAFE_INTEGER).split('-').filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > maxLength) break
    slug = next
  }
  // One word longer than the limit: cut it rather than return nothing.
  return slug || (words[0] ?? '').slice(0, maxLength)
}

/** `base`, else `base-2`, `base-3` …: the first one `isTaken` does not claim. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}
