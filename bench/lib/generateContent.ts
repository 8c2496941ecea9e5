/**
 * Realistic content at a chosen scale, in the content/ format the seed loads.
 * 1x is a real center's size in the demo content's shape: about 40 courses
 * with runs, 110 instructors, 200 notices and 1,000 board posts, with pictures
 * and PDF attachments. Text is Korean sentences taken from the demo content
 * and recombined to realistic lengths; the same scale always gives the same
 * content (a seeded random sequence), so runs compare like with like.
 */
import type { Content } from '../../cms/seed/contentSchema'
import { readContent } from '../../cms/seed/readContent'

/** Counts at 1x. Fields, zones and pages belong to the center, not to its size, and stay as in the demo. */
export const ONE_X = { courses: 40, instructors: 110, notices: 200, boardPosts: 1000, images: 60, documents: 40 } as const

type Localized = { ko: string; en?: string }

/** A small deterministic generator (mulberry32): no dependency, same sequence for the same seed. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Korean sentences of the demo's bodies, the raw material of generated text. */
function sentenceBank(demo: Content): string[] {
  const bodies = [...demo.notices, ...demo.boardPosts, ...demo.pages, ...demo.zones].map((entry) =>
    'body' in entry ? entry.body.ko : entry.description.ko,
  )
  const sentences = bodies
    .flatMap((body) => body.split(/\n+/))
    .map((line) => line.replace(/^[-#>*\d.\s]+/, '').trim())
    .filter((line) => /[가-힣]/.test(line) && line.length >= 12 && !line.includes('|'))
  return [...new Set(sentences)]
}

export function generateContent(scale: number, seed = 20261128): Content {
  if (!(scale > 0)) throw new Error(`--scale must be a positive number (got ${scale})`)
  const demo = readContent()
  const random = randomFrom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
  const count = (oneX: number) => Math.max(1, Math.round(oneX * scale))
  const sentences = sentenceBank(demo)

  /** Paragraphs of Korean markdown about `length` characters long. */
  const koreanText = (length: number) => {
    const paragraphs: string[] = []
    let paragraph: string[] = []
    let total = 0
    while (total < length) {
      const sentence = pick(sentences)
      paragraph.push(sentence)
      total += sentence.length
      if (paragraph.length >= between(2, 4)) {
        paragraphs.push(paragraph.join(' '))
        paragraph = []
      }
    }
    if (paragraph.length) paragraphs.push(paragraph.join(' '))
    return paragraphs.join('\n\n')
  }
  /** A localized value from a template, numbered so every generated entry is distinct. */
  const numbered = (value: Localized, n: number): Localized => ({
    ko: `${value.ko} ${n}`,
    ...(value.en ? { en: `${value.en} ${n}` } : {}),
  })

  const images = Array.from({ length: Math.max(count(ONE_X.images), demo.images.length) }, (_, i) => {
    const template = demo.images[i % demo.images.length]
    return i < demo.images.length
      ? template
      : { ...template, key: `${template.key}-g${i}`, palette: [template.palette[1], template.palette[0]] as [string, string] }
  })
  const documents = Array.from({ length: Math.max(count(ONE_X.documents), demo.documents.length) }, (_, i) => {
    const template = demo.documents[i % demo.documents.length]
    if (i < demo.documents.length) return template
    const filename = template.filename.replace(/\.(pdf|docx)$/, `-g${i}.$1`)
    return template.lines
      ? { ...template, key: `${template.key}-g${i}`, filename, lines: [...template.lines, `Copy ${i}`] }
      : { ...template, key: `${template.key}-g${i}`, filename, blocks: [...template.blocks!, { text: `사본 ${i}` }] }
  })
  const fieldSlugs = demo.fields.map((field) => field.slug)

  const instructors = Array.from({ length: count(ONE_X.instructors) }, (_, i) => {
    const template = demo.instructors[i % demo.instructors.length]
    return {
      ...template,
      slug: `${template.slug}-g${i}`,
      name: numbered(template.name, i + 1),
      bio: { ko: koreanText(between(300, 800)), ...(template.bio.en ? { en: template.bio.en } : {}) },
      fields: [...new Set([...template.fields, pick(fieldSlugs)])],
    }
  })

  const courses = Array.from({ length: count(ONE_X.courses) }, (_, i) => {
    const template = demo.courses[i % demo.courses.length]
    const teachers = Array.from({ length: between(1, 2) }, () => pick(instructors).slug)
    return {
      ...template,
      slug: `${template.slug}-g${i}`,
      title: numbered(template.title, i + 1),
      description: { ko: koreanText(between(400, 1200)), ...(template.description.en ? { en: template.description.en } : {}) },
      instructors: [...new Set(teachers)],
      runs: Array.from({ length: between(1, 3) }, (_, r) => ({ ...pick(template.runs), termOffset: (r % 3) + 1 })),
    }
  })

  const notices = Array.from({ length: count(ONE_X.notices) }, (_, i) => {
    const template = demo.notices[i % demo.notices.length]
    const photos = random() < 0.4 ? [{ image: pick(images).key, caption: { ko: pick(sentences) }, credit: { ko: '서초구 IT교육센터', en: 'Seocho-gu IT Education Center' } }] : []
    return {
      ...template,
      slug: `${template.slug}-g${i}`,
      title: numbered(template.title, i + 1),
      body: { ko: koreanText(between(600, 2000)), ...(template.body.en ? { en: template.body.en } : {}) },
      daysAgo: between(0, 730),
      pinned: false,
      photos,
      attachments: random() < 0.3 ? [pick(documents).key] : [],
    }
  })

  const boardPosts = Array.from({ length: count(ONE_X.boardPosts) }, (_, i) => {
    const template = demo.boardPosts[i % demo.boardPosts.length]
    return {
      ...template,
      slug: `post-g${String(i).padStart(5, '0')}`,
      title: numbered(template.title, i + 1),
      body: { ko: koreanText(between(200, 900)) },
      daysAgo: between(0, 1095),
      pinned: false,
      attachments: random() < 0.4 ? [pick(documents).key] : [],
    }
  })

  return { ...demo, images, documents, instructors, courses, notices, boardPosts }
}

/** How many entries of each kind a Content holds, for the report. */
export function contentCounts(content: Content) {
  return {
    courses: content.courses.length,
    runs: content.courses.reduce((sum, course) => sum + course.runs.length, 0),
    instructors: content.instructors.length,
    notices: content.notices.length,
    boardPosts: content.boardPosts.length,
    images: content.images.length + content.instructors.length,
    documents: content.documents.length,
  }
}
