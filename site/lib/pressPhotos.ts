/**
 * Press photos: the pictures of press releases, each with its caption, its
 * credit in the page's language, and the file exactly as it was uploaded
 * (same bytes, format and size) for journalists to download.
 */
import type { Media } from './images'
import type { Entry } from './loader/schemas'

/** What the photos are picked from: the published images by id, and the notices newest first. */
interface Sources {
  media: Map<string, Media>
  notices: Entry<'notices'>[]
}

export interface PressPhoto {
  media: Media
  caption: string
  /** the photo row's own credit, else the image's */
  credit?: string
  original: Original
}

export interface Original {
  /** where the uploaded file is served: /media/original/<id>/<name> */
  href: string
  /** the name the file was uploaded under, offered as the download's name */
  filename: string
  /** JPEG, PNG, WebP or AVIF */
  format: string
  mimeType: string
  width: number
  height: number
  bytes?: number
}

const FORMATS: Record<string, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/avif': 'AVIF' }

// Stored names are already safe (cms/hooks/sanitizeUploadFilename.ts); one that is not plain ASCII is
// served under a plain name, and keeps its own name as the download's.
const plainName = (media: Media) => (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(media.filename) ? media.filename : `image-${media.cmsId}${media.filename.match(/\.[A-Za-z0-9]+$/)?.[0] ?? ''}`)

export const originalPathParams = (media: Media) => ({ id: media.cmsId, file: plainName(media) })

export function originalOf(media: Media): Original {
  const { id, file } = originalPathParams(media)
  return {
    href: `/media/original/${id}/${file}`,
    filename: media.filename,
    format: FORMATS[media.mimeType] ?? media.mimeType,
    mimeType: media.mimeType,
    width: media.width,
    height: media.height,
    bytes: media.filesize,
  }
}

/** The photos of one notice that can be shown (their image is published), in order. */
export function photosOf(notice: Entry<'notices'>, data: Pick<Sources, 'media'>): PressPhoto[] {
  return notice.photos.flatMap((photo) => {
    const media = data.media.get(photo.imageId)
    return media ? [{ media, caption: photo.caption, credit: photo.credit ?? media.credit, original: originalOf(media) }] : []
  })
}

/** Every picture of every press release, once, with the caption of the newest release that uses it. */
export function pressPhotos(data: Sources): (PressPhoto & { release: Entry<'notices'> })[] {
  const seen = new Set<string>()
  const photos: (PressPhoto & { release: Entry<'notices'> })[] = []
  for (const release of data.notices.filter((notice) => notice.category === 'press-release')) {
    for (const photo of photosOf(release, data)) {
      if (seen.has(photo.media.cmsId)) continue
      seen.add(photo.media.cmsId)
      photos.push({ ...photo, release })
    }
  }
  return photos
}
