/**
 * Hands the XSS corpus out to CMS fields in turn, so every payload lands in
 * several kinds of field (text, textarea, rich text, link), and builds the
 * Lexical rich-text values that carry them: payloads as text in every kind of
 * node the editor makes, and link payloads as the addresses of links.
 */
import { URL_PAYLOADS, XSS_PAYLOADS, type XssPayload } from './xssPayloads'

type LexicalNode = Record<string, unknown>

/** Control characters are refused in text by the CMS's input checks; those payloads go to link fields only. */
const hasControlCharacters = (text: string) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)
const TEXT_PAYLOADS = XSS_PAYLOADS.filter((payload) => !hasControlCharacters(payload.text))
/** Web addresses carrying markup (and no space, which the editor's link check refuses): every rich text links to them. */
export const WEB_LINK_PAYLOADS = URL_PAYLOADS.filter((payload) => /^https?:\/\/\S+$/.test(payload.text))
/** Scripting, data and odd addresses: tried one by one as rich-text links (the CMS may refuse them; the site must defuse the rest). */
export const RISKY_LINK_PAYLOADS = URL_PAYLOADS.filter((payload) => !WEB_LINK_PAYLOADS.includes(payload))

const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 }

export const lexical = {
  text: (text: string, format = 0): LexicalNode => ({ type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' }),
  block: (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
    type,
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children,
    ...extra,
  }),
  link: (url: string, children: LexicalNode[], type: 'link' | 'autolink' = 'link'): LexicalNode => ({
    type,
    version: type === 'link' ? 3 : 2,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'custom', url, newTab: type === 'link' },
    children,
  }),
  root: (children: LexicalNode[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }),
}

/** Which payloads went into which field (`collection.field`), for the summary and for failure messages. */
export class PayloadPlanner {
  private next = 0
  readonly fields = new Map<string, Set<number>>()

  constructor(readonly stamp: string) {}

  private record(field: string, payloads: XssPayload[]) {
    const ids = this.fields.get(field) ?? new Set<number>()
    for (const payload of payloads) ids.add(payload.id)
    this.fields.set(field, ids)
  }

  private take(count: number): XssPayload[] {
    return Array.from({ length: count }, () => TEXT_PAYLOADS[this.next++ % TEXT_PAYLOADS.length])
  }

  /** The next payloads for a plain-text field, after the run's stamp (so pages and search can find it), within `maxLength`. */
  text(field: string, count: number, maxLength = Number.POSITIVE_INFINITY): string {
    let value = this.stamp
    const used: XssPayload[] = []
    for (const payload of this.take(count)) {
      if (`${value} ${payload.text}`.length > maxLength) break
      value = `${value} ${payload.text}`
      used.push(payload)
    }
    this.record(field, used)
    return value
  }

  /** Like `text`, for a field that takes a single payload and nothing else (a filename, an alt text …). */
  single(field: string): string {
    const [payload] = this.take(1)
    this.record(field, [payload])
    return payload.text
  }

  /** A rich-text value: the next `count` payloads as heading, paragraph, formatted, quote and list text; web-address payloads as links. */
  rich(field: string, count: number) {
    const { text, block, link, root } = lexical
    const payloads = this.take(count)
    const links = WEB_LINK_PAYLOADS
    this.record(field, [...payloads, ...links])
    const [first, ...rest] = payloads
    const formats = Object.values(FORMAT)
    return root([
      block('heading', [text(`${this.stamp} ${first.text}`)], { tag: 'h2' }),
      ...rest.map((payload, index) =>
        index % 3 === 0
          ? block('quote', [text(payload.text)])
          : index % 3 === 1
            ? block('list', [block('listitem', [text(payload.text)], { value: 1 })], { tag: 'ul', listType: 'bullet', start: 1 })
            : block('paragraph', [text(payload.text, formats[index % formats.length]), { type: 'linebreak', version: 1 }, text(payload.text)]),
      ),
      block(
        'paragraph',
        links.map((payload, index) =>
          link(payload.text, [text(`${payload.name}: ${TEXT_PAYLOADS[index % TEXT_PAYLOADS.length].text}`)], index % 2 ? 'autolink' : 'link'),
        ),
      ),
    ])
  }

  /** Records payloads stored by the caller (a link the CMS kept). */
  note(field: string, payloads: XssPayload[]) {
    this.record(field, payloads)
  }

  /** How many payloads of the corpus were stored in at least one field. */
  get payloadsPlaced(): number {
    return new Set([...this.fields.values()].flatMap((ids) => [...ids])).size
  }
}

/**
 * Rich text shaped by hand rather than by the editor: a table cell whose header
 * state, spans and colour carry markup, a paragraph whose alignment and indent
 * do. The CMS may refuse it (a table is no node of this editor) or store it; the
 * site must render it harmless either way.
 */
export function handShapedRichText(stamp: string) {
  const { text, block, root } = lexical
  const cell = {
    ...block('tablecell', [block('paragraph', [text(`${stamp} cell`)])]),
    headerState: '0" onmouseover="alert(911)" autofocus onfocus="alert(912)" x="',
    colSpan: '2" onmouseover="alert(913)',
    rowSpan: '1" onmouseover="alert(914)',
    backgroundColor: 'red;background:url(https://xss.invalid/915)',
  }
  return root([
    block('paragraph', [text(`${stamp} hand-shaped`)], { format: '"><script>alert(916)</script>', indent: '1;"><script>alert(917)</script>' }),
    block('table', [block('tablerow', [cell])]),
  ])
}
