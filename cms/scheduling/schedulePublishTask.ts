import type { CollectionSlug, GlobalSlug, TaskConfig } from 'payload'

import { scheduleText } from '../i18n/scheduleMessages'

/** What a scheduled publish holds: the same shape Payload's own scheduling used, so queued jobs, seeds and backups keep working. */
export interface SchedulePublishInput {
  type?: 'publish' | 'unpublish'
  locale?: string
  doc?: { relationTo: string; value: string }
  global?: string
  user?: { relationTo: string; value: string | number }
  timezone?: string
}

type FieldError = { label?: string; path?: string; message?: string }

/** A failure in the words staff read in the admin: each field a publish refused, with its reason. */
export function failureMessage(error: unknown, action: 'publish' | 'unpublish', language = 'ko'): string {
  const errors = (error as { data?: { errors?: FieldError[] } } | null)?.data?.errors
  if (Array.isArray(errors) && errors.length) {
    const problems = errors.map((e) => `${e.label ?? e.path}: ${e.message ?? ''}`.trim()).join(' / ')
    return scheduleText('failedPublish', language, { problems })
  }
  const reason = error instanceof Error ? error.message : String(error)
  return scheduleText('failedOther', language, { action: scheduleText(action, language), reason })
}

/**
 * Publishes or unpublishes a document (or a global) at its appointed time, as
 * the member of staff who scheduled it. Payload ships a task like it, with a
 * drawer that reports success even when scheduling failed; this one is queued
 * by our own endpoint after the document is checked (./scheduleEndpoints.ts),
 * never retries a refusal, and fails with a Korean message naming each field,
 * which the admin shows on the document, its list and the build history.
 */
export function schedulePublishTask(collections: string[]): TaskConfig<{ input: SchedulePublishInput; output: object }> {
  return {
    slug: 'schedulePublish',
    label: '예약 게시',
    retries: 0,
    inputSchema: [
      { name: 'type', type: 'select', options: ['publish', 'unpublish'], defaultValue: 'publish' },
      { name: 'locale', type: 'text' },
      { name: 'doc', type: 'relationship', relationTo: collections as CollectionSlug[] },
      { name: 'global', type: 'text' },
      // Polymorphic, as Payload's own task kept it: { relationTo: 'users', value }.
      { name: 'user', type: 'relationship', relationTo: ['users'] },
      { name: 'timezone', type: 'text' },
    ],
    handler: async ({ input, req }) => {
      const action = input.type === 'unpublish' ? 'unpublish' : 'publish'
      const _status = action === 'publish' ? 'published' : 'draft'
      const user = input.user?.value != null ? { ...(await req.payload.findByID({ collection: 'users', id: input.user.value, depth: 0, overrideAccess: true })), collection: 'users' } : null
      const locale = action === 'publish' && input.locale && req.payload.config.localization && req.payload.config.localization.localeCodes.includes(input.locale) ? input.locale : undefined
      try {
        if (input.doc) {
          const idType = req.payload.db.defaultIDType
          await req.payload.update({
            collection: input.doc.relationTo as CollectionSlug,
            id: idType === 'number' ? Number(input.doc.value) : input.doc.value,
            data: { _status } as never,
            depth: 0,
            overrideAccess: user === null,
            user: user as never,
            publishSpecificLocale: locale as never,
          })
        }
        if (input.global) {
          await req.payload.updateGlobal({ slug: input.global as GlobalSlug, data: { _status } as never, depth: 0, overrideAccess: user === null, user: user as never, publishSpecificLocale: locale as never })
        }
      } catch (error) {
        throw new Error(failureMessage(error, action))
      }
      return { output: {} }
    },
  }
}
