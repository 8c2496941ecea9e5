import type { APIRoute, GetStaticPaths } from 'astro'

import { allMedia } from '../../../lib/data'
import type { Media } from '../../../lib/images'
import { LOGO_NAME, renderDefaultShareImage, renderLogo, renderShareImage, SHARE_TYPE, shareImageName, shareImagePath } from '../../../lib/shareImage'

type Card = { kind: 'media'; media: Media } | { kind: 'default' } | { kind: 'logo' }

/** The pictures shared links show (one per image, and the site's own) and the publisher logo. */
export const getStaticPaths = (async () => {
  const media = [...(await allMedia()).values()]
  return [
    ...media.map((item) => ({ params: { file: shareImageName(item) }, props: { kind: 'media', media: item } satisfies Card })),
    { params: { file: shareImagePath().split('/').pop()! }, props: { kind: 'default' } satisfies Card },
    { params: { file: LOGO_NAME }, props: { kind: 'logo' } satisfies Card },
  ]
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const card = props as Card
  if (card.kind === 'logo') return new Response(new Uint8Array(await renderLogo()), { headers: { 'content-type': 'image/png' } })
  const data = card.kind === 'media' ? await renderShareImage(card.media) : await renderDefaultShareImage()
  return new Response(new Uint8Array(data), { headers: { 'content-type': SHARE_TYPE } })
}
