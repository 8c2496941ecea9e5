/**
 * Zero HTML errors on every page type, Korean and English, by the checker
 * Korea's web accessibility quality mark counts with (KWCAG 2.2, 마크업 오류
 * 방지): the W3C Nu Html Checker (npm `vnu-jar`), run once, offline, over one
 * saved page of each type. A page known to be invalid goes in with them, so a
 * checker that checks nothing cannot pass.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { EVERY_PAGE } from './support/pageTypes'

const VNU_JAR = createRequire(path.resolve('package.json')).resolve('vnu-jar/build/dist/vnu.jar')
const JAVA_MISSING = [
  'The W3C Nu Html Checker (vnu-jar) needs a Java runtime, and `java` does not run here.',
  'Install one:  sudo apt-get install -y default-jre-headless   (Debian/Ubuntu; .ci/run does this)',
].join('\n')
/** A list item with a number in a bulleted list: the error rich text used to write 55 times. */
const KNOWN_INVALID = '<!doctype html><html lang="ko"><head><title>x</title></head><body><ul><li value="1">x</li></ul></body></html>'

interface NuMessage {
  type: string
  subType?: string
  url?: string
  lastLine?: number
  message: string
  extract?: string
}

function requireJava() {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' })
  if (java.error || java.status !== 0) throw new Error(`${JAVA_MISSING}\n(${java.error?.message ?? java.stderr.trim()})`)
}

test('every page type is valid HTML by the W3C Nu Html Checker', async ({ request }) => {
  // One Java run over some fifty pages: allow for a busy two-core machine.
  test.setTimeout(10 * 60_000)
  requireJava()
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seocho-markup-'))
  try {
    const urlOfFile = new Map<string, string>()
    const files: string[] = []
    for (const [index, url] of EVERY_PAGE.entries()) {
      const response = await request.get(url)
      expect(response.status(), url).toBe(url.endsWith('/no-such-page/') ? 404 : 200)
      const file = path.join(folder, `${String(index).padStart(2, '0')}${url.replace(/[^a-z0-9]+/gi, '-')}.html`)
      fs.writeFileSync(file, await response.body())
      files.push(file)
      urlOfFile.set(file, url)
    }
    const knownInvalid = path.join(folder, 'known-invalid.html')
    fs.writeFileSync(knownInvalid, KNOWN_INVALID)

    const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files, knownInvalid], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    // The checker writes its report to stderr and exits 1 when it found errors.
    let messages: NuMessage[]
    try {
      messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages
    } catch {
      throw new Error(`the checker gave no JSON report (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`)
    }
    // The checker names files by file: address (file:/tmp/…): compare their paths.
    const fileOf = (message: NuMessage) => (message.url ? decodeURIComponent(new URL(message.url).pathname) : '')
    const fromKnownInvalid = messages.filter((message) => fileOf(message) === knownInvalid)
    expect(fromKnownInvalid.map((message) => message.message), 'the checker must catch a known error').toEqual([
      'Attribute “value” not allowed on element “li” at this point.',
    ])
    const errors = messages
      .filter((message) => fileOf(message) !== knownInvalid)
      .map((message) => `${urlOfFile.get(fileOf(message)) ?? message.url} line ${message.lastLine}: ${message.message}  «${message.extract?.trim() ?? ''}»`)
    expect(errors).toEqual([])
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
})
