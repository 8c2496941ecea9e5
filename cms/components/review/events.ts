/** Told when a review request on this page was made or answered, so the panel reloads it. */
export const REVIEWS_CHANGED = 'seocho:reviews-changed'

export const announceReviewsChanged = () => window.dispatchEvent(new Event(REVIEWS_CHANGED))

export interface ReviewRow {
  id: number | string
  status: 'waiting' | 'returned' | 'published'
  message?: string | null
  comment?: string | null
  requestedBy?: number | string | { id: number | string } | null
  requestedByName?: string | null
  requestedAt?: string | null
  decidedByName?: string | null
  decidedAt?: string | null
  seenByRequester?: boolean | null
  documentTitle?: string | null
  document?: { relationTo: string; value: unknown } | null
}

export const requesterIdOf = (review: ReviewRow) =>
  review.requestedBy && typeof review.requestedBy === 'object' ? review.requestedBy.id : review.requestedBy
