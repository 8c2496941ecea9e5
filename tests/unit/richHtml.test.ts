/**
 * Rich text reaches the site as HTML the build writes once: whatever shape a
 * stored Lexical value has, the HTML must carry no markup of its own making.
 */
import { describe, expect, it } from 'vitest'

import { richHtml } from '../../site/lib/loader/normalize'

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const root = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })
const cell = (fields: Record<string, unknown>) => ({ type: 'tablecell', version: 1, children: [paragraph(text('cell'))], ...fields })
const table = (fields: Record<string, unknown>) => root({ type: 'table', version: 1, children: [{ type: 'tablerow', version: 1, children: [cell(fields)] }] })
const link = (url: string) => root(paragraph({ type: 'link', version: 3, fields: { linkType: 'custom', url }, children: [text('x')] }))

/** The attributes of every element in an HTML fragment: a markup-free rendering has only the converter's own. */
const attributes = (html: string) => [...html.matchAll(/\s([a-z-]+)=/gi)].map((match) => match[1].toLowerCase())

describe('rich text to HTML', () => {
  describe.each([
    ['a header state', { headerState: '0" onmouseover="alert(1)" x="' }],
    ['a column span', { colSpan: '2" onmouseover="alert(1)' }],
    ['a row span', { rowSpan: ['2" autofocus onfocus="alert(1)'] }],
    ['a background colour', { backgroundColor: 'red;background:url(https://xss.invalid/1)' }],
  ])('a table cell with markup in %s', (_name, fields) => {
    it('renders the cell without it', () => {
      const html = richHtml(table(fields))
      expect(html).toContain('<p>cell</p>')
      expect(html).not.toMatch(/onmouseover|onfocus|autofocus|xss\.invalid/)
      expect(attributes(html).every((name) => ['class', 'style', 'colspan', 'rowspan'].includes(name))).toBe(true)
    })
  })

  it('keeps a real header cell and its spans', () => {
    const html = richHtml(table({ headerState: 1, colSpan: 2, rowSpan: 3, backgroundColor: '#eeeeee' }))
    expect(html).toMatch(/<th[^>]*class="lexical-table-cell lexical-table-cell-header-1"/)
    expect(html).toContain('colspan="2"')
    expect(html).toContain('rowspan="3"')
    expect(html).toContain('background-color: #eeeeee;')
  })

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' \tjavascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'])(
    'turns a link to %j into a dead one',
    (url) => {
      expect(richHtml(link(url))).toContain('href="#"')
    },
  )

  it('escapes markup typed as text', () => {
    expect(richHtml(root(paragraph(text('<img src=x onerror=alert(1)>'))))).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
