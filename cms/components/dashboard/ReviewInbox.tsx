import type { Payload, TypedUser } from 'payload'

import { reviewText } from '../../i18n/reviewMessages'
import type { ReviewRow } from '../review/events'
import { formatInstant } from '../shared/when'
import { MarkSeenButton } from './MarkSeenButton'

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n: { language: string }
}

const KIND: Record<string, { ko: string; en: string }> = {
  notices: { ko: '공지·보도', en: 'Notice' },
  'board-posts': { ko: '정보화교실 게시글', en: 'Board post' },
}

function documentLink(adminRoute: string, review: ReviewRow) {
  const target = review.document
  const id = target && typeof target.value === 'object' && target.value ? (target.value as { id: unknown }).id : target?.value
  return target && id !== undefined && id !== null ? `${adminRoute}/collections/${target.relationTo}/${id}` : null
}

/**
 * The first thing on the dashboard. Editors: the posts waiting for their
 * review, oldest first. Contributors: what became of their requests, with the
 * editor's comment, until they mark it read.
 */
export async function ReviewInbox({ payload, user, i18n }: Props) {
  const role = (user as { role?: string } | null | undefined)?.role
  if (!user || !role) return null
  const language = i18n.language
  const adminRoute = payload.config.routes.admin
  const editor = role === 'editor' || role === 'admin'
  const { docs } = await payload.find({
    collection: 'reviews',
    where: editor
      ? { status: { equals: 'waiting' } }
      : { and: [{ requestedBy: { equals: user.id } }, { or: [{ status: { equals: 'waiting' } }, { seenByRequester: { equals: false } }] }] },
    sort: editor ? 'requestedAt' : '-requestedAt',
    limit: 20,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const reviews = docs as unknown as ReviewRow[]
  const headingId = 'seocho-review-inbox-heading'
  return (
    <>
      <section className="seocho-inbox" aria-labelledby={headingId}>
        {/* The dashboard has no heading of its own: one for screen readers, inside this landmark. */}
        <h1 className="seocho-visually-hidden">{language === 'en' ? 'Dashboard' : '대시보드'}</h1>
        <h2 id={headingId} className="seocho-inbox__title">
          {reviewText(editor ? 'inboxTitle' : 'mineTitle', language)}
          {reviews.length ? <span className="seocho-inbox__count"> ({reviews.length})</span> : null}
        </h2>
        <p className="seocho-inbox__intro">{reviews.length ? reviewText(editor ? 'inboxIntro' : 'mineIntro', language) : reviewText(editor ? 'inboxEmpty' : 'mineEmpty', language)}</p>
        {reviews.length ? (
          <ul className="seocho-inbox__list">
            {reviews.map((review) => {
              const href = documentLink(adminRoute, review)
              const title = review.documentTitle || reviewText('deletedDocument', language)
              const kind = review.document ? KIND[review.document.relationTo]?.[language === 'en' ? 'en' : 'ko'] : ''
              return (
                <li key={review.id} className="seocho-inbox__item">
                  <p className="seocho-inbox__head">
                    <span className={`seocho-badge seocho-badge--${review.status}`}>{reviewText(review.status, language)}</span>{' '}
                    {href ? <a href={href}>{title}</a> : <span>{title}</span>}
                    {kind ? <span className="seocho-inbox__kind"> · {kind}</span> : null}
                  </p>
                  <p className="seocho-inbox__meta">
                    {editor
                      ? reviewText('requestedBy', language, { name: review.requestedByName || reviewText('someone', language), date: formatInstant(review.requestedAt, language) })
                      : review.status === 'waiting'
                        ? reviewText('waitingForEditor', language, { date: formatInstant(review.requestedAt, language) })
                        : reviewText(review.status === 'returned' ? 'returnedByEditor' : 'publishedByEditor', language, {
                            name: review.decidedByName || reviewText('someone', language),
                            date: formatInstant(review.decidedAt, language),
                          })}
                  </p>
                  {editor && review.message ? (
                    <p className="seocho-inbox__quote">
                      <strong>{reviewText('requesterMessage', language)}</strong> {review.message}
                    </p>
                  ) : null}
                  {!editor && review.status !== 'waiting' && review.comment ? (
                    <p className="seocho-inbox__quote">
                      <strong>{reviewText('editorComment', language)}</strong> {review.comment}
                    </p>
                  ) : null}
                  {!editor && review.status !== 'waiting' ? <MarkSeenButton reviewId={review.id} title={title} /> : null}
                </li>
              )
            })}
          </ul>
        ) : null}
      </section>
    </>
  )
}
