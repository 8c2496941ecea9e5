'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { sessionRowLabel } from './labels'

/** The title of a session row: its number and topic. */
export function SessionRowLabel() {
  const { data, rowNumber } = useRowLabel<{ title?: unknown }>()
  const { i18n } = useTranslation()
  return <span>{sessionRowLabel(data, rowNumber, i18n.language)}</span>
}
