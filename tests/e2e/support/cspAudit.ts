/**
 * Reads a served page the way the browser's parser does (DOMParser, which runs
 * nothing) and checks its scripts against its Content-Security-Policy: the
 * policy must allow no inline script but the ones the build hashed, and every
 * script in the page must be one of those, a file of the site itself, or a
 * JSON-LD block that stays JSON.
 */
import { createHash } from 'node:crypto'

import type { Page } from '@playwright/test'

interface ParsedPage {
  policy: string | null
  scripts: { src: string | null; type: string; text: string }[]
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The directives of a policy, by name: `script-src` → its sources. */
export function directivesOf(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

const scriptSourcesOf = (policy: string) => {
  const directives = directivesOf(policy)
  return directives.get('script-src') ?? directives.get('default-src')
}

/** Why a policy would let injected script run, or [] when it would not. */
export function policyProblems(policy: string): string[] {
  const directives = directivesOf(policy)
  const scriptSources = scriptSourcesOf(policy) ?? []
  const problems: string[] = []
  for (const weak of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'data:', 'blob:', 'http:', 'https:']) {
    if (scriptSources.includes(weak)) problems.push(`script-src allows ${weak}`)
  }
  if (scriptSources.some((source) => /^(https?:)?\/\/|\*\./.test(source))) problems.push(`script-src allows another host: ${scriptSources.join(' ')}`)
  if (!scriptSources.some((source) => source.startsWith("'sha256-"))) problems.push('script-src names no hashed inline script')
  if (directives.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'")
  if (!directives.has('base-uri')) problems.push('no base-uri')
  return problems
}

/**
 * Every script of the page that its policies do not vouch for, and every way a
 * policy is weak. The policies are the page's <meta> and the server's header;
 * those that speak about scripts must all be strict, and at least one must.
 */
export async function auditScripts(page: Page, html: string, headerPolicy?: string): Promise<{ problems: string[]; scripts: number; policies: string[] }> {
  const parsed: ParsedPage = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html')
    const meta = [...doc.querySelectorAll('meta[http-equiv]')].find((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy')
    return {
      policy: meta?.getAttribute('content') ?? null,
      scripts: [...doc.querySelectorAll('script')].map((script) => ({
        src: script.getAttribute('src'),
        type: (script.getAttribute('type') ?? '').toLowerCase(),
        text: script.textContent ?? '',
      })),
    }
  }, html)
  const policies = [parsed.policy, headerPolicy].filter((policy): policy is string => Boolean(policy && scriptSourcesOf(policy)))
  const problems = policies.length ? policies.flatMap(policyProblems) : ['no Content-Security-Policy speaks about scripts (neither <meta> nor header)']
  const hashed = (text: string) => policies.length > 0 && policies.every((policy) => scriptSourcesOf(policy)!.includes(sha256(text)))
  for (const script of parsed.scripts) {
    if (script.src !== null) {
      if (!/^\/(?!\/)/.test(script.src)) problems.push(`a script from elsewhere: ${script.src}`)
    } else if (script.type === 'application/ld+json') {
      if (script.text.includes('<')) problems.push(`JSON-LD holds a raw "<": ${script.text.slice(0, 80)}`)
      try {
        JSON.parse(script.text)
      } catch {
        problems.push(`JSON-LD is not JSON (broken out of?): ${script.text.slice(0, 80)}`)
      }
    } else if (!hashed(script.text)) {
      problems.push(`an inline script the build did not hash: ${script.text.slice(0, 120)}`)
    }
  }
  return { problems, scripts: parsed.scripts.length, policies }
}
