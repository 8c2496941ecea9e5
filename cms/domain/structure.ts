/**
 * Limits on the structure of a request body as a whole: how deep it nests and
 * which keys it may use. Deep nesting makes Payload's own recursive copies
 * overflow the stack (a 500 for anyone who sends it); `__proto__` and friends
 * reach object prototypes when data is merged.
 */

/** Far deeper than any document here (a rich-text list nested ten levels is about 45). */
export const MAX_DEPTH = 64

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export interface StructureProblem {
  /** the JSON path to where it went wrong */
  segments: string[]
  reason: 'tooDeep' | 'forbiddenKey'
}

/** The first place the value nests deeper than `maxDepth` or uses a forbidden key; null when fine. Iterative, so any depth is safe to inspect. */
export function structureProblem(value: unknown, maxDepth = MAX_DEPTH): StructureProblem | null {
  const stack: Array<{ value: unknown; segments: string[] }> = [{ value, segments: [] }]
  while (stack.length > 0) {
    const { value: node, segments } = stack.pop()!
    if (typeof node !== 'object' || node === null) continue
    if (segments.length >= maxDepth) return { segments, reason: 'tooDeep' }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { segments: [...segments, key], reason: 'forbiddenKey' }
      stack.push({ value: (node as Record<string, unknown>)[key], segments: [...segments, key] })
    }
  }
  return null
}
