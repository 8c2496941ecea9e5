import type { APIRoute, GetStaticPaths } from 'astro'

import { allMedia } from '../../lib/data'
import { FORMATS, type ImageFormat, renderVariant, variantName, widthsOf } from '../../lib/images'
import type { Media } from '../../lib/images'

/** Every image variant the pages refer to, written as static files. */
export const getStaticPaths = (async () => {
  const media = [...(await allMedia()).values()]
  return media.flatMap((item) =>
    widthsOf(item).flatMap((width) =>
      FORMATS.map((format) => ({ params: { file: variantName(item, width, format) }, props: { media: item, width, format } })),
    ),
  )
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { media, width, format } = props as { media: Media; width: number; format: ImageFormat }
  const data = await renderVariant(media, width, format)
  return new Response(new Uint8Array(data), { headers: { 'content-type': `image/${format}` } })
}
