import fs from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { projectRoot } from '../paths'
import { CONTENT_FILES, type Content, contentSchema } from './contentSchema'

export const contentDir = () => path.resolve(projectRoot, process.env.CONTENT_DIR ?? 'content')

/** Reads and checks content/*.json; a bad entry stops the seed with its file and path. */
export function readContent(dir = contentDir()): Content {
  const raw: Record<string, unknown> = {}
  for (const [part, file] of Object.entries(CONTENT_FILES)) {
    raw[part] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
  }
  const parsed = contentSchema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((issue) => {
      const [part, ...rest] = issue.path
      return `  ${CONTENT_FILES[part as keyof Content]} ${rest.join('.')}: ${issue.message}`
    })
    throw new Error(`content/ is not valid:\n${problems.join('\n')}\n${z.prettifyError(parsed.error).split('\n').length} problems in all`)
  }
  checkReferences(parsed.data)
  return parsed.data
}

/** Every slug an entry names must exist, so a typo fails here rather than as a missing link on the site. */
function checkReferences(content: Content): void {
  const known = {
    field: new Set(content.fields.map((f) => f.slug)),
    instructor: new Set(content.instructors.map((i) => i.slug)),
    image: new Set(content.images.map((i) => i.key)),
    document: new Set(content.documents.map((d) => d.key)),
  }
  const missing: string[] = []
  const need = (kind: keyof typeof known, key: string | undefined, where: string) => {
    if (key && !known[kind].has(key)) missing.push(`${where} names ${kind} "${key}", which does not exist`)
  }
  content.fields.forEach((f) => need('image', f.image, `fields.json ${f.slug}`))
  content.instructors.forEach((i) => i.fields.forEach((f) => need('field', f, `instructors.json ${i.slug}`)))
  content.courses.forEach((c) => {
    need('field', c.field, `courses.json ${c.slug}`)
    c.instructors.forEach((i) => need('instructor', i, `courses.json ${c.slug}`))
  })
  content.notices.forEach((n) => {
    need('field', n.callField, `notices.json ${n.slug}`)
    n.photos.forEach((p) => need('image', p.image, `notices.json ${n.slug}`))
    n.attachments.forEach((a) => need('document', a, `notices.json ${n.slug}`))
  })
  content.boardPosts.forEach((p) => p.attachments.forEach((a) => need('document', a, `board-posts.json ${p.slug}`)))
  content.zones.forEach((z) => need('image', z.image, `zones.json ${z.slug}`))
  if (missing.length) throw new Error(`content/ has broken references:\n  ${missing.join('\n  ')}`)
}
