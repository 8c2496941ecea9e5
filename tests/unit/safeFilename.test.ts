import { describe, expect, it } from 'vitest'

import { MAX_BASENAME_BYTES, safeFilename } from '../../cms/hooks/sanitizeUploadFilename'

const cases: [string, string, string][] = [
  ['a path', '../../etc/passwd.png', 'passwd.png'],
  ['a Windows path', 'C:\\Users\\kim\\사진.jpg', '사진.jpg'],
  ['markup', '<img src=x onerror=alert(1)>.pdf', 'img src-x onerror-alert(1).pdf'],
  ['a closing tag, whose slash ends a path', '<script>alert(1)</script>.pdf', 'script.pdf'],
  ['quotes', '"quoted\'.pdf', 'quoted.pdf'],
  ['URL and shell signs', 'a#b?c%d&e;f$g`h|i*j.pdf', 'a-b-c-d-e-f-g-h-i-j.pdf'],
  ['a NUL byte', 'a\u0000b.pdf', 'ab.pdf'],
  ['tabs and line breaks', 'tab\there\r\nnew.pdf', 'tab here new.pdf'],
  ['other control characters', 'bell\u0007esc\u001bdel\u007f.pdf', 'bellescdel.pdf'],
  ['a right-to-left override', 'invoice\u202Efdp.exe.pdf', 'invoicefdp.exe.pdf'],
  ['zero-width characters', 'in\u200bvis\ufeffible.pdf', 'invisible.pdf'],
  ['a leading dot', '.htaccess.png', 'htaccess.png'],
  ['only dots and an extension', '...pdf', 'pdf'],
  ['nothing readable', '<>.pdf', 'file.pdf'],
  ['a Windows device name', 'CON.pdf', 'CON_.pdf'],
  ['a device name before several dots', 'lpt1.backup.pdf', 'lpt1_.backup.pdf'],
  ['a device name alone', 'nul', 'nul_'],
  ['trailing dots and spaces', 'report. .pdf', 'report.pdf'],
  ['an upper-case extension', 'PHOTO.JPG', 'PHOTO.jpg'],
  ['runs of spaces and dashes', 'a   b---c.pdf', 'a b-c.pdf'],
  ['an emoji', '일정📅.pdf', '일정.pdf'],
  ['Korean, kept readable', '2026년 12월 교육 일정표 (최종).pdf', '2026년 12월 교육 일정표 (최종).pdf'],
  ['Korean from a Mac (decomposed)', '교육 일정표.pdf'.normalize('NFD'), '교육 일정표.pdf'],
]

describe('safeFilename', () => {
  it.each(cases)('%s: %j → %j', (_what, name, expected) => {
    expect(safeFilename(name)).toBe(expected)
  })

  it.each(cases)('is idempotent for %s', (_what, name) => {
    expect(safeFilename(safeFilename(name))).toBe(safeFilename(name))
  })

  it.each([
    ['a', 1],
    ['가', 3],
  ])('cuts a long name of %j to whole letters within the byte limit and keeps the extension', (letter, bytes) => {
    const safe = safeFilename(`${letter.repeat(1000)}.hwpx`)
    expect(safe).toBe(`${letter.repeat(Math.floor(MAX_BASENAME_BYTES / bytes))}.hwpx`)
    expect(Buffer.byteLength(safe)).toBeLessThanOrEqual(255 - '-99-1600x1067.webp'.length)
  })

  it('never leaves a separator, a control or markup character, or a leading dot', () => {
    const nasty = ['/', '\\', '\u0000', '\n', '<', '>', '"', "'", '`', '.', ':', '|', '?', '*', '\u202e', '%', '#']
    for (const a of nasty) for (const b of nasty) {
      const safe = safeFilename(`${a}x${b}y${a}.pdf`)
      expect(safe, JSON.stringify(`${a}x${b}y${a}.pdf`)).toMatch(/^[^./\\<>"'`:|?*%#\p{Cc}\p{Cf}][^/\\<>"'`:|?*%#\p{Cc}\p{Cf}]*$/u)
    }
  })
})
