import type { CollectionConfig } from 'payload'

import { isEditor, isStaff } from '../access/roles'
import { sanitizeUploadFilename } from '../hooks/sanitizeUploadFilename'
import { IMAGE_RULE, verifyUploadContent } from '../hooks/verifyUploadContent'
import { mediaDir } from '../paths'
import { uploadRulesField } from '../fields/uploadRules'

/** Images: photos, illustrations, press pictures. Alt text is required for every reader. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { ko: '이미지', en: 'Image' }, plural: { ko: '이미지', en: 'Images' } },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'caption', 'updatedAt'], group: { ko: '파일', en: 'Files' } },
  access: { read: () => true, create: isStaff, update: isStaff, delete: isEditor },
  // The name is made safe first, then the bytes are judged against its extension.
  hooks: { beforeOperation: [sanitizeUploadFilename, verifyUploadContent(IMAGE_RULE)] },
  upload: {
    staticDir: mediaDir('media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'large', width: 1600, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 78 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    uploadRulesField(IMAGE_RULE),
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { ko: '대체 텍스트', en: 'Alt text' },
      admin: {
        description: {
          ko: '화면을 볼 수 없는 분께 읽어 줄 사진 설명입니다. 예: 비전 프로를 써 보는 어르신',
          en: 'What the picture shows, read aloud to people who cannot see it.',
        },
      },
    },
    { name: 'caption', type: 'text', localized: true, label: { ko: '설명', en: 'Caption' } },
    {
      name: 'credit',
      type: 'text',
      // Shown beside the picture on both sites: "서초구 제공" on a Korean page, "Courtesy of Seocho-gu" on an English one.
      localized: true,
      label: { ko: '출처·저작권', en: 'Credit' },
      admin: {
        placeholder: '서초구 제공',
        description: {
          ko: '사진 옆에 함께 나갑니다. 영어 화면에서는 영어로 적어 주세요. 예: Courtesy of Seocho-gu',
          en: 'Shown with the picture. In English, e.g. "Courtesy of Seocho-gu".',
        },
      },
    },
  ],
}
