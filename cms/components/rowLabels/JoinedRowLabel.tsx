'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { joinedRowLabel } from './labels'

/** A row titled by its own fields (`fields`, joined with ·), so a closed row says what it holds. */
export function JoinedRowLabel({ fields, noun }: { fields: string[]; noun: { ko: string; en: string } }) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  return <span>{joinedRowLabel(data, fields, rowNumber, noun, i18n.language)}</span>
}
