import type { CollectionBeforeChangeHook } from 'payload'

import { roleOf } from '../access/roles'
import { refusal } from '../errors'
import { refusalText } from '../i18n/refusalMessages'

/**
 * Contributors write drafts; an editor decides what goes public. The access
 * rule (cms/access/contributorDrafts.ts) refuses a request that says
 * `_status: 'published'`; `data` here is the whole document as it would be
 * saved, so this also catches an edit of an already published document made
 * without `draft: true`, which would publish it.
 */
export const preventContributorPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (roleOf(req) === 'contributor' && data?._status === 'published') {
    throw refusal(refusalText('contributorPublish', req.i18n?.language), 403, 'ContributorCannotPublish')
  }
  return data
}
