import { fileTypeFromBuffer } from 'file-type'
import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import sharp from 'sharp'


/** What one upload collection accepts: the extension a file may carry and what its bytes must really be. */
export interface UploadRule {
  /** extension → MIME types that content sniffing may report for it */
  accepts: Record<string, string[]>
  maxBytes: number
  /** images only: refuse decompression bombs before sharp resizes them */
  maxPixels?: number
}

const MB = 1024 * 1024

export const IMAGE_RULE: UploadRule = {
  accepts: {
    jpg: ['image/jpeg'],
    jpeg: ['image/jpeg'],
    png: ['image/png'],
    webp: ['image/webp'],
    avif: ['image/avif'],
  },
  maxBytes: 10 * MB,
  maxPixels: 40_000_000,
}

export const DOCUMENT_RULE: UploadRule = {
  accepts: {
    pdf: ['application/pdf'],
    // HWP 5 is an OLE compound file; HWPX, like the OOXML formats, is a zip package.
    hwp: ['application/x-cfb'],
    hwpx: ['application/zip', 'application/hwp+zip'],
    docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  },
  maxBytes: 20 * MB,
}

const messages = {
  ko: {
    extension: (allowed: string) => `이 형식은 올릴 수 없습니다. 올릴 수 있는 형식: ${allowed}`,
    content: (ext: string) => `파일 내용이 .${ext} 형식이 아닙니다. 파일 이름만 바꾼 파일은 올릴 수 없습니다.`,
    size: (limit: number) => `파일이 너무 큽니다. ${limit}MB 이하로 올려 주세요.`,
    pixels: (limit: number) => `이미지가 너무 큽니다. ${limit / 1_000_000}백만 화소 이하로 줄여 주세요.`,
  },
  en: {
    extension: (allowed: string) => `This file type is not accepted. Accepted types: ${allowed}`,
    content: (ext: string) => `The file's content is not a .${ext} file; renamed files are refused.`,
    size: (limit: number) => `The file is too large. Upload ${limit} MB or less.`,
    pixels: (limit: number) => `The image is too large. Reduce it to ${limit / 1_000_000} megapixels or fewer.`,
  },
}

/** Returns why a file breaks the rule, or null. Judged on its bytes, never on its name alone. */
export async function uploadProblem(
  file: { name: string; data: Buffer; size?: number },
  rule: UploadRule,
  language?: string,
): Promise<string | null> {
  const text = language === 'en' ? messages.en : messages.ko
  const size = file.size ?? file.data.length
  if (size > rule.maxBytes) return text.size(rule.maxBytes / MB)
  const ext = file.name.toLowerCase().split('.').pop() ?? ''
  const allowed = rule.accepts[ext]
  if (!allowed || !file.name.includes('.')) return text.extension(Object.keys(rule.accepts).join(', '))
  const sniffed = await fileTypeFromBuffer(file.data)
  if (!sniffed || !allowed.includes(sniffed.mime)) return text.content(ext)
  if (ext === 'hwpx' && !file.data.subarray(0, 120).toString('latin1').includes('application/hwp+zip')) {
    return text.content(ext)
  }
  if (rule.maxPixels) {
    try {
      const { width = 0, height = 0 } = await sharp(file.data, { limitInputPixels: false }).metadata()
      if (width * height > rule.maxPixels) return text.pixels(rule.maxPixels)
    } catch {
      return text.content(ext)
    }
  }
  return null
}

/** Checks an incoming upload before Payload stores or resizes anything. */
export const verifyUploadContent =
  (rule: UploadRule): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file) return args
    const problem = await uploadProblem(req.file, rule, req.i18n?.language)
    if (problem) {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: problem }] })
    }
    return args
  }

