/**
 * Uploads through the REST handler, as the admin sends them: whatever name a
 * file arrives with, it is stored and served under a safe one (no path, no
 * control or markup characters, no leading dot or Windows device name,
 * bounded length, the extension its bytes prove), Korean names stay
 * readable, and each kind has its own size limit with a clear message.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { handleEndpoints } from 'payload'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_BASENAME_BYTES } from '../../cms/hooks/sanitizeUploadFilename'
import { bootCms, type TestCms } from './support/boot'
import { createStaff, pdfFile, pngFile } from './support/fixtures'

let cms: TestCms
let token: string

type Kind = 'media' | 'documents'

async function api(route: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set('authorization', `JWT ${token}`)
  const request = new Request(`http://localhost:3000/api${route}`, { ...init, headers })
  return handleEndpoints({ config: cms.config, request, payloadInstanceCacheKey: cms.key })
}

/** A multipart upload, the way the admin's upload field sends it. */
async function upload(kind: Kind, name: string, data?: Buffer) {
  const file = data ?? (kind === 'media' ? (await pngFile()).data : (await pdfFile()).data)
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type: kind === 'media' ? 'image/png' : 'application/pdf' }), name)
  form.append('_payload', JSON.stringify(kind === 'media' ? { alt: '교육 장면' } : { title: '일정표' }))
  const response = await api(`/${kind}`, { method: 'POST', body: form })
  return { status: response.status, body: await response.json() }
}

const storedFiles = (kind: Kind) => fs.readdirSync(path.join(cms.dataDir, 'uploads', kind))

beforeAll(async () => {
  cms = await bootCms()
  await createStaff(cms.payload)
  const login = await cms.payload.login({ collection: 'users', data: { email: 'editor.staff@test.seocho.kr', password: 'editor-Passw0rd!' } })
  token = login.token!
})
afterAll(async () => cms?.close())

const renamed: [Kind, string, string][] = [
  ['media', '../../etc/passwd.png', 'passwd.png'],
  ['media', '..\\..\\windows\\win.ini.png', 'win.ini.png'],
  ['media', '<img src=x onerror=alert(1)>.png', 'img src-x onerror-alert(1).png'],
  ['media', '.htaccess.png', 'htaccess.png'],
  ['media', 'PHOTO.PNG', 'PHOTO.png'],
  ['media', '교육 장면.png'.normalize('NFD'), '교육 장면.png'],
  ['documents', '<script>.pdf', 'script.pdf'],
  ['documents', 'report\u202Efdp.exe.pdf', 'reportfdp.exe.pdf'],
  ['documents', 'CON.pdf', 'CON_.pdf'],
  ['documents', 'lpt1.backup.pdf', 'lpt1_.backup.pdf'],
  ['documents', '...secret.pdf', 'secret.pdf'],
  ['documents', 'a#b?c%d&e;f.pdf', 'a-b-c-d-e-f.pdf'],
  ['documents', 'C:\\fakepath\\안내문 (최종).pdf', '안내문 (최종).pdf'],
  ['documents', '2026년 12월 교육 일정표.pdf', '2026년 12월 교육 일정표.pdf'],
]

