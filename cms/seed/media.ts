/**
 * Pictures and PDFs for the demo, made at seed time so the repository ships
 * no binaries: abstract art drawn with sharp, and PDFs written with pdf-lib.
 */
import { createHash } from 'node:crypto'

import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import sharp from 'sharp'

export interface UploadFile {
  data: Buffer
  mimetype: string
  name: string
  size: number
}

/** A repeatable pseudo-random sequence from a key, so the same key always draws the same picture. */
function numbersFrom(key: string): () => number {
  let state = createHash('sha256').update(key).digest()
  let index = 0
  return () => {
    if (index >= state.length) {
      state = createHash('sha256').update(state).digest()
      index = 0
    }
    return state[index++] / 255
  }
}

export async function drawPicture(key: string, palette: [string, string], width = 1600, height = 1000): Promise<UploadFile> {
  const next = numbersFrom(key)
  const shapes = Array.from({ length: 7 }, (_, i) => {
    const cx = Math.round(next() * width)
    const cy = Math.round(next() * height)
    const r = Math.round((0.08 + next() * 0.25) * Math.min(width, height))
    const colour = i % 2 === 0 ? '#ffffff' : palette[1]
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${colour}" fill-opacity="${(0.12 + next() * 0.3).toFixed(2)}"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${palette[0]}"/><stop offset="1" stop-color="${palette[1]}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`
  const data = await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
  return { data, mimetype: 'image/jpeg', name: `${key}.jpg`, size: data.length }
}

/** A head-and-shoulders silhouette: stands in for an instructor photo in the demo. */
export async function drawPortrait(key: string, palette: [string, string]): Promise<UploadFile> {
  const size = 800
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
    <rect width="100%" height="100%" fill="${palette[0]}"/>
    <circle cx="400" cy="320" r="150" fill="${palette[1]}"/>
    <ellipse cx="400" cy="760" rx="290" ry="250" fill="${palette[1]}"/></svg>`
  const data = await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
  return { data, mimetype: 'image/jpeg', name: `${key}.jpg`, size: data.length }
}

/** An A4 PDF of plain lines (the standard fonts carry Latin text only). */
export async function writePdf(filename: string, lines: string[]): Promise<UploadFile> {
  const doc = await PDFDocument.create()
  doc.setTitle(lines[0] ?? filename)
  doc.setProducer('Seocho IT Education Center demo content')
  // Fixed dates keep the bytes identical from one seed to the next.
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'))
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'))
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  let page = doc.addPage([595.28, 841.89])
  let y = 780
  lines.forEach((line, index) => {
    if (y < 60) {
      page = doc.addPage([595.28, 841.89])
      y = 780
    }
    page.drawText(line, { x: 56, y, size: index === 0 ? 18 : 12, font: index === 0 ? bold : font, color: rgb(0.1, 0.1, 0.15) })
    y -= index === 0 ? 32 : 20
  })
  const data = Buffer.from(await doc.save({ useObjectStreams: false }))
  return { data, mimetype: 'application/pdf', name: filename, size: data.length }
}

const PORTRAIT_PALETTES: [string, string][] = [
  ['#dbe7f3', '#3b5b7e'],
  ['#f3e6d8', '#8a5a3b'],
  ['#e2efe0', '#3f6e4a'],
  ['#efe0ec', '#74466b'],
  ['#e9e9e9', '#4a4a4a'],
]

/** One of a few calm palettes, the same for the same instructor. */
export function portraitPalette(slug: string): [string, string] {
  let hash = 0
  for (const char of slug) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return PORTRAIT_PALETTES[hash % PORTRAIT_PALETTES.length]
}
