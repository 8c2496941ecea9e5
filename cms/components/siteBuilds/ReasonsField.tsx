'use client'
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'

import { describeReasons } from './reasons'

/** The changes a build carries, one per line, in words ("게시 · 공지·보도 · 12월 교육 안내"). */
export function ReasonsField({ path, field }: { path: string; field: { label?: unknown } }) {
  const { value } = useField<string>({ path })
  const { i18n } = useTranslation()
  const lines = describeReasons(value, i18n.language)
  return (
    <div className="field-type seocho-readout">
      <FieldLabel label={field.label as never} path={path} as="span" />
      {lines.length ? (
        <ul className="seocho-readout__list">
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="seocho-readout__value">—</p>
      )}
    </div>
  )
}
