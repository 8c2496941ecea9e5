import type { UIField } from 'payload'

import type { UploadRule } from '../hooks/verifyUploadContent'

const MB = 1024 * 1024

/** What an upload collection accepts, as staff read it before choosing a file. */
export function uploadRulesText(rule: UploadRule): { ko: string; en: string } {
  const types = Object.keys(rule.accepts).map((ext) => ext.toUpperCase())
  const megabytes = Math.round(rule.maxBytes / MB)
  const pixels = rule.maxPixels ? Math.round(rule.maxPixels / 10_000_000) : 0
  return {
    ko: `올릴 수 있는 파일: ${types.join(', ')} · 한 파일 ${megabytes}MB까지${pixels ? ` · 사진은 ${pixels}천만 화소까지` : ''}`,
    en: `Accepted files: ${types.join(', ')} · up to ${megabytes} MB each${pixels ? ` · images up to ${pixels * 10} megapixels` : ''}`,
  }
}

/** A line under the file picker naming the accepted types and sizes (the same rule the server checks). */
export function uploadRulesField(rule: UploadRule): UIField {
  return {
    name: 'uploadRules',
    type: 'ui',
    admin: { components: { Field: { path: '/components/UploadRules#UploadRules', clientProps: { text: uploadRulesText(rule) } } } },
  }
}
