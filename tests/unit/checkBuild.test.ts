import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { checkBuild } from '../../cms/build/checkBuild'
import { sitePathOf } from '../../cms/build/preview'

let dir: string
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

function site(files: Record<string, string>) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-'))
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), content)
  }
  return dir
}

const index = '{"languages":{"ko":{},"en":{}}}'

describe('build checks before going live', () => {
  it('passes a complete site', async () => {
    const root = site({
      'index.html': '<a href="/courses/a/">A</a><img src="/media/1-400.webp"><a href="/files/x.pdf">x</a><a href="https://www.seocho.go.kr/">out</a>',
      'courses/a/index.html': '<a href="/">home</a><a href="/courses/a/#runs">runs</a>',
      'media/1-400.webp': 'x',
      'files/x.pdf': '%PDF',
      'pagefind/pagefind-entry.json': index,
    })
    expect(await checkBuild(root, { minimumPages: 2 })).toEqual({ pages: 2, problems: [] })
  })

  it('names every internal link that leads nowhere, and where it is', async () => {
    const root = site({ 'index.html': '<a href="/missing/">m</a><img src="/media/gone.webp">', 'pagefind/pagefind-entry.json': index })
    expect((await checkBuild(root, { minimumPages: 1 })).problems).toEqual(['broken link /missing/ (in index.html)', 'broken link /media/gone.webp (in index.html)'])
  })

  it('refuses too few pages and a missing search index', async () => {
    const root = site({ 'index.html': '<p>home</p>' })
    expect((await checkBuild(root, { minimumPages: 10 })).problems).toEqual(['only 1 pages, expected at least 10', 'no search index (pagefind/pagefind-entry.json)'])
  })

  it('refuses an index without English', async () => {
    const root = site({ 'index.html': '<p>home</p>', 'pagefind/pagefind-entry.json': '{"languages":{"ko":{}}}' })
    expect((await checkBuild(root, { minimumPages: 1 })).problems).toEqual(['no en search index'])
  })
})

describe('where a previewed document is on the site', () => {
  it.each([
    ['courses', { slug: 'ai-basics' }, 'ko', '/courses/ai-basics/'],
    ['board-posts', { number: 12 }, 'ko', '/board/12/'],
    ['pages', { slug: 'faq' }, 'en', '/en/faq/'],
    ['fields', { slug: 'ai' }, 'en', '/en/courses/field/ai/'],
  ] as const)('%s %j in %s is %s', (collection, doc, locale, expected) => {
    expect(sitePathOf(collection, doc, locale)).toBe(expected)
  })
})
