import type { Access } from 'payload'

import { isEditor, isStaff } from './roles'

/**
 * Contributors write and save drafts; editors and admins publish. Because
 * publishing is refused here (not only in a hook), the admin never offers a
 * contributor the publish button: Payload asks this rule with `_status:
 * 'published'` to decide whether to show it. The refusal they could still
 * meet through the API is explained by cms/hooks/explainRefusal.ts.
 */
export const draftsUnlessEditor: Access = ({ req, data }) => {
  if (isEditor({ req })) return true
  if (!isStaff({ req })) return false
  return (data as { _status?: unknown } | undefined)?._status !== 'published'
}
