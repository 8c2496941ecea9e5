import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Board posts carry a running number, as on every Korean district board.
 * Given once, on creation, as one more than the highest so far (drafts
 * included, so a number is never handed out twice); kept on later edits.
 */
export const assignBoardNumber: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || (typeof data.number === 'number' && data.number > 0)) return data
  const { docs } = await req.payload.find({
    collection: 'board-posts',
    sort: '-number',
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
    select: { number: true },
    req,
  })
  const highest = (docs[0] as { number?: number } | undefined)?.number ?? 0
  return { ...data, number: highest + 1 }
}
