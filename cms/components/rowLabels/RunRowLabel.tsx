'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { type RunRow, runRowLabel } from './labels'

/** The title of a course run row: its month, days, times and room. */
export function RunRowLabel() {
  const { data, rowNumber } = useRowLabel<RunRow>()
  const { i18n } = useTranslation()
  return <span>{runRowLabel(data, rowNumber, i18n.language)}</span>
}
