/**
 * Korean phone numbers in text, as tappable `tel:` links that never break
 * across lines ("02-" / "2155-8793" on a phone at large text). Used for plain
 * text (zone notes) and for rich text as it becomes HTML.
 */

// 02-2155-8793, 031-123-4567, 010-1234-5678, and nationwide numbers such as 1588-1234;
// not part of a longer run of digits or hyphens (dates, account numbers).
const PHONE = /(?<![\d-])(0\d{1,2}-\d{3,4}-\d{4}|1[5-9]\d{2}-\d{4})(?![\d-])/g

export interface TextPart {
  text: string
  /** the number to dial, when this part is a phone number */
  tel?: string
}

export const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`

/** Splits text into plain parts and phone numbers, in order. */
export function phoneParts(text: string): TextPart[] {
  const parts: TextPart[] = []
  let last = 0
  for (const match of text.matchAll(PHONE)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) })
    parts.push({ text: match[0], tel: telHref(match[0]) })
    last = match.index + match[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}

/** The same for text already escaped as HTML (escaping leaves digits and hyphens alone). */
export function linkPhonesInHtml(escaped: string): string {
  return escaped.replace(PHONE, (number) => `<a class="tel" href="${telHref(number)}">${number}</a>`)
}
