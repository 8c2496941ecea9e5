/**
 * The stored world the fuzz aims at: one valid document per collection,
 * both globals filled in, a live password-reset token, and valid new
 * documents (with files) to break for creates.
 */
import type { Where } from 'payload'

import type { TestCms } from './boot'
import { type Staff, validData } from './fixtures'
import { dataFields } from './malformed'
import type { FuzzWorld } from './malformedRequests'

/** The editable part of a stored document: its data fields, as a REST body would carry them. */
function editable(doc: Record<string, any>, fields: { name: string }[]) {
  return Object.fromEntries(fields.filter((f) => f.name in doc).map((f) => [f.name, doc[f.name]]))
}

/** Valid documents of every kind, both globals and a live reset token: what the malformed requests are aimed at. */
export async function buildWorld(cms: TestCms, staff: Staff): Promise<FuzzWorld> {
  const { payload } = cms
  const fieldId = (await payload.create({ collection: 'fields', data: { name: 'AI', slug: 'ai', _status: 'published' }, overrideAccess: true })).id
  const ids: Record<string, number | string> = { fields: fieldId }
  for (const slug of ['courses', 'instructors', 'notices', 'board-posts', 'zones', 'pages', 'media', 'documents']) {
    const { data, file } = await validData(slug, { fieldId })
    const status = slug === 'media' || slug === 'documents' ? {} : { _status: 'published' }
    ids[slug] = (await payload.create({ collection: slug as any, data: { ...data, ...status }, file, overrideAccess: true })).id
  }
  ids.users = staff.contributor.id
  // A review request waiting on a contributor's draft, so malformed changes to one hit a real request.
  const draft = await payload.create({ collection: 'board-posts', data: { ...(await validData('board-posts', { fieldId })).data, _status: 'draft' }, draft: true, overrideAccess: true })
  ids.reviews = (await payload.create({ collection: 'reviews', data: { document: { relationTo: 'board-posts', value: draft.id } } as any, overrideAccess: false, user: staff.contributor })).id
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      centerName: '서초구 IT교육센터',
      address: '서울특별시 서초구 남부순환로 2584',
      phone: '02-2155-8715',
      links: { registrationSystem: 'https://yeyak.seocho.go.kr/' },
      hours: [{ days: '평일', opens: '09:00', closes: '18:00' }],
      _status: 'published',
    } as any,
    overrideAccess: true,
  })
  await payload.updateGlobal({ slug: 'navigation', data: { items: [{ label: '교육 과정', href: '/courses' }], _status: 'published' } as any, overrideAccess: true })

  const validNew: Record<string, Awaited<ReturnType<typeof validData>>> = {}
  const stored: FuzzWorld['stored'] = {}
  for (const collection of cms.config.collections) {
    const fields = dataFields(collection.fields, { upload: Boolean(collection.upload) })
    validNew[collection.slug] = await validData(collection.slug, { fieldId }).catch(() => ({ data: {} }))
    const id = ids[collection.slug]
    const where: Where = id === undefined ? {} : { id: { equals: id } }
    const doc = (await payload.find({ collection: collection.slug as any, where, limit: 1, depth: 0, draft: true, overrideAccess: true, sort: 'createdAt' })).docs[0] as any
    if (doc) stored[collection.slug] = { id: doc.id, data: editable(doc, fields) }
  }
  const globals: FuzzWorld['globals'] = {}
  for (const global of cms.config.globals) {
    const doc = await payload.findGlobal({ slug: global.slug as any, depth: 0, draft: true, overrideAccess: true })
    globals[global.slug] = editable(doc as any, dataFields(global.fields))
  }
  const files = Object.fromEntries(Object.entries(validNew).map(([slug, v]) => [slug, v.file ? { ...v.file, data: new Uint8Array(v.file.data) } : undefined]))
  return {
    config: cms.config,
    validNew: (slug) => ({ data: structuredClone(validNew[slug]?.data ?? {}), file: files[slug] }),
    stored,
    globals,
    authEmail: staff.contributor.email,
    resetToken: await payload.forgotPassword({ collection: 'users', data: { email: staff.contributor.email }, disableEmail: true }),
  }
}
