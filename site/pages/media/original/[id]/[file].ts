import type { APIRoute, GetStaticPaths } from 'astro'

import { siteData } from '../../../../lib/data'
import type { Media } from '../../../../lib/images'
import { readFileAt } from '../../../../lib/loader/source'
import { originalPathParams, pressPhotos } from '../../../../lib/pressPhotos'

/**
 * Press photos as they were uploaded: the same bytes, format and size, for journalists to print.
 * Only pictures published with a press release are offered whole; other pictures appear in the
 * site's resized variants only.
 */
export const getStaticPaths = (async () =>
  pressPhotos(await siteData('ko')).map(({ media }) => ({ params: originalPathParams(media), props: { media } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { media } = props as { media: Media }
  return new Response(new Uint8Array(await readFileAt(media.source)), { headers: { 'content-type': media.mimeType } })
}
