/**
 * A rich-text value must be a Lexical editor state: `{ root: { type: 'root',
 * children: [...] } }`, every node an object with a known `type`, children
 * in arrays, text in strings. Payload stores anything else as it comes, and
 * the site's build then fails on it.
 */
import { hasControlCharacters } from './controlCharacters'

/** The largest rich text accepted, in bytes of JSON: some 150 000 Korean letters, where a long press release is a few thousand. */
export const MAX_RICH_TEXT_KB = 512

/** Lexical's own nodes, present in every editor whatever its features add. */
export const CORE_NODES = ['root', 'paragraph', 'text', 'linebreak', 'tab']

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Schemes a link in rich text may use; without one it is a path, an anchor or `www.…` (as the editor allows). */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/** javascript:, data:, file: and the like; browsers ignore tabs and line breaks inside a scheme, so this does too. */
export function unsafeLink(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+-]*):/i.exec(url.replace(/[\t\n\r]/g, '').trim())?.[1]?.toLowerCase()
  return scheme !== undefined && !SAFE_SCHEMES.has(scheme)
}

export interface RichTextProblem {
  reason: 'notRichText' | 'richTextNode' | 'richTextTooLarge' | 'controlCharacters' | 'richTextLink'
  params?: Record<string, string | number>
}

/** A document an upload, relationship or internal-link node points at. */
export interface RichTextLink {
  relationTo: string
  id: unknown
}

/** The document a node links to, if it is an upload, relationship or internal link (`{ relationTo, value }`). */
function linkOf(node: Record<string, unknown>): RichTextLink | null {
  const target = node.type === 'upload' || node.type === 'relationship' ? node : isObject(node.fields) && node.fields.linkType === 'internal' ? node.fields.doc : undefined
  if (!isObject(target)) return null
  const value = isObject(target.value) ? target.value.id : target.value
  return { relationTo: target.relationTo as string, id: value }
}

/**
 * Why `value` is not a rich-text state this editor can hold, or null. `nodes`
 * limits the node types; the documents that nodes link to are added to `links`.
 */
export function richTextProblem(value: unknown, nodes?: Set<string>, links?: RichTextLink[]): RichTextProblem | null {
  if (!isObject(value) || !isObject(value.root) || value.root.type !== 'root' || !Array.isArray(value.root.children)) return { reason: 'notRichText' }
  if (new TextEncoder().encode(JSON.stringify(value)).length > MAX_RICH_TEXT_KB * 1024) return { reason: 'richTextTooLarge', params: { max: MAX_RICH_TEXT_KB } }
  const stack: unknown[] = [...value.root.children]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!isObject(node) || typeof node.type !== 'string' || node.type === 'root') return { reason: 'notRichText' }
    if (nodes && !nodes.has(node.type)) return { reason: 'richTextNode', params: { node: node.type.slice(0, 40) } }
    if ('text' in node && typeof node.text !== 'string') return { reason: 'notRichText' }
    if (typeof node.text === 'string' && hasControlCharacters(node.text)) return { reason: 'controlCharacters' }
    const url = isObject(node.fields) ? node.fields.url : undefined
    if (url !== undefined && url !== null && (typeof url !== 'string' || unsafeLink(url) || hasControlCharacters(url))) {
      return { reason: 'richTextLink', params: { url: String(url).slice(0, 60) } }
    }
    const link = linkOf(node)
    if (link) {
      if (typeof link.relationTo !== 'string') return { reason: 'notRichText' }
      links?.push(link)
    } else if (node.type === 'upload' || node.type === 'relationship') return { reason: 'notRichText' }
    if ('children' in node) {
      if (!Array.isArray(node.children)) return { reason: 'notRichText' }
      stack.push(...node.children)
    }
  }
  return null
}
