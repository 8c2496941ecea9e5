'use client'
import { Button, ConfirmationModal, toast, useConfig, useDocumentInfo, useForm, useFormModified, useLocale, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useCallback, useEffect, useId, useState } from 'react'

import { reviewText } from '../../i18n/reviewMessages'
import { callApi, whereQuery } from '../shared/api'
import { announceReviewsChanged, REVIEWS_CHANGED } from './events'

/**
 * "검토 요청": saves the contributor's draft, then asks an editor to review it,
 * with an optional message. A new post is created as a draft first and opened.
 */
export function RequestReviewButton() {
  const { id, collectionSlug, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const modified = useFormModified()
  const [waiting, setWaiting] = useState(false)
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { code: locale } = useLocale()
  const { submit, getData } = useForm()
  const { openModal } = useModal()
  const router = useRouter()
  const [message, setMessage] = useState('')
  const modalSlug = `request-review-${collectionSlug}-${id ?? 'new'}`
  const messageId = useId()
  const language = i18n.language
  const api = config.routes.api
  const params = new URLSearchParams({ draft: 'true', depth: '0', locale: locale ?? 'ko', 'fallback-locale': 'null' })

  // A request already waiting, or a post exactly as published, leaves nothing to ask for: the button says so.
  const lookForWaiting = useCallback(async () => {
    if (!id || !collectionSlug) return
    const query = whereQuery([
      ['document.relationTo', 'equals', collectionSlug],
      ['document.value', 'equals', id],
      ['status', 'equals', 'waiting'],
    ], { limit: 0, depth: 0 })
    try {
      setWaiting((await callApi<{ totalDocs: number }>(`${api}/reviews${query}`, { language })).totalDocs > 0)
    } catch {
      setWaiting(false)
    }
  }, [api, collectionSlug, id, language])
  useEffect(() => {
    void lookForWaiting()
    window.addEventListener(REVIEWS_CHANGED, lookForWaiting)
    return () => window.removeEventListener(REVIEWS_CHANGED, lookForWaiting)
  }, [lookForWaiting])
  const nothingToReview = Boolean(id) && hasPublishedDoc && unpublishedVersionCount === 0 && !modified

  /** Saves the draft the way "임시 저장" does; returns the post's id, or null when it could not be saved (the form shows why). */
  const saveDraft = async (): Promise<number | string | null> => {
    if (id) {
      const result = await submit({ action: `${api}/${collectionSlug}/${id}?${params}`, method: 'PATCH', overrides: { _status: 'draft' }, skipValidation: true, disableSuccessStatus: true })
      return result && (result as { res?: Response }).res?.ok ? id : null
    }
    const created = await callApi<{ doc: { id: number | string } }>(`${api}/${collectionSlug}?${params}`, { method: 'POST', body: { ...getData(), _status: 'draft' }, language })
    return created.doc.id
  }

  const send = async () => {
    try {
      const savedId = await saveDraft()
      if (savedId === null) return
      await callApi(`${api}/reviews`, { method: 'POST', body: { document: { relationTo: collectionSlug, value: savedId }, message }, language })
      toast.success(reviewText('requested', language))
      setMessage('')
      if (id) announceReviewsChanged()
      else router.push(`${config.routes.admin}/collections/${collectionSlug}/${savedId}`)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <>
      <Button buttonStyle="primary" size="medium" id="action-request-review" disabled={waiting || nothingToReview} onClick={() => openModal(modalSlug)}>
        {reviewText(waiting ? 'requestWaiting' : 'requestButton', language)}
      </Button>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={reviewText('requestDialogTitle', language)}
        confirmLabel={reviewText('requestSend', language)}
        cancelLabel={reviewText('cancel', language)}
        onConfirm={send}
        body={
          <div className="seocho-request">
            <p>{reviewText('requestDialogBody', language)}</p>
            <label htmlFor={messageId}>{reviewText('requestMessageLabel', language)}</label>
            <textarea id={messageId} rows={3} value={message} onChange={(event) => setMessage(event.target.value)} />
          </div>
        }
      />
    </>
  )
}
