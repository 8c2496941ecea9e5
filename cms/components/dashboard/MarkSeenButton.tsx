'use client'
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'

import { reviewText } from '../../i18n/reviewMessages'
import { callApi } from '../shared/api'

/** "확인했습니다": the outcome leaves the contributor's dashboard. */
export function MarkSeenButton({ reviewId, title }: { reviewId: number | string; title: string }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const language = i18n.language
  const markSeen = async () => {
    try {
      await callApi(`${config.routes.api}/reviews/${reviewId}`, { method: 'PATCH', body: { seenByRequester: true }, language })
      toast.success(reviewText('markedSeen', language))
      router.refresh()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  return (
    <Button buttonStyle="secondary" size="small" onClick={markSeen} aria-label={`${reviewText('markSeen', language)}: ${title}`}>
      {reviewText('markSeen', language)}
    </Button>
  )
}
