import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { roleOf } from '../access/roles'

/**
 * Contributors write drafts; an editor decides what goes public. `data` here
 * is the whole document as it would be saved, so an edit of an already
 * published document without `draft: true` counts as publishing too.
 */
export const preventContributorPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (roleOf(req) === 'contributor' && data?._status === 'published') {
    const message =
      req.i18n?.language === 'en'
        ? 'Contributors can save drafts only: ask an editor to publish (field: _status).'
        : '작성자는 임시 저장만 할 수 있습니다. 게시는 편집자에게 요청하세요 (항목: _status).'
    throw new APIError(message, 403, null, true)
  }
  return data
}
