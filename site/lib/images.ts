/**
 * Responsive images through sharp: each picture is written at a few widths
 * in AVIF and WebP under /media/, with its width and height known up front
 * so nothing shifts while it loads. Encoded files are cached between builds.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { projectRoot } from '../../cms/paths'
import { addTime } from './build/timings'
import type { Entry } from './loader/schemas'
import { readFileAt } from './loader/source'

export type Media = Entry<'media'>
export const FORMATS = ['avif', 'webp'] as const
export type ImageFormat = (typeof FORMATS)[number]
const WIDTHS = [400, 800, 1200]

/** The widths a picture is offered at: never wider than its original. */
export function widthsOf(media: Pick<Media, 'width'>): number[] {
  const widths = WIDTHS.filter((width) => width < media.width)
  return [...widths, Math.min(media.width, WIDTHS[WIDTHS.length - 1])].filter((w, i, all) => all.indexOf(w) === i)
}

export const variantName = (media: Pick<Media, 'cmsId'>, width: number, format: ImageFormat) => `${media.cmsId}-${width}.${format}`
export const variantUrl = (media: Pick<Media, 'cmsId'>, width: number, format: ImageFormat) => `/media/${variantName(media, width, format)}`
export const heightAt = (media: Pick<Media, 'width' | 'height'>, width: number) => Math.round((media.height / media.width) * width)

// IMAGE_CACHE_DIR lets the benchmark measure a build with a cold cache.
const cacheDir = process.env.IMAGE_CACHE_DIR || path.join(projectRoot, 'node_modules', '.cache', 'seocho-images')

/** Encodes one variant (or takes it from the cache when the original is unchanged). */
export async function renderVariant(media: Media, width: number, format: ImageFormat): Promise<Buffer> {
  const started = performance.now()
  try {
    return await encodeOrReuse(media, width, format)
  } finally {
    addTime('images', performance.now() - started)
  }
}

async function encodeOrReuse(media: Media, width: number, format: ImageFormat): Promise<Buffer> {
  const original = await readFileAt(media.source)
  return cachedEncoding(original, `${width}.${format}.v1`, format, () => {
    const pipeline = sharp(original).resize({ width, withoutEnlargement: true })
    return format === 'avif' ? pipeline.avif({ quality: 50, effort: 2 }).toBuffer() : pipeline.webp({ quality: 72 }).toBuffer()
  })
}

/**
 * An encoding of `original` named by `recipe`, taken from the cache when the same original was
 * encoded the same way before (the key is the original's bytes and the recipe, so a replaced
 * picture is encoded again).
 */
export async function cachedEncoding(original: Buffer, recipe: string, extension: string, encode: () => Promise<Buffer>): Promise<Buffer> {
  const key = createHash('sha256').update(original).update(recipe).digest('hex').slice(0, 24)
  const cached = path.join(cacheDir, `${key}.${extension}`)
  try {
    return await fs.readFile(cached)
  } catch {
    // not cached yet
  }
  addTime('imagesEncoded', 0)
  const data = await encode()
  await fs.mkdir(cacheDir, { recursive: true })
  await fs.writeFile(cached, data)
  return data
}
