/**
 * Rich-text converters that write valid HTML with no inline style: formats
 * become elements (<u>, <s>) or classes the site's stylesheet defines
 * (`rt-align-*`, `rt-indent-*`, `rt-check*` in base.css), because the site's
 * Content-Security-Policy blocks every `style` attribute. Payload's remaining
 * converters (links, uploads, line breaks …) are used as they are, but are
 * never handed the inline CSS the core computes for alignment.
 */
import { defaultHTMLConverters, type HTMLConverter, type HTMLConverters } from '@payloadcms/richtext-lexical/html'

import { linkPhonesInHtml } from '../phoneNumbers'

type Node = Record<string, any>
type Args = Parameters<Extract<HTMLConverter<any>, (...args: any[]) => string>>[0]

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char])

const wholeNumber = (value: unknown, fallback: number, minimum: number) => {
  const number = typeof value === 'number' ? value : Number.NaN
  return Number.isInteger(number) && number >= minimum ? number : fallback
}

const ALIGNMENTS: Record<string, string> = { center: 'center', right: 'end', end: 'end', justify: 'justify' }
/** The deepest indentation base.css draws; deeper levels are drawn at this one. */
const MAX_INDENT = 6

/** Alignment and indentation of a block, as site classes. */
const layoutClasses = (node: Node) => {
  const classes: string[] = []
  const align = typeof node.format === 'string' ? ALIGNMENTS[node.format] : undefined
  if (align) classes.push(`rt-align-${align}`)
  const indent = wholeNumber(node.indent, 0, 0)
  if (indent > 0 && node.type !== 'listitem') classes.push(`rt-indent-${Math.min(indent, MAX_INDENT)}`)
  return classes
}

const classAttr = (...classes: (string | false | undefined)[]) => {
  const list = classes.filter(Boolean)
  return list.length ? ` class="${list.join(' ')}"` : ''
}

const childrenOf = ({ node, nodesToHTML }: Args) => nodesToHTML({ nodes: node.children ?? [] }).join('')

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const NODE_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 }

/** Payload's converter for this node type, handed no inline CSS. */
const withoutInlineCss = (converter: HTMLConverters[string]): HTMLConverters[string] =>
  typeof converter === 'function' ? (args: Args) => converter({ ...args, providedCSSString: '', providedStyleTag: '' }) : converter

export const richTextMarkup: HTMLConverters = {
  ...Object.fromEntries(Object.entries(defaultHTMLConverters).map(([type, converter]) => [type, withoutInlineCss(converter)])),

  paragraph: (args) => {
    const children = childrenOf(args)
    return `<p${classAttr(...layoutClasses(args.node))}>${children || '<br>'}</p>`
  },
  heading: (args) => {
    const tag = HEADINGS.has(args.node.tag) ? args.node.tag : 'h2'
    return `<${tag}${classAttr(...layoutClasses(args.node))}>${childrenOf(args)}</${tag}>`
  },
  quote: (args) => `<blockquote${classAttr(...layoutClasses(args.node))}>${childrenOf(args)}</blockquote>`,

  text: ({ node, parent }) => {
    const format = wholeNumber(node.format, 0, 0)
    // A phone number becomes a tel: link, except inside a link already (no link in a link).
    const inLink = parent?.type === 'link' || parent?.type === 'autolink'
    let text: string = inLink ? escapeHtml(String(node.text ?? '')) : linkPhonesInHtml(escapeHtml(String(node.text ?? '')))
    if (format & NODE_FORMAT.bold) text = `<strong>${text}</strong>`
    if (format & NODE_FORMAT.italic) text = `<em>${text}</em>`
    if (format & NODE_FORMAT.strikethrough) text = `<s>${text}</s>`
    if (format & NODE_FORMAT.underline) text = `<u>${text}</u>`
    if (format & NODE_FORMAT.code) text = `<code>${text}</code>`
    if (format & NODE_FORMAT.subscript) text = `<sub>${text}</sub>`
    if (format & NODE_FORMAT.superscript) text = `<sup>${text}</sup>`
    return text
  },

  list: (args) => {
    const tag = args.node.tag === 'ol' ? 'ol' : 'ul'
    const kind = args.node.listType === 'check' ? 'check' : args.node.listType === 'number' ? 'number' : 'bullet'
    const start = tag === 'ol' ? wholeNumber(args.node.start, 1, 0) : 1
    return `<${tag}${classAttr(`list-${kind}`, ...layoutClasses(args.node))}${start !== 1 ? ` start="${start}"` : ''}>${childrenOf(args)}</${tag}>`
  },
  listitem: (args) => {
    const { node, parent } = args
    const children = childrenOf(args)
    const nested = (node.children ?? []).some((child: Node) => child.type === 'list')
    const ordered = (parent as Node).tag === 'ol'
    // An item's own number is allowed (and kept) only in a numbered list.
    const number = wholeNumber(node.value, 0, 1)
    const value = ordered && number ? ` value="${number}"` : ''
    if ((parent as Node).listType === 'check' && !nested) {
      // A checklist is read, not ticked, on the site: the state is shown by a disabled box with the text as its label.
      return `<li${classAttr('rt-check')}${value}><label><input type="checkbox" disabled${node.checked ? ' checked' : ''}> ${children}</label></li>`
    }
    return `<li${classAttr(nested && 'rt-nested')}${value}>${children}</li>`
  },

  table: (args) => `<div class="lexical-table-container"><table class="lexical-table"><tbody>${childrenOf(args)}</tbody></table></div>`,
  tablerow: (args) => `<tr class="lexical-table-row">${childrenOf(args)}</tr>`,
  tablecell: (args) => {
    const node = args.node as Node
    const headerState = wholeNumber(node.headerState, 0, 0)
    const colSpan = wholeNumber(node.colSpan, 1, 1)
    const rowSpan = wholeNumber(node.rowSpan, 1, 1)
    const tag = headerState > 0 ? 'th' : 'td'
    const spans = `${colSpan > 1 ? ` colspan="${colSpan}"` : ''}${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}`
    // A cell's background colour is dropped: it would need an inline style, and colour alone carries no meaning here.
    return `<${tag}${classAttr('lexical-table-cell', `lexical-table-cell-header-${headerState}`, ...layoutClasses(node))}${spans}>${childrenOf(args)}</${tag}>`
  },
}
