'use client'
import { Link, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { publishNoteText } from '../../i18n/publishNoteMessages'
import { callApi, whereQuery } from '../shared/api'
import { formatInstant } from '../shared/when'
import { type BuildRow, type Note, noteFor } from './buildNote'

const POLL_MS = 3_000

/**
 * After a publish (or unpublish), says when the public site will show it and
 * links to the build that carries it; follows the build until it is live.
 */
export function PublishNote() {
  const { id, collectionSlug, data, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [note, setNote] = useState<Note | null>(null)
  const updatedAt = (data as { updatedAt?: string } | undefined)?.updatedAt

  useEffect(() => {
    if (!id || !collectionSlug) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const api = config.routes.api
    const look = async () => {
      try {
        const [mentioning, recent] = await Promise.all([
          callApi<{ docs: BuildRow[] }>(`${api}/site-builds${whereQuery([['reasons', 'contains', `${collectionSlug} #${id}`]], { sort: '-createdAt', limit: 1, depth: 0 })}`),
          callApi<{ docs: BuildRow[] }>(`${api}/site-builds${whereQuery([['status', 'equals', 'succeeded']], { sort: '-createdAt', limit: 5, depth: 0 })}`),
        ])
        if (stopped) return
        const next = noteFor(mentioning.docs[0], { collection: collectionSlug, id, updatedAt }, recent.docs.map((b) => b.durationMs ?? 0), Date.now())
        setNote(next)
        if (next?.kind === 'pending') timer = setTimeout(look, POLL_MS)
      } catch {
        // The note is a courtesy: without it the document still saves and publishes.
      }
    }
    void look()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [id, collectionSlug, updatedAt, lastUpdateTime, config.routes.api])

  if (!note) return null
  const language = i18n.language
  const off = note.change === 'unpublish'
  const text =
    note.kind === 'pending'
      ? note.seconds <= 3
        ? publishNoteText('almostDone', language)
        : publishNoteText(off ? 'pendingUnpublish' : 'pendingPublish', language, { seconds: note.seconds })
      : note.kind === 'done'
        ? publishNoteText(off ? 'doneUnpublish' : 'donePublish', language, { time: formatInstant(note.finishedAt, language) })
        : publishNoteText('failed', language)
  return (
    <p className={`seocho-publish-note seocho-publish-note--${note.kind}`} role="status">
      <span>{text}</span> <span aria-hidden="true">·</span>{' '}
      <Link href={`${config.routes.admin}/collections/site-builds/${note.buildId}`} prefetch={false}>
        {publishNoteText('buildLink', language)}
      </Link>
    </p>
  )
}
