/**
 * How rich text becomes HTML on the site: Payload's own converters, which
 * escape text and drop unsafe link protocols, with the ones that write markup
 * the site cannot use replaced (see richTextMarkup.ts):
 * - inline `style` attributes (alignment, indentation, underline, tables, and an
 *   empty `style=""` on every list item): the site's Content-Security-Policy
 *   blocks them, so each one was a logged violation and a lost format. The
 *   same formats are written as elements (<u>, <s>) or classes (base.css).
 * - `value` on the items of a bulleted list, which HTML allows only in <ol>.
 * - a table cell's header state, written into its class attribute unescaped:
 *   the CMS stores any node the API is sent (tables too, though the editor
 *   offers none), so `"headerState": "0\" onmouseover=\"…"` became markup.
 */
import { defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'

import { richTextMarkup } from './richTextMarkup'

export const siteHtmlConverters: HTMLConverters = {
  ...defaultHTMLConverters,
  ...richTextMarkup,
}
