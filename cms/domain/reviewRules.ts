/**
 * Who may change what on a review request (검토 요청). A contributor asks; an
 * editor or admin returns it with a comment, or publishes the document itself
 * (which settles the request); once decided, a request is history, except
 * that its author marks the outcome as read. Pure, so every case is a table
 * row in tests/unit/reviewRules.test.ts.
 */
export const REVIEWABLE = ['notices', 'board-posts'] as const
export type ReviewableCollection = (typeof REVIEWABLE)[number]

export const REVIEW_STATUSES = ['waiting', 'returned', 'published'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** The fields a person may send; the rest are set by the server. */
export interface ReviewChange {
  status?: unknown
  comment?: unknown
  message?: unknown
  seenByRequester?: unknown
}

export interface Problem {
  /** key of cms/i18n/reviewMessages.ts */
  reason: 'returnNeedsComment' | 'publishFromDocument' | 'closed' | 'onlyEditorsDecide' | 'onlyRequesterMarksSeen' | 'fixedField'
  field: string
}

const filled = (text: unknown) => typeof text === 'string' && text.trim() !== ''

/**
 * What is wrong with changing `before` into `after`, or null. `changed` lists
 * the keys whose values differ; `editor` covers admins too.
 */
export function reviewChangeProblem({
  before,
  after,
  changed,
  editor,
  requester,
}: {
  before: ReviewChange
  after: ReviewChange
  changed: ReadonlySet<string>
  editor: boolean
  requester: boolean
}): Problem | null {
  // A status that is none of the three is left to the field's own check, which names it.
  if (changed.has('status') && !(REVIEW_STATUSES as readonly unknown[]).includes(after.status)) {
    changed = new Set([...changed].filter((field) => field !== 'status'))
  }
  for (const field of changed) {
    if (!['status', 'comment', 'message', 'seenByRequester'].includes(field)) return { reason: 'fixedField', field }
  }
  if (changed.has('seenByRequester') && !requester) return { reason: 'onlyRequesterMarksSeen', field: 'seenByRequester' }
  const others = [...changed].filter((field) => field !== 'seenByRequester')
  if (before.status !== 'waiting') return others.length ? { reason: 'closed', field: others[0] } : null
  if (changed.has('message') && !requester) return { reason: 'fixedField', field: 'message' }
  if (!editor) {
    const decision = others.find((field) => field === 'status' || field === 'comment')
    return decision ? { reason: 'onlyEditorsDecide', field: decision } : null
  }
  if (changed.has('status')) {
    if (after.status === 'published') return { reason: 'publishFromDocument', field: 'status' }
    if (after.status === 'returned' && !filled(after.comment)) return { reason: 'returnNeedsComment', field: 'comment' }
    if (after.status !== 'returned') return { reason: 'closed', field: 'status' }
  }
  return null
}
