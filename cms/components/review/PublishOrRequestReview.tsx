'use client'
import { PublishButton, useDocumentInfo } from '@payloadcms/ui'
import type { ComponentProps } from 'react'

import { RequestReviewButton } from './RequestReviewButton'

/**
 * Where Payload puts "게시": editors and admins get Payload's own button; a
 * contributor, who may not publish (the access rule says so), gets "검토 요청".
 */
export function PublishOrRequestReview(props: ComponentProps<typeof PublishButton>) {
  const { hasPublishPermission } = useDocumentInfo()
  return hasPublishPermission ? <PublishButton {...props} /> : <RequestReviewButton />
}
