/**
 * What a build must show before it may go live: enough pages for the content,
 * no internal link that leads nowhere, and a search index for each language.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface BuildCheck {
  pages: number
  problems: string[]
}

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await fs.promises.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else yield full
  }
}

/** Does a site path (/courses/x/, /files/a.pdf) exist in the built folder? */
function exists(root: string, href: string): boolean {
  const clean = decodeURIComponent(href.split(/[?#]/)[0])
  const target = path.join(root, clean)
  if (!target.startsWith(root)) return false
  if (clean.endsWith('/')) return fs.existsSync(path.join(target, 'index.html'))
  return fs.existsSync(target) || fs.existsSync(path.join(target, 'index.html')) || fs.existsSync(`${target}.html`)
}

/**
 * Reads asynchronously: it runs in the process that also serves the live site, which must keep
 * answering while tens of thousands of pages are checked.
 */
export async function checkBuild(root: string, { minimumPages }: { minimumPages: number }): Promise<BuildCheck> {
  const problems: string[] = []
  const html: string[] = []
  for await (const file of files(root)) if (file.endsWith('.html')) html.push(file)
  if (html.length < minimumPages) problems.push(`only ${html.length} pages, expected at least ${minimumPages}`)

  const broken = new Map<string, string>()
  for (const file of html) {
    const text = await fs.promises.readFile(file, 'utf8')
    for (const match of text.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) {
      const href = match[1].replace(/&amp;/g, '&')
      if (href.startsWith('//') || broken.has(href)) continue
      if (!exists(root, href)) broken.set(href, path.relative(root, file))
    }
  }
  for (const [href, file] of [...broken].slice(0, 20)) problems.push(`broken link ${href} (in ${file})`)
  if (broken.size > 20) problems.push(`… and ${broken.size - 20} more broken links`)

  const entry = path.join(root, 'pagefind', 'pagefind-entry.json')
  if (!fs.existsSync(entry)) problems.push('no search index (pagefind/pagefind-entry.json)')
  else {
    const languages = Object.keys(JSON.parse(fs.readFileSync(entry, 'utf8')).languages ?? {})
    for (const language of ['ko', 'en']) if (!languages.includes(language)) problems.push(`no ${language} search index`)
  }
  return { pages: html.length, problems }
}
