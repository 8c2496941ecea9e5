'use client'
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'

import { formatDuration } from './duration'

/** The build's duration on its page, in seconds (stored in milliseconds). */
export function DurationField({ path, field }: { path: string; field: { label?: unknown } }) {
  const { value } = useField<number>({ path })
  const { i18n } = useTranslation()
  return (
    <div className="field-type seocho-readout">
      <FieldLabel label={field.label as never} path={path} as="span" />
      <p className="seocho-readout__value">{formatDuration(value, i18n.language) || '—'}</p>
    </div>
  )
}
