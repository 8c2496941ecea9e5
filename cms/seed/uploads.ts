/**
 * The bytes behind an image or document entry: the real file the entry
 * names (`file`, in a backup or in content/), or else one drawn for the demo.
 */
import fs from 'node:fs'
import path from 'node:path'

import { fileTypeFromBuffer } from 'file-type'

import { type FormBlock, writeDocx } from './docxForm'
import { drawPicture, type UploadFile, writePdf } from './media'

/** Reads `file` (relative to `dir`) as an upload keeping its name; the type is the one recorded, else sniffed. */
export async function readUpload(dir: string, file: string, mimeType?: string): Promise<UploadFile> {
  const data = fs.readFileSync(path.join(dir, file))
  const type = mimeType ?? (await fileTypeFromBuffer(data))?.mime ?? 'application/octet-stream'
  return { data, mimetype: type, name: path.basename(file), size: data.length }
}

export const imageUpload = (dir: string, image: { key: string; file?: string; palette?: [string, string] }) =>
  image.file ? readUpload(dir, image.file) : drawPicture(image.key, image.palette!)

export const documentUpload = (dir: string, document: { filename: string; title?: { ko: string }; lines?: string[]; blocks?: FormBlock[]; file?: string; mimeType?: string }) =>
  document.file
    ? readUpload(dir, document.file, document.mimeType)
    : document.blocks
      ? writeDocx(document.filename, document.title?.ko ?? document.filename, document.blocks)
      : writePdf(document.filename, document.lines!)

/** The name an image entry is stored under: its file's, or `<key>.jpg` for a drawn one. */
export const imageFilename = (image: { key: string; file?: string }) => (image.file ? path.basename(image.file) : `${image.key}.jpg`)
