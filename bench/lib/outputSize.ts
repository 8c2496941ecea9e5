import fs from 'node:fs'
import path from 'node:path'

/** Files, bytes and HTML pages of a built site. */
export function outputSize(dir: string): { files: number; bytes: number; htmlPages: number } {
  let files = 0
  let bytes = 0
  let htmlPages = 0
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files += 1
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
    if (entry.name.endsWith('.html')) htmlPages += 1
  }
  return { files, bytes, htmlPages }
}
