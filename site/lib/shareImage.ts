/**
 * The picture a link shows when it is shared (KakaoTalk, Facebook, X, a
 * journalist's chat): one 1200×630 JPEG per image, the size and format every
 * large-card preview accepts (they refuse AVIF and often WebP), plus a site
 * picture for pages that have none and the publisher logo for structured data.
 */
import sharp from 'sharp'

import { cachedEncoding, type Media } from './images'
import { readFileAt } from './loader/source'

export const SHARE_WIDTH = 1200
export const SHARE_HEIGHT = 630
export const SHARE_TYPE = 'image/jpeg'

const DEFAULT_NAME = 'site-default.jpg'
export const LOGO_NAME = 'logo.png'
export const LOGO_SIZE = 512

export const shareImageName = (media: Pick<Media, 'cmsId'>) => `${media.cmsId}.jpg`
/** The share picture of an image, or the site's own when the page has none. */
export const shareImagePath = (media?: Pick<Media, 'cmsId'>) => `/media/share/${media ? shareImageName(media) : DEFAULT_NAME}`
export const logoPath = () => `/media/share/${LOGO_NAME}`

// Wider than this, a picture is cropped to the card; narrower (portraits, squares), it is shown
// whole on a blurred copy of itself, so no face is cut in half.
const CROP_ABOVE_RATIO = 1.5

export async function renderShareImage(media: Media): Promise<Buffer> {
  const original = await readFileAt(media.source)
  return cachedEncoding(original, `share.${SHARE_WIDTH}x${SHARE_HEIGHT}.${media.focalX ?? 50}.${media.focalY ?? 50}.v1`, 'jpg', async () => {
    const ratio = media.width / media.height
    const card = ratio >= CROP_ABOVE_RATIO ? await cropped(original, media) : await framed(original)
    return sharp(card).flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
  })
}

/** The card-shaped part of the picture around its focal point (the middle when none is set). */
async function cropped(original: Buffer, media: Media): Promise<Buffer> {
  // Upright first (a phone photo may be stored sideways with an orientation tag), then measured.
  const { data: upright, info } = await sharp(original).rotate().toBuffer({ resolveWithObject: true })
  const target = SHARE_WIDTH / SHARE_HEIGHT
  const width = Math.min(info.width, Math.round(info.height * target))
  const height = Math.min(info.height, Math.round(info.width / target))
  const around = (focus: number | undefined, size: number, full: number) =>
    Math.min(Math.max(0, Math.round(((focus ?? 50) / 100) * full - size / 2)), full - size)
  return sharp(upright)
    .extract({ left: around(media.focalX, width, info.width), top: around(media.focalY, height, info.height), width, height })
    .resize(SHARE_WIDTH, SHARE_HEIGHT)
    .toBuffer()
}

async function framed(original: Buffer): Promise<Buffer> {
  const backdrop = await sharp(original).rotate().resize(SHARE_WIDTH, SHARE_HEIGHT, { fit: 'cover' }).blur(30).modulate({ brightness: 0.75 }).toBuffer()
  const picture = await sharp(original).rotate().resize(SHARE_WIDTH, SHARE_HEIGHT, { fit: 'inside' }).toBuffer()
  return sharp(backdrop).composite([{ input: picture, gravity: 'center' }]).toBuffer()
}

// The letters IT as shapes, not text: a build machine without the right fonts would print boxes.
const MARK = '<path d="M7 22V10h3v12zM12 10h13v3h-5v9h-3v-9h-5z" fill="#fff"/>'

/** The site's card: the center's mark on its blue, with quiet circles like the demo pictures. */
export function renderDefaultShareImage(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0a3a78"/><stop offset="1" stop-color="#1864ab"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="1010" cy="120" r="220" fill="#ffffff" fill-opacity="0.08"/>
    <circle cx="1120" cy="520" r="160" fill="#ffe066" fill-opacity="0.18"/>
    <circle cx="140" cy="560" r="120" fill="#ffffff" fill-opacity="0.06"/>
    <g transform="translate(390 105) scale(13)"><rect width="32" height="32" rx="6" fill="#0a3a78" stroke="#fff" stroke-width="0.6"/>${MARK}</g>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85, mozjpeg: true }).toBuffer()
}

/** The publisher logo for NewsArticle data: the mark as a square PNG. */
export function renderLogo(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${LOGO_SIZE}" height="${LOGO_SIZE}" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0a3a78"/>${MARK}</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
