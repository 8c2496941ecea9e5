'use client'
import { useTranslation } from '@payloadcms/ui'

import { formatDuration } from './duration'

/** The list column: how long a build took, in seconds. */
export function DurationCell({ cellData }: { cellData?: unknown }) {
  const { i18n } = useTranslation()
  return <span>{formatDuration(cellData, i18n.language)}</span>
}
