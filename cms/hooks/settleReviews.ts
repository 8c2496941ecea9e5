import type { CollectionAfterChangeHook } from 'payload'

import { nameOf } from './applyReviewRules'

/**
 * Publishing a document settles the review requests waiting for it: they
 * become "게시됨", decided by whoever published (nobody for a scheduled
 * publish), and show up as news on the requester's dashboard.
 */
export const settleReviewsOnPublish: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (req.context?.seeding || doc?._status !== 'published') return doc
  const { docs } = await req.payload.find({
    collection: 'reviews',
    where: { and: [{ 'document.relationTo': { equals: collection.slug } }, { 'document.value': { equals: doc.id } }, { status: { equals: 'waiting' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  try {
    for (const review of docs) {
      await req.payload.update({
      collection: 'reviews',
      id: review.id,
        data: {
          status: 'published',
          decidedBy: (req.user?.id ?? null) as never,
          decidedByName: nameOf(req.user),
          decidedAt: new Date().toISOString(),
          seenByRequester: false,
        },
        depth: 0,
        overrideAccess: true,
        context: { settlingReview: true },
        req,
      })
    }
  } finally {
    // The Local API merges `context` into the shared request: the rest of this request is a person's again.
    delete req.context.settlingReview
  }
  return doc
}
