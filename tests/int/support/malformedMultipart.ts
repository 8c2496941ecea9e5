/**
 * Multipart bodies, well-formed and broken: no or the wrong boundary, cut
 * short, a `_payload` that is not JSON or not an object, garbage, and for
 * upload collections files that no rule accepts (text, empty, two at once,
 * renamed programs).
 */
import { hugeString, type Random, toJson } from './malformed'
import type { Expectation } from './malformedRequests'

const CRLF = '\r\n'

export function multipart(parts: Array<{ name: string; filename?: string; type?: string; data: string | Uint8Array }>, boundary: string) {
  const chunks: Buffer[] = []
  for (const part of parts) {
    let head = `--${boundary}${CRLF}Content-Disposition: form-data; name="${part.name}"`
    if (part.filename !== undefined) head += `; filename="${part.filename}"`
    head += CRLF
    if (part.type) head += `Content-Type: ${part.type}${CRLF}`
    chunks.push(Buffer.from(head + CRLF), Buffer.from(part.data), Buffer.from(CRLF))
  }
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`))
  return Buffer.concat(chunks)
}

export const BOUNDARY = '----fuzzBoundary7MA4YWxkTrZu0gW'
const FILE: Expectation = { path: 'file', labels: ['"file"', '파일', 'file'] }

export function brokenMultipart(random: Random, data: Record<string, unknown>, file: { name: string; data: Uint8Array; mimetype: string } | undefined, upload: boolean) {
  const goodFile = file ?? { name: 'photo.png', data: Buffer.from('not really a png'), mimetype: 'image/png' }
  const payloadPart = { name: '_payload', data: toJson(data) }
  const filePart = { name: 'file', filename: goodFile.name, type: goodFile.mimetype, data: goodFile.data }
  const full = multipart([payloadPart, filePart], BOUNDARY)
  const type = `multipart/form-data; boundary=${BOUNDARY}`
  const variants: Array<[string, string, Uint8Array | string, Expectation]> = [
    ['noBoundary', 'multipart/form-data', full, {}],
    ['wrongBoundary', 'multipart/form-data; boundary=somethingElse', full, {}],
    ['truncated', type, full.subarray(0, Math.floor(full.length * random.next() * 0.9)), {}],
    ['payloadNotJson', type, multipart([{ name: '_payload', data: '{"title": "x",' }, filePart], BOUNDARY), {}],
    ['payloadNotObject', type, multipart([{ name: '_payload', data: random.pick(['null', '42', '"text"', '[1,2]', 'true']) }, filePart], BOUNDARY), {}],
    ['garbage', type, Buffer.from(hugeString(random, random.int(10, 4000)).replace(/가/g, '\u0000')), {}],
    ['headerWithoutBlankLine', type, Buffer.from(`--${BOUNDARY}${CRLF}Content-Disposition: form-data; name="_payload"${CRLF}{"a":1}${CRLF}--${BOUNDARY}--`), {}],
    ['noClosingBoundary', type, full.subarray(0, full.length - BOUNDARY.length - 6), {}],
  ]
  if (upload) {
    variants.push(
      ['fileIsText', type, multipart([payloadPart, { ...filePart, data: Buffer.from('%PDF? no, just text\u0000') }], BOUNDARY), FILE],
      ['emptyFile', type, multipart([payloadPart, { ...filePart, data: Buffer.alloc(0) }], BOUNDARY), FILE],
      ['fileWithoutName', type, multipart([payloadPart, { ...filePart, filename: '' }], BOUNDARY), {}],
      ['twoFiles', type, multipart([payloadPart, filePart, filePart], BOUNDARY), {}],
      // Names are cleaned rather than refused (cms/hooks/sanitizeUploadFilename.ts), so these carry bytes no rule accepts.
      ['executableName', type, multipart([payloadPart, { ...filePart, filename: 'setup.exe', data: Buffer.from('MZ\u0090\u0000not a program') }], BOUNDARY), FILE],
      ['traversalName', type, multipart([payloadPart, { ...filePart, filename: '../../../etc/passwd', data: Buffer.from('root:x:0:0') }], BOUNDARY), FILE],
      ['controlCharName', type, multipart([payloadPart, { ...filePart, filename: `a\u0000b\u0007.${goodFile.name.split('.').pop()}`, data: Buffer.from('plain text') }], BOUNDARY), FILE],
    )
  }
  const [name, contentType, body, expect] = random.pick(variants)
  return { kind: `brokenMultipart:${name}`, contentType, body, expect }
}
