'use client'
/**
 * Which English texts of this document may be out of date: the Korean was
 * changed in a later save than the English (read from its saved versions,
 * cms/domain/staleTranslations.ts), or there is no English at all. Says
 * nothing when the two languages agree. Rooms, times and numbers are stored
 * once for both languages and never go stale.
 */
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import { useEffect, useState } from 'react'

import { type Snapshot, staleTranslations, type TranslationGap } from '../../domain/staleTranslations'
import { translationText } from '../../i18n/translationMessages'
import { callApi, whereQuery } from '../shared/api'
import { formatInstant } from '../shared/when'

const TEXT_TYPES = new Set(['text', 'textarea', 'richText'])
/** How many saves back the check reads: enough for a month of edits, light to fetch. */
const VERSIONS_READ = 30

/** The document's own localized text fields, with their labels, through unnamed tabs, rows and collapsibles. */
function localizedTexts(fields: readonly ClientField[], found: Array<{ name: string; label: unknown }> = []) {
  for (const field of fields) {
    if (field.type === 'tabs') for (const tab of field.tabs) if (!('name' in tab && tab.name)) localizedTexts(tab.fields, found)
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) localizedTexts(field.fields, found)
    if ('name' in field && TEXT_TYPES.has(field.type) && 'localized' in field && field.localized) found.push({ name: field.name, label: 'label' in field ? field.label : field.name })
  }
  return found
}

const labelText = (label: unknown, language: string) =>
  typeof label === 'string' ? label : label && typeof label === 'object' ? String((label as Record<string, string>)[language] ?? (label as Record<string, string>).ko ?? '') : ''

export function TranslationCheck() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const [gaps, setGaps] = useState<TranslationGap[]>([])
  const fields = collectionSlug ? localizedTexts(getEntityConfig({ collectionSlug })?.fields ?? []) : []
  const names = fields.map((field) => field.name).join(',')

  useEffect(() => {
    if (!id || !collectionSlug || !names) return
    let live = true
    const query = whereQuery([['parent', 'equals', id]], { locale: 'all', depth: 0, limit: VERSIONS_READ, sort: '-updatedAt' })
    callApi<{ docs: Array<{ updatedAt: string; version: Record<string, unknown> }> }>(`${config.routes.api}/${collectionSlug}/versions${query}`)
      .then(({ docs }) => {
        const history: Snapshot[] = docs.reverse().map((doc) => ({ updatedAt: doc.updatedAt, values: doc.version }))
        if (live) setGaps(staleTranslations(history, names.split(',')))
      })
      // A check that cannot load says nothing rather than something wrong.
      .catch(() => live && setGaps([]))
    return () => {
      live = false
    }
  }, [id, collectionSlug, names, lastUpdateTime, config.routes.api])

  if (gaps.length === 0) return null
  const labelOf = (name: string) => labelText(fields.find((field) => field.name === name)?.label, i18n.language) || name
  const stale = gaps.filter((gap) => gap.kind === 'stale')
  const missing = gaps.filter((gap) => gap.kind === 'missing')
  const latest = stale.map((gap) => gap.koChangedAt).sort().pop()
  return (
    <div className="seocho-translation-check" role="note" aria-label={translationText('title', i18n.language)}>
      <strong>{translationText('title', i18n.language)}</strong>
      {stale.length > 0 && <p>{translationText('stale', i18n.language, { when: formatInstant(latest, i18n.language), fields: stale.map((gap) => labelOf(gap.field)).join(', ') })}</p>}
      {missing.length > 0 && <p>{translationText('missing', i18n.language, { fields: missing.map((gap) => labelOf(gap.field)).join(', ') })}</p>}
    </div>
  )
}
