import type { Access } from 'payload'

import { roleOf } from './roles'

/** Staff read everything, drafts included; the public reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (roleOf(req)) return true
  return { _status: { equals: 'published' } }
}
