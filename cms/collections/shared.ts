import type { CollectionConfig, GlobalConfig, PayloadRequest } from 'payload'

import { isEditor, isStaff, roleOf } from '../access/roles'
import { publishedOrStaff } from '../access/publishedOrStaff'

/** The collections whose published documents are pages of the public site. */
export const PUBLIC_COLLECTIONS = ['courses', 'fields', 'instructors', 'notices', 'board-posts', 'zones', 'pages'] as const

/** Everything the public reads is drafted, versioned, and visible only once published. */
export const publicContent = {
  // Scheduled publishing is our own (cms/scheduling/): Payload's drawer reported success even when scheduling failed.
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
} satisfies Pick<CollectionConfig, 'versions' | 'access'>

/** The `title` every public document starts with: localized, required. */
export const titleField = {
  name: 'title',
  type: 'text',
  required: true,
  localized: true,
  label: { ko: '제목', en: 'Title' },
} as const

/** The admin's "preview" button: the draft built by the site's own components, for staff only (cms/build/preview.ts). */
export function previewable<T extends CollectionConfig>(collection: T): T {
  return {
    ...collection,
    admin: {
      ...collection.admin,
      preview: (doc: Record<string, unknown>, { locale }: { locale: string }) => `/preview/${collection.slug}/${doc.id}?locale=${locale}`,
    },
  }
}

/** The panel at the top of a public document's form: publish note and review (cms/components/document/DocumentPanel.tsx). */
export const documentPanelField = {
  name: 'documentPanel',
  type: 'ui',
  admin: { components: { Field: '/components/document/DocumentPanel#DocumentPanel' } },
} as const

export function withDocumentPanel<T extends CollectionConfig>(collection: T): T {
  return { ...collection, fields: [documentPanelField, ...collection.fields] }
}

/**
 * Payload's "API" tab shows a document as raw JSON: useful to admins, noise
 * (in English) to everyone else, so only admins see it.
 */
export function apiTabForAdminsOnly<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  const components = (entity.admin?.components ?? {}) as Record<string, any>
  const views = components.views ?? {}
  const api = views.edit?.api ?? {}
  return {
    ...entity,
    admin: {
      ...entity.admin,
      components: {
        ...components,
        views: { ...views, edit: { ...views.edit, api: { ...api, tab: { ...api.tab, condition: ({ req }: { req: PayloadRequest }) => roleOf(req) === 'admin' } } } },
      },
    },
  } as T
}

/**
 * Scheduled publishing on a public collection: what is scheduled and what
 * failed shown above its list (cms/components/schedule/ScheduledList.tsx),
 * and a deleted document's schedule deleted with it, so that nothing runs, or
 * fails, for a document that is gone.
 */
export function schedulable<T extends CollectionConfig>(collection: T): T {
  const components = (collection.admin?.components ?? {}) as Record<string, any>
  const beforeList = [...(components.beforeList ?? []), { path: '/components/schedule/ScheduledList#ScheduledList', clientProps: { collection: collection.slug } }]
  const dropSchedule = async ({ id, req }: { id: string | number; req: PayloadRequest }) => {
    await req.payload.delete({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.relationTo': { equals: collection.slug } }, { 'input.doc.value': { equals: String(id) } }] },
      overrideAccess: true,
      req,
    })
  }
  return {
    ...collection,
    admin: { ...collection.admin, components: { ...components, beforeList } },
    hooks: { ...collection.hooks, afterDelete: [...(collection.hooks?.afterDelete ?? []), dropSchedule] },
  }
}
