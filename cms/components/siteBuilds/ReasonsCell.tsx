'use client'
import { useTranslation } from '@payloadcms/ui'

import { buildTitle } from './reasons'

/** The list column: what the build carries, in words. */
export function ReasonsCell({ cellData }: { cellData?: unknown }) {
  const { i18n } = useTranslation()
  return <span>{buildTitle(cellData, i18n.language)}</span>
}
