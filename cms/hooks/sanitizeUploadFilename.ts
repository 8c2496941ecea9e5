import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Base names are cut to this many UTF-8 bytes (50 Korean letters, 150 Latin
 * ones), leaving room within the 255-byte file-name limit for the extension,
 * Payload's "-1" counter and the "-1600x1067" of resized images.
 */
export const MAX_BASENAME_BYTES = 150

/** Used when nothing readable is left of a name, e.g. "<>.pdf". */
const FALLBACK_BASENAME = 'file'

/** Device names Windows refuses as file names, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/** Letters and digits of any script (Korean included), their combining marks, and a few harmless signs. */
const UNSAFE_CHARACTER = /[^\p{L}\p{M}\p{N} ._()-]/gu

/** Invisible characters that change how a name reads: controls, bidi overrides, zero-width joiners. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu

function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0
  let cut = ''
  for (const character of text) {
    bytes += Buffer.byteLength(character)
    if (bytes > maxBytes) break
    cut += character
  }
  return cut
}

/**
 * The name a file is stored and served under: its last path segment, in NFC
 * (macOS sends Korean decomposed), without invisible, markup, URL or shell
 * characters, no leading dot, no Windows device name, bounded in length, with
 * a lower-case extension. Idempotent: a safe name comes back unchanged.
 */
export function safeFilename(name: string): string {
  const lastSegment = name.split(/[/\\]/).pop() ?? ''
  const cleaned = lastSegment
    .normalize('NFC')
    .replace(/[\p{Zs}\t\n\v\f\r\u2028\u2029]+/gu, ' ')
    .replace(INVISIBLE, '')
    .replace(UNSAFE_CHARACTER, '-')
    .replace(/ {2,}/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
  const dot = cleaned.lastIndexOf('.')
  const extension = dot > 0 ? cleaned.slice(dot + 1).replace(/[^\p{L}\p{N}]/gu, '').toLowerCase() : ''
  const trimEnds = (text: string) => text.replace(/^[\s.\-_]+|[\s.\-_]+$/g, '')
  const base = (trimEnds(cutToBytes(trimEnds(dot > 0 ? cleaned.slice(0, dot) : cleaned), MAX_BASENAME_BYTES)) || FALLBACK_BASENAME)
    // Windows takes "con.tar" for the device too: mark the part before the first dot.
    .replace(/^[^.]*/, (first) => (WINDOWS_RESERVED.test(first.trim()) ? `${first}_` : first))
  return extension ? `${base}.${extension}` : base
}

/**
 * Renames an incoming upload to its safe name before Payload stores it, so
 * the disk, the database and the public site's /files/ links all use it.
 */
export const sanitizeUploadFilename: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file?.name) req.file.name = safeFilename(req.file.name)
  return args
}
