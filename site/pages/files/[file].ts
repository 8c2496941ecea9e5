import type { APIRoute, GetStaticPaths } from 'astro'

import { siteData } from '../../lib/data'
import type { Entry } from '../../lib/loader/schemas'
import { readFileAt } from '../../lib/loader/source'

/** Attachments are copied into the static site, so they download even while the CMS is down. */
export const getStaticPaths = (async () => {
  const { documents } = await siteData('ko')
  return [...documents.values()].map((document) => ({ params: { file: document.filename }, props: { document } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { document } = props as { document: Entry<'documents'> }
  const data = await readFileAt(document.source)
  return new Response(new Uint8Array(data), { headers: { 'content-type': document.mimeType } })
}
