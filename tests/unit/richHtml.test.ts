/**
 * Rich text reaches the site as HTML the build writes once: whatever shape a
 * stored Lexical value has, the HTML must carry no markup of its own making.
 */
import fs from 'node:fs'

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
      expect(attributes(html).every((name) => ['class', 'colspan', 'rowspan'].includes(name))).toBe(true)
    })
  })

  it('keeps a real header cell and its spans (its colour would need an inline style, which the CSP blocks)', () => {
    const html = richHtml(table({ headerState: 1, colSpan: 2, rowSpan: 3, backgroundColor: '#eeeeee' }))
    expect(html).toMatch(/<th[^>]*class="lexical-table-cell lexical-table-cell-header-1"/)
    expect(html).toContain('colspan="2"')
    expect(html).toContain('rowspan="3"')
    expect(html).not.toContain('#eeeeee')
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

  describe('markup the page can use: valid HTML, no inline style (the site CSP blocks every style attribute)', () => {
    const formatted = (format: number) => ({ ...text('x'), format })
    const item = (value: number, ...children: unknown[]) => ({ type: 'listitem', version: 1, value, checked: value === 1, children })
    const list = (listType: string, tag: string, ...children: unknown[]) => ({ type: 'list', version: 1, listType, tag, start: 1, children })
    const aligned = (format: string, indent = 0) => ({ ...paragraph(text('x')), format, indent })

    it.each([
      ['a bulleted list', root(list('bullet', 'ul', item(1, text('a')), item(2, text('b'))))],
      ['a nested list', root(list('bullet', 'ul', item(1, text('a')), item(2, list('bullet', 'ul', item(1, text('b'))))))],
      ['a numbered list', root(list('number', 'ol', item(1, text('a')), item(2, text('b'))))],
      ['a checklist', root(list('check', 'ul', item(1, text('a')), item(2, text('b'))))],
      ['centred, right-aligned and indented paragraphs', root(aligned('center'), aligned('right'), aligned('', 2))],
      ['a centred heading and quote', root({ type: 'heading', tag: 'h2', version: 1, format: 'center', children: [text('x')] }, { type: 'quote', version: 1, format: 'center', children: [text('x')] })],
      ['underlined, struck-through and bold text', root(paragraph(formatted(8), formatted(4), formatted(1 | 2 | 16)))],
      ['a table', table({ headerState: 0 })],
    ])('%s has no style attribute', (_name, value) => {
      expect(attributes(richHtml(value))).not.toContain('style')
    })

    it('gives no number to the items of a bulleted list, and keeps them in a numbered one', () => {
      expect(richHtml(root(list('bullet', 'ul', item(1, text('a')), item(2, text('b')))))).toBe('<div class="payload-richtext"><ul class="list-bullet"><li>a</li><li>b</li></ul></div>')
      expect(richHtml(root(list('number', 'ol', item(1, text('a')), item(2, text('b')))))).toContain('<li value="1">a</li><li value="2">b</li>')
    })

    it('writes alignment and indentation as the classes base.css draws', () => {
      const html = richHtml(root(aligned('center'), aligned('right'), aligned('justify'), aligned('', 2), aligned('left', 40)))
      expect(html).toContain('<p class="rt-align-center">x</p>')
      expect(html).toContain('<p class="rt-align-end">x</p>')
      expect(html).toContain('<p class="rt-align-justify">x</p>')
      expect(html).toContain('<p class="rt-indent-2">x</p>')
      expect(html).toContain('<p class="rt-indent-6">x</p>')
      const css = fs.readFileSync('site/styles/base.css', 'utf8')
      for (const name of ['rt-align-center', 'rt-align-end', 'rt-align-justify', 'rt-indent-1', 'rt-indent-6']) expect(css).toContain(`.${name} {`)
    })

    it('writes underline and strike-through as elements', () => {
      expect(richHtml(root(paragraph(formatted(8), formatted(4))))).toContain('<p><u>x</u><s>x</s></p>')
    })

    it('shows a checklist item ticked or not, labelled by its own text', () => {
      const html = richHtml(root(list('check', 'ul', item(1, text('done')), item(2, text('to do')))))
      expect(html).toContain('<label><input type="checkbox" disabled checked> done</label>')
      expect(html).toContain('<label><input type="checkbox" disabled> to do</label>')
    })
  })
})
