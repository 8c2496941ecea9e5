/**
 * What a reader's browser downloads for one page, gzipped as a server would
 * send it: the HTML, its stylesheets, and its JavaScript (script tags,
 * island components and their renderer, followed through their static
 * imports). Read from the built folder, so it needs no server.
 */
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface PageWeight {
  path: string
  htmlKB: number
  cssKB: number
  jsKB: number
  /** script written inside the HTML (already counted in htmlKB) */
  inlineScriptKB: number
  requests: number
}

const gzipKB = (data: Buffer | string) => Number((gzipSync(data).length / 1024).toFixed(1))
const attributeValues = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1])

/** A JS module and everything it imports statically (dynamic imports load later, on demand). */
function withStaticImports(site: string, url: string, seen: Set<string>): void {
  if (seen.has(url) || !url.startsWith('/')) return
  seen.add(url)
  const file = path.join(site, url)
  if (!fs.existsSync(file)) return
  const code = fs.readFileSync(file, 'utf8')
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    withStaticImports(site, new URL(match[1], `http://site${url}`).pathname, seen)
  }
}

export function pageWeight(site: string, pagePath: string): PageWeight {
  const html = fs.readFileSync(path.join(site, pagePath, 'index.html'), 'utf8')
  const css = attributeValues(html, /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)
  const scripts = new Set<string>()
  const entries = [
    ...attributeValues(html, /<script\b[^>]*\bsrc="([^"]+)"/g),
    ...attributeValues(html, /\bcomponent-url="([^"]+)"/g),
    ...attributeValues(html, /\brenderer-url="([^"]+)"/g),
    ...attributeValues(html, /<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ]
  for (const entry of entries) withStaticImports(site, entry, scripts)
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('')
  const sum = (urls: Iterable<string>) =>
    Number([...urls].reduce((total, url) => total + (fs.existsSync(path.join(site, url)) ? gzipKB(fs.readFileSync(path.join(site, url))) : 0), 0).toFixed(1))
  return {
    path: pagePath,
    htmlKB: gzipKB(html),
    cssKB: sum(css),
    jsKB: sum(scripts),
    inlineScriptKB: inline ? gzipKB(inline) : 0,
    requests: 1 + css.length + scripts.size,
  }
}

/** The pages the report weighs: home, a course, the course finder, a board post and the search page. */
export function samplePages(site: string): Record<string, string> {
  const firstIn = (dir: string) => {
    const names = fs.readdirSync(path.join(site, dir), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'page' && e.name !== 'category')
    if (!names.length) throw new Error(`no pages under ${dir} in ${site}`)
    return `${dir}/${names[0].name}/`
  }
  return { home: '/', course: firstIn('/courses'), finder: '/courses/', board: firstIn('/board'), search: '/search/' }
}
