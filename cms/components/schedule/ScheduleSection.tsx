'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState } from 'react'

import { scheduleText } from '../../i18n/scheduleMessages'
import type { ScheduleRow } from '../../scheduling/scheduleEndpoints'
import { callApi, whereQuery } from '../shared/api'
import { formatInstant } from '../shared/when'

const isEditorRole = (role: unknown) => role === 'editor' || role === 'admin'

/** Reads a refusal of /api/schedule: the reason, and each field it names. */
async function refusalOf(response: Response): Promise<{ message: string; fields: Array<{ label?: string; message: string }> }> {
  const body = await response.json().catch(() => ({}))
  const first = body?.errors?.[0]
  return { message: first?.message ?? response.statusText, fields: first?.data?.errors ?? [] }
}

/**
 * Scheduled publishing on the document itself, for editors: what is to come
 * (with a way to cancel it), any scheduled publish that failed and why, and a
 * form to schedule one in Seoul time. A publish is checked when it is
 * scheduled, so a document that could not be published is refused now, with
 * each field to fix, instead of failing at the appointed hour unseen.
 */
export function ScheduleSection() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language
  const api = `${config.routes.api}/schedule`
  const [rows, setRows] = useState<ScheduleRow[]>([])
  const [action, setAction] = useState<'publish' | 'unpublish'>('publish')
  const [at, setAt] = useState('')
  const [busy, setBusy] = useState(false)
  // Open by itself when something is scheduled; after that, staff open and close it.
  const [expanded, setExpanded] = useState(false)
  const [refusal, setRefusal] = useState<{ message: string; fields: Array<{ label?: string; message: string }> } | null>(null)
  const timeId = useId()
  const errorId = useId()

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const { docs } = await callApi<{ docs: ScheduleRow[] }>(`${api}${whereQuery([], { collection: collectionSlug, id: String(id) })}`, { language }).catch(() => ({ docs: null }))
    if (!docs) return
    setRows(docs)
    if (docs.some((row) => !row.failed)) setExpanded(true)
  }, [api, collectionSlug, id, language])

  useEffect(() => {
    void load()
  }, [load])

  // A never-published draft can only be scheduled to be published.
  useEffect(() => {
    if (!hasPublishedDoc) setAction('publish')
  }, [hasPublishedDoc])

  if (!id || !collectionSlug || !isEditorRole((user as { role?: unknown } | null)?.role)) return null

  const schedule = async () => {
    setBusy(true)
    setRefusal(null)
    try {
      const response = await fetch(api, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
        body: JSON.stringify({ collection: collectionSlug, id, action, at }),
      })
      if (!response.ok) {
        setRefusal(await refusalOf(response))
        return
      }
      toast.success((await response.json()).message)
      setAt('')
      await load()
    } finally {
      setBusy(false)
    }
  }

  const remove = async (row: ScheduleRow) => {
    try {
      await callApi(`${api}/${row.job}`, { method: 'DELETE', language })
      toast.success(row.failed ? scheduleText('dismiss', language) : scheduleText('cancelled', language))
    } catch (error) {
      toast.error((error as Error).message)
    }
    await load()
  }

  const failed = rows.filter((row) => row.failed)
  const upcoming = rows.filter((row) => !row.failed)
  return (
    <div className="seocho-schedule">
      {failed.map((row) => (
        <div key={row.job} className="seocho-schedule__failed" role="alert">
          <strong>{scheduleText('failedTitle', language)}</strong>
          <p>{scheduleText('failedAt', language, { when: formatInstant(row.at, language), action: scheduleText(row.action, language) })}</p>
          {row.message ? <p>{row.message}</p> : null}
          <Button buttonStyle="secondary" size="small" margin={false} onClick={() => void remove(row)}>
            {scheduleText('dismiss', language)}
          </Button>
        </div>
      ))}
      <details className="seocho-schedule__details" open={expanded} onToggle={(event) => setExpanded(event.currentTarget.open)}>
        <summary>
          {scheduleText('sectionTitle', language)}
          {upcoming.length ? ` (${upcoming.length})` : ''}
        </summary>
        <p className="seocho-schedule__help">{scheduleText('intro', language)}</p>
        {upcoming.length ? (
          <ul className="seocho-schedule__list" aria-label={scheduleText('upcoming', language)}>
            {upcoming.map((row) => (
              <li key={row.job}>
                <span>
                  {formatInstant(row.at, language)} · {scheduleText(row.action, language)}
                </span>
                <Button buttonStyle="secondary" size="small" margin={false} onClick={() => void remove(row)}>
                  {scheduleText('cancel', language)}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{scheduleText('none', language)}</p>
        )}
        <fieldset className="seocho-schedule__form">
          <legend>{scheduleText('what', language)}</legend>
          <label>
            <input type="radio" name="seocho-schedule-action" checked={action === 'publish'} onChange={() => setAction('publish')} /> {scheduleText('publish', language)}
          </label>
          {hasPublishedDoc ? (
            <label>
              <input type="radio" name="seocho-schedule-action" checked={action === 'unpublish'} onChange={() => setAction('unpublish')} /> {scheduleText('unpublish', language)}
            </label>
          ) : null}
        </fieldset>
        <label htmlFor={timeId}>{scheduleText('when', language)}</label>
        <input
          id={timeId}
          type="datetime-local"
          value={at}
          onChange={(event) => setAt(event.target.value)}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? errorId : undefined}
        />
        {refusal ? (
          <div id={errorId} className="seocho-schedule__error" role="alert">
            <p>{refusal.message}</p>
            {refusal.fields.length ? (
              <ul>
                {refusal.fields.map((field, index) => (
                  <li key={index}>{field.label ? `${field.label}: ${field.message}` : field.message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <Button buttonStyle="primary" size="small" margin={false} disabled={busy} onClick={() => void schedule()}>
          {scheduleText('submit', language)}
        </Button>
      </details>
    </div>
  )
}
