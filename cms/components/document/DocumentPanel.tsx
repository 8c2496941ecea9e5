'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { REVIEWABLE } from '../../domain/reviewRules'
import { reviewText } from '../../i18n/reviewMessages'
import { ReviewSection } from '../review/ReviewSection'
import { ScheduleSection } from '../schedule/ScheduleSection'
import { PublishNote } from './PublishNote'
import { TranslationCheck } from './TranslationCheck'

/**
 * The top of a document's form: when the public site will show the last
 * publish, English that may be out of date, what is scheduled (and any
 * scheduled publish that failed), and,
 * for posts contributors write, where its review stands.
 * A `ui` field, so it stores nothing and leaves the API output as it was.
 */
export function DocumentPanel() {
  const { collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const reviewable = (REVIEWABLE as readonly string[]).includes(collectionSlug ?? '')
  return (
    <section className="seocho-panel" aria-label={reviewText('panelTitle', i18n.language)}>
      <PublishNote />
      <TranslationCheck />
      <ScheduleSection />
      {reviewable ? <ReviewSection /> : null}
    </section>
  )
}
