/**
 * How rich text becomes HTML on the site: Payload's own converters, which
 * escape text and drop unsafe link protocols, with one exception mended.
 * The table converter writes a cell's header state into its class attribute
 * unescaped, and the CMS stores any node the API is sent (tables too, though
 * the editor offers none), so `"headerState": "0\" onmouseover=\"…"` became
 * markup on the page. Cell numbers are taken as whole numbers here, or dropped.
 */
import { defaultHTMLConverters, type HTMLConverters, TableHTMLConverter } from '@payloadcms/richtext-lexical/html'

const wholeNumber = (value: unknown, fallback: number, minimum: number) => {
  const number = typeof value === 'number' ? value : Number.NaN
  return Number.isInteger(number) && number >= minimum ? number : fallback
}

export const siteHtmlConverters: HTMLConverters = {
  ...defaultHTMLConverters,
  tablecell: (args) => {
    const node = args.node as unknown as Record<string, unknown>
    const safe = {
      ...node,
      headerState: wholeNumber(node.headerState, 0, 0),
      colSpan: wholeNumber(node.colSpan, 1, 1),
      rowSpan: wholeNumber(node.rowSpan, 1, 1),
      backgroundColor: typeof node.backgroundColor === 'string' ? node.backgroundColor : undefined,
    }
    return (TableHTMLConverter.tablecell as (a: typeof args) => string)({ ...args, node: safe as unknown as typeof args.node })
  },
}