describe('a file is stored and served under a safe name', () => {
  it.each(renamed)('%s: %j is stored as %j', async (kind, name, expected) => {
    const { status, body } = await upload(kind, name)
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc.filename).toBe(expected)
    expect(storedFiles(kind)).toContain(expected)
    const served = await api(`/${kind}/file/${encodeURIComponent(expected)}`)
    expect(served.status).toBe(200)
  })

  // Control characters cannot travel in a multipart header (the parser refuses the request), but
  // imports and scripts hand names to the Local API directly.
  it.each([
    ['a\u0000b.pdf', 'ab.pdf'],
    ['tab\tand\u0007bell\u001b\r\n.pdf', 'tab andbell.pdf'],
    ['\u200b\ufeff.hidden\u2028.pdf', 'hidden.pdf'],
  ])('documents through the Local API: %j is stored as %j', async (name, expected) => {
    const doc = await cms.payload.create({ collection: 'documents', data: { title: '일정표' }, file: await pdfFile(name), overrideAccess: true })
    expect(doc.filename).toBe(expected)
    expect(storedFiles('documents')).toContain(expected)
  })

  // 250 characters is what Windows allows in one name; the multipart parser cuts anything longer.
  it.each([
    ['a', 1, 250],
    ['가', 3, 200],
  ])('a very long name of %j is cut to whole %i-byte letters within the limit, keeping its extension', async (letter, bytes, count) => {
    const { status, body } = await upload('documents', `${letter.repeat(count)}.pdf`)
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc.filename).toBe(`${letter.repeat(Math.floor(MAX_BASENAME_BYTES / bytes))}.pdf`)
    expect(Buffer.byteLength(body.doc.filename)).toBeLessThanOrEqual(255)
    expect(storedFiles('documents')).toContain(body.doc.filename)
  })

  it('resized images carry the safe name too, and nothing lands outside the upload folder', async () => {
    const { body } = await upload('media', '../../../../tmp/evil<b>.png', (await pngFile('x.png', 1200, 800)).data)
    expect(body.doc.filename).toBe('evil-b.png')
    for (const size of Object.values(body.doc.sizes as Record<string, { filename: string }>)) expect(size.filename).toMatch(/^evil-b-\d+x\d+\.webp$/)
    expect(storedFiles('media').filter((file) => file.startsWith('evil'))).toHaveLength(1 + Object.keys(body.doc.sizes).length)
    const outside = [cms.dataDir, path.join(cms.dataDir, 'uploads'), os.tmpdir()].flatMap((folder) => fs.readdirSync(folder)).filter((entry) => entry.startsWith('evil<b>') || entry.startsWith('evil-b'))
    expect(outside).toEqual([])
  })

  it('a second file with the same name gets a numbered name, not the first one overwritten', async () => {
    const first = await upload('documents', 'PRN.pdf')
    const second = await upload('documents', 'PRN.pdf')
    expect([first.body.doc.filename, second.body.doc.filename]).toEqual(['PRN_.pdf', 'PRN_-1.pdf'])
    expect(storedFiles('documents')).toEqual(expect.arrayContaining(['PRN_.pdf', 'PRN_-1.pdf']))
  })
})

describe('refused uploads store nothing', () => {
  it.each([
    ['media', '.png', /올릴 수 있는 형식/],
    ['documents', '<>', /올릴 수 있는 형식/],
    ['documents', 'schedule.pdf.exe', /올릴 수 있는 형식/],
    ['media', 'photo.png.pdf', /올릴 수 있는 형식/],
  ] as [Kind, string, RegExp][])('%s: %j is refused, naming the file field', async (kind, name, reason) => {
    const before = storedFiles(kind).length
    const { status, body } = await upload(kind, name)
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'file', message: expect.stringMatching(reason) })])
    expect(storedFiles(kind).length).toBe(before)
  })
})

describe('size limits per kind', () => {
  /** A real PNG of noise, which does not compress: about 12 MB. */
  const noisyPng = async () => {
    const [width, height] = [2000, 2000]
    const pixels = randomBytes(width * height * 3)
    return sharp(pixels, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer()
  }
  /** A real PDF carrying an incompressible attachment of the given size. */
  const pdfOf = async (megabytes: number) => {
    const doc = await PDFDocument.create()
    doc.addPage().drawText('Seocho IT Education Center')
    await doc.attach(randomBytes(megabytes * 1024 * 1024), 'data.bin', { mimeType: 'application/octet-stream' })
    return Buffer.from(await doc.save({ useObjectStreams: false }))
  }

  it('an image over 10 MB is refused with the limit named, though an attachment that size is fine', async () => {
    const png = await noisyPng()
    expect(png.length).toBeGreaterThan(10 * 1024 * 1024)
    const image = await upload('media', 'big.png', png)
    expect(image.status).toBe(400)
    expect(image.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'file', message: expect.stringMatching(/10MB 이하/) })])
    const document = await upload('documents', 'big.pdf', await pdfOf(11))
    expect(document.status, JSON.stringify(document.body)).toBe(201)
  })

  it('an attachment over 20 MB is stopped while it arrives, with the limit named in both languages', async () => {
    const before = storedFiles('documents').length
    const response = await upload('documents', 'huge.pdf', await pdfOf(21))
    expect(response.status, JSON.stringify(response.body)).toBe(413)
    expect(JSON.stringify(response.body)).toMatch(/20MB 이하.*20 MB or less/)
    expect(storedFiles('documents').length).toBe(before)
  })
})
