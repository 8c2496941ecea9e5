'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useForm, useLocale, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState } from 'react'

import { reviewText } from '../../i18n/reviewMessages'
import { callApi, whereQuery } from '../shared/api'
import { formatInstant } from '../shared/when'
import { REVIEWS_CHANGED, announceReviewsChanged, type ReviewRow, requesterIdOf } from './events'

const isEditorRole = (role: unknown) => role === 'editor' || role === 'admin'

/** One past or present request, in a sentence. */
function outcome(review: ReviewRow, language: string) {
  const name = review.decidedByName || reviewText('someone', language)
  if (review.status === 'returned') return reviewText('returnedByEditor', language, { name, date: formatInstant(review.decidedAt, language) })
  if (review.status === 'published') return reviewText('publishedByEditor', language, { name, date: formatInstant(review.decidedAt, language) })
  return reviewText('requestedBy', language, { name: review.requestedByName || reviewText('someone', language), date: formatInstant(review.requestedAt, language) })
}

/**
 * The review state of a post, on the post itself: a contributor sees where
 * their request stands and the editor's comment; an editor sees the request
 * and answers it here (publish, or return with a comment).
 */
export function ReviewSection() {
  const { id, collectionSlug, hasPublishedDoc, unpublishedVersionCount, setHasPublishedDoc, setUnpublishedVersionCount, setMostRecentVersionIsAutosaved } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { code: locale } = useLocale()
  const { submit } = useForm()
  const language = i18n.language
  const api = config.routes.api
  const [reviews, setReviews] = useState<ReviewRow[]>([])
  const [loaded, setLoaded] = useState(false)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [commentError, setCommentError] = useState('')
  const commentId = useId()

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const query = whereQuery(
      [
        ['document.relationTo', 'equals', collectionSlug],
        ['document.value', 'equals', id],
      ],
      { sort: '-createdAt', limit: 10, depth: 0 },
    )
    try {
      setReviews((await callApi<{ docs: ReviewRow[] }>(`${api}/reviews${query}`, { language })).docs)
    } catch {
      setReviews([])
    } finally {
      setLoaded(true)
    }
  }, [api, collectionSlug, id, language])

  useEffect(() => {
    void load()
    window.addEventListener(REVIEWS_CHANGED, load)
    return () => window.removeEventListener(REVIEWS_CHANGED, load)
  }, [load])

  const editor = isEditorRole((user as { role?: unknown } | null)?.role)
  const latest = reviews[0]
  const mine = latest && String(requesterIdOf(latest)) === String(user?.id)

  const patch = async (body: Record<string, unknown>) => callApi(`${api}/reviews/${latest!.id}`, { method: 'PATCH', body, language })

  const returnIt = async () => {
    if (!comment.trim()) {
      setCommentError(reviewText('returnNeedsComment', language))
      document.getElementById(commentId)?.focus()
      return
    }
    setCommentError('')
    setBusy(true)
    try {
      await patch({ status: 'returned', comment })
      toast.success(reviewText('returnedDone', language))
      setComment('')
      announceReviewsChanged()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  /** Publishes the post as its own "게시" button does, with the comment saved first so the author sees it. */
  const publishIt = async () => {
    setBusy(true)
    try {
      if (comment.trim()) await patch({ comment })
      const params = new URLSearchParams({ depth: '0', locale: locale ?? 'ko' })
      const result = await submit({ action: `${api}/${collectionSlug}/${id}?${params}`, method: 'PATCH', overrides: { _status: 'published' } })
      if (result && (result as { res?: Response }).res?.ok) {
        setUnpublishedVersionCount(0)
        setMostRecentVersionIsAutosaved(false)
        setHasPublishedDoc(true)
        setComment('')
      }
      announceReviewsChanged()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const markSeen = async () => {
    try {
      await patch({ seenByRequester: true })
      toast.success(reviewText('markedSeen', language))
      announceReviewsChanged()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  // Until the requests are read, say nothing rather than something wrong.
  if (id && !loaded) return null
  const asPublished = Boolean(id) && hasPublishedDoc && unpublishedVersionCount === 0
  const hint = editor ? null : <p className="seocho-review__hint">{reviewText(asPublished ? 'nothingChangedHint' : 'contributorHint', language)}</p>
  const history =
    reviews.length > 1 ? (
      <details className="seocho-review__history">
        <summary>
          {reviewText('history', language)} ({reviews.length})
        </summary>
        <ol>
          {reviews.map((review) => (
            <li key={review.id}>
              <strong>{reviewText(review.status, language)}</strong> — {outcome(review, language)}
              {review.comment ? ` “${review.comment}”` : ''}
            </li>
          ))}
        </ol>
      </details>
    ) : null
  // Nothing asked yet, or the author has read the last outcome: what to do next.
  if (!latest || (latest.status !== 'waiting' && latest.seenByRequester && !editor)) {
    return (
      <>
        {hint}
        {history}
      </>
    )
  }

  const statusLabel = reviewText(latest.status, language)
  return (
    <div className="seocho-review">
      <p className="seocho-review__state">
        <span className={`seocho-badge seocho-badge--${latest.status}`}>{statusLabel}</span>{' '}
        {latest.status === 'waiting' && mine && !editor
          ? reviewText('waitingForEditor', language, { date: formatInstant(latest.requestedAt, language) })
          : outcome(latest, language)}
      </p>
      {latest.message ? (
        <blockquote className="seocho-review__quote">
          <strong>{reviewText('requesterMessage', language)}</strong> {latest.message}
        </blockquote>
      ) : null}
      {latest.status !== 'waiting' && latest.comment ? (
        <blockquote className="seocho-review__quote seocho-review__quote--editor">
          <strong>{reviewText('editorComment', language)}</strong> {latest.comment}
        </blockquote>
      ) : null}
      {latest.status !== 'waiting' && mine && !latest.seenByRequester ? (
        <Button buttonStyle="secondary" size="small" onClick={markSeen}>
          {reviewText('markSeen', language)}
        </Button>
      ) : null}
      {latest.status === 'waiting' && editor ? (
        <div className="seocho-review__decide">
          <label htmlFor={commentId}>{reviewText('commentLabel', language)}</label>
          <p className="seocho-review__help" id={`${commentId}-help`}>
            {reviewText('commentHint', language)}
          </p>
          {commentError ? (
            <p className="seocho-review__error" id={`${commentId}-error`} role="alert">
              {commentError}
            </p>
          ) : null}
          <textarea
            id={commentId}
            aria-describedby={`${commentId}-help${commentError ? ` ${commentId}-error` : ''}`}
            aria-invalid={commentError ? true : undefined}
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <div className="seocho-review__buttons">
            <Button buttonStyle="primary" size="medium" disabled={busy} onClick={publishIt}>
              {reviewText('publishButton', language)}
            </Button>
            <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={returnIt}>
              {reviewText('returnButton', language)}
            </Button>
          </div>
        </div>
      ) : null}
      {history}
    </div>
  )
}
