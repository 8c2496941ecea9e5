/**
 * Every key an entry names must exist, and every natural key must be unique,
 * so a typo fails before the seed or an import writes anything rather than
 * as a missing link on the site. Drafts are checked like the entries they
 * belong to.
 */
import type { BackupContent } from './backupSchema'
import { isKeyRef, relationsIn } from './richTextRefs'

type Kind = 'field' | 'instructor' | 'image' | 'document' | 'account'
type Entry = Record<string, any>

const draftsOf = (entry: Entry): Entry[] => [entry, ...(entry.draft ? [entry.draft as Entry] : [])]

export function checkReferences(content: BackupContent, files: Record<string, string>): string[] {
  const problems: string[] = []
  const known: Record<Kind, Set<string>> = {
    field: new Set(content.fields.map((f) => f.slug)),
    instructor: new Set(content.instructors.map((i) => i.slug)),
    image: new Set(content.images.map((i) => i.key)),
    document: new Set(content.documents.map((d) => d.key)),
    account: new Set((content.users ?? []).map((u) => u.email.toLowerCase())),
  }
  const need = (kind: Kind, key: unknown, where: string) => {
    if (typeof key === 'string' && !known[kind].has(kind === 'account' ? key.toLowerCase() : key)) {
      problems.push(`${where} names ${kind} "${key}", which does not exist`)
    }
  }
  const unique = (part: keyof BackupContent, keys: string[], what: string) => {
    const seen = new Set<string>()
    for (const key of keys) {
      if (seen.has(key)) problems.push(`${files[part]}: two entries have the ${what} "${key}"`)
      seen.add(key)
    }
  }

  unique('images', content.images.map((i) => i.key), 'key')
  unique('images', content.images.map((i) => i.file ?? `${i.key}.jpg`), 'file name')
  unique('documents', content.documents.map((d) => d.key), 'key')
  unique('documents', content.documents.map((d) => d.filename), 'file name')
  unique('users', (content.users ?? []).map((u) => u.email.toLowerCase()), 'email')
  for (const part of ['fields', 'instructors', 'courses', 'notices', 'boardPosts', 'zones', 'pages'] as const) {
    unique(part, content[part].map((entry) => entry.slug), 'slug')
    for (const entry of content[part] as Entry[]) {
      for (const schedule of entry.schedule ?? []) {
        if (content.users) need('account', schedule.by, `${files[part]} ${entry.slug} schedule`)
      }
    }
  }
  const numbers = content.boardPosts.map((post) => post.number).filter((n): n is number => typeof n === 'number')
  unique('boardPosts', numbers.map(String), 'number')

  for (const field of content.fields as Entry[]) {
    draftsOf(field).forEach((f) => need('image', f.image, `${files.fields} ${field.slug}`))
  }
  for (const person of content.instructors as Entry[]) {
    for (const version of draftsOf(person)) {
      ;(version.fields ?? []).forEach((f: string) => need('field', f, `${files.instructors} ${person.slug}`))
      need('image', version.photo, `${files.instructors} ${person.slug}`)
    }
  }
  for (const course of content.courses as Entry[]) {
    for (const version of draftsOf(course)) {
      need('field', version.field, `${files.courses} ${course.slug}`)
      ;(version.instructors ?? []).forEach((i: string) => need('instructor', i, `${files.courses} ${course.slug}`))
      need('image', version.image, `${files.courses} ${course.slug}`)
    }
  }
  for (const notice of content.notices as Entry[]) {
    for (const version of draftsOf(notice)) {
      need('field', version.callField, `${files.notices} ${notice.slug}`)
      ;(version.photos ?? []).forEach((p: Entry) => need('image', p?.image, `${files.notices} ${notice.slug}`))
      ;(version.attachments ?? []).forEach((a: string) => need('document', a, `${files.notices} ${notice.slug}`))
    }
  }
  for (const post of content.boardPosts as Entry[]) {
    draftsOf(post).forEach((p) => (p.attachments ?? []).forEach((a: string) => need('document', a, `${files.boardPosts} ${post.slug}`)))
  }
  for (const zone of content.zones as Entry[]) {
    draftsOf(zone).forEach((z) => need('image', z.image, `${files.zones} ${zone.slug}`))
  }

  // Documents that rich text points at (images, attachments, links), by key
  const keysOf: Record<string, Set<string>> = {
    media: known.image,
    documents: known.document,
    users: known.account,
    fields: known.field,
    instructors: known.instructor,
    courses: new Set(content.courses.map((c) => c.slug)),
    notices: new Set(content.notices.map((n) => n.slug)),
    'board-posts': new Set(content.boardPosts.map((p) => p.slug)),
    zones: new Set(content.zones.map((z) => z.slug)),
    pages: new Set(content.pages.map((p) => p.slug)),
  }
  for (const part of ['instructors', 'courses', 'notices', 'boardPosts', 'zones', 'pages'] as const) {
    for (const entry of content[part] as Entry[]) {
      for (const { relationTo, value } of relationsIn(entry)) {
        const where = `${files[part]} ${entry.slug} rich text`
        if (value === null) continue
        if (!isKeyRef(value)) problems.push(`${where} points at ${relationTo} by "${JSON.stringify(value)}": a backup names documents by { "key": … }`)
        else if (!keysOf[relationTo]?.has(relationTo === 'users' ? value.key.toLowerCase() : value.key)) {
          problems.push(`${where} points at ${relationTo} "${value.key}", which does not exist`)
        }
      }
    }
  }
  // Review requests name their post by slug and their people by email.
  ;(content.reviews ?? []).forEach((review, index) => {
    const where = `${files.reviews} ${index}`
    if (review.document && !keysOf[review.document.collection]?.has(review.document.slug)) {
      problems.push(`${where} names ${review.document.collection} "${review.document.slug}", which does not exist`)
    }
    if (content.users) for (const person of [review.requestedBy, review.decidedBy]) need('account', person, where)
  })
  return problems
}
