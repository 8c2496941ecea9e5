/**
 * Reads a copy of a write request's body (Payload reads the original after
 * us) and refuses what cannot be read: broken JSON, a body that is not an
 * object, an unknown content type, broken multipart. Payload itself answers
 * some of these with a 500, or quietly saves an empty change.
 */
import { APIError, type PayloadRequest } from 'payload'

import { hasControlCharacters } from '../domain/controlCharacters'
import { type RequestMessageKey, requestMessage } from '../i18n/requestMessages'

export type Body =
  | { kind: 'none' }
  /** `data` is the JSON body, or the `_payload` part of a multipart body (undefined when absent) */
  | { kind: 'json' | 'multipart'; data: Record<string, unknown> | undefined; hasFile: boolean }

const refuse = (req: PayloadRequest, key: RequestMessageKey, status = 400, params: Record<string, string | number> = {}): never => {
  throw new APIError(requestMessage(key, req.i18n?.language, params), status, null, true)
}

/** A copy whose body can be read while the original stays unread for Payload. */
const copyOf = (req: PayloadRequest) => (req as unknown as Request).clone()

const shorten = (text: string) => text.replace(/[\u0000-\u001F\u007F]/g, '?').slice(0, 120)

function parseObject(req: PayloadRequest, text: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    refuse(req, 'invalidJson', 400, { reason: shorten(error instanceof Error ? error.message : String(error)) })
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(req, 'notObject')
  return value as Record<string, unknown>
}

async function readMultipart(req: PayloadRequest, contentType: string): Promise<Body> {
  if (!/;\s*boundary=/i.test(contentType)) refuse(req, 'brokenMultipart', 400, { reason: 'no boundary' })
  let form: FormData
  try {
    form = await copyOf(req).formData()
  } catch (error) {
    return refuse(req, 'brokenMultipart', 400, { reason: shorten(error instanceof Error ? error.message : String(error)) })
  }
  for (const [name, value] of form.entries()) {
    // busboy, which Payload reads the original with, refuses these as a "malformed part header".
    if (hasControlCharacters(name) || (typeof value !== 'string' && hasControlCharacters(value.name))) {
      refuse(req, 'brokenMultipart', 400, { reason: `control characters in the name of part "${shorten(name)}"` })
    }
  }
  const files = form.getAll('file')
  if (files.length > 1) refuse(req, 'oneFile')
  if (files.some((file) => typeof file === 'string')) refuse(req, 'notAFile')
  const payloadParts = form.getAll('_payload')
  if (payloadParts.length > 1 || payloadParts.some((part) => typeof part !== 'string')) refuse(req, 'brokenMultipart', 400, { reason: '_payload' })
  const text = payloadParts[0] as string | undefined
  return { kind: 'multipart', data: text === undefined ? undefined : parseObject(req, text), hasFile: files.length === 1 }
}

/** The body of a POST or PATCH, read from a copy of the request. */
export async function readBody(req: PayloadRequest, { strict }: { strict: boolean }): Promise<Body> {
  const contentType = req.headers.get('content-type') ?? ''
  // Compared as Payload compares it (exactly, before the first `;`): a type it would not read is refused, not ignored.
  const [mediaType, ...params] = contentType.split(';')
  if (mediaType === 'multipart/form-data') return readMultipart(req, contentType)
  const text = req.body ? await copyOf(req).text() : ''
  if (mediaType === 'application/json') {
    const charset = params.map((p) => p.trim()).find((p) => /^charset=/i.test(p))?.slice(8).replace(/"/g, '').toLowerCase()
    if (charset && charset !== 'utf-8' && charset !== 'utf8') refuse(req, 'contentType', 415, { type: shorten(contentType) })
    if (text.trim() === '') return { kind: 'none' }
    return { kind: 'json', data: parseObject(req, text), hasFile: false }
  }
  if (text.length === 0) return { kind: 'none' }
  // Payload reads no other type: the body would be dropped without a word.
  if (strict) refuse(req, 'contentType', 415, { type: shorten(contentType) || '(none)' })
  return { kind: 'none' }
}
