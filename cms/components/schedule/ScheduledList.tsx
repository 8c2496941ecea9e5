'use client'
import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { scheduleText } from '../../i18n/scheduleMessages'
import type { ScheduleRow } from '../../scheduling/scheduleEndpoints'
import { callApi, whereQuery } from '../shared/api'
import { formatInstant } from '../shared/when'

/**
 * Above a collection's list (and the build history, for every collection):
 * what is scheduled to be published or unpublished, and which scheduled
 * publishes failed, each linking to its document. Says nothing when there is
 * nothing to say.
 */
export function ScheduledList({ collection }: { collection?: string }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language
  const [rows, setRows] = useState<ScheduleRow[]>([])
  // The build history shows only what went wrong; a collection's list, everything to come as well.
  const failuresOnly = !collection

  useEffect(() => {
    callApi<{ docs: ScheduleRow[] }>(`${config.routes.api}/schedule${whereQuery([], collection ? { collection } : {})}`, { language })
      .then((body) => setRows(failuresOnly ? body.docs.filter((row) => row.failed) : body.docs))
      .catch(() => setRows([]))
  }, [collection, config.routes.api, failuresOnly, language])

  if (rows.length === 0) return null
  return (
    <section className="seocho-scheduled" aria-label={scheduleText('listTitle', language)}>
      <h2>{scheduleText('listTitle', language)}</h2>
      <ul>
        {rows.map((row) => (
          <li key={row.job} className={row.failed ? 'seocho-scheduled__failed' : undefined}>
            <strong>{scheduleText(row.failed ? 'listFailed' : 'listUpcoming', language)}</strong>{' '}
            {formatInstant(row.at, language)} · {scheduleText(row.action, language)} ·{' '}
            <Link href={`${config.routes.admin}/collections/${row.collection}/${row.id}`}>{row.title}</Link>
            {row.failed && row.message ? <p>{row.message}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
