import type { CollectionConfig } from 'payload'

import { isEditor, isStaff } from '../access/roles'
import { sanitizeUploadFilename } from '../hooks/sanitizeUploadFilename'
import { DOCUMENT_RULE, verifyUploadContent } from '../hooks/verifyUploadContent'
import { mediaDir } from '../paths'
import { uploadRulesField } from '../fields/uploadRules'

/** Attachments residents download: schedules, application forms, curricula. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: { ko: '첨부 파일', en: 'Document' }, plural: { ko: '첨부 파일', en: 'Documents' } },
  admin: { useAsTitle: 'title', defaultColumns: ['filename', 'title', 'filesize', 'updatedAt'], group: { ko: '파일', en: 'Files' } },
  access: { read: () => true, create: isStaff, update: isStaff, delete: isEditor },
  // The name is made safe first, then the bytes are judged against its extension.
  hooks: { beforeOperation: [sanitizeUploadFilename, verifyUploadContent(DOCUMENT_RULE)] },
  upload: {
    staticDir: mediaDir('documents'),
    mimeTypes: [
      'application/pdf',
      'application/x-hwp',
      'application/haansofthwp',
      'application/vnd.hancom.hwp',
      'application/x-cfb',
      'application/octet-stream',
      'application/hwp+zip',
      'application/vnd.hancom.hwpx',
      'application/zip',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
  },
  fields: [
    uploadRulesField(DOCUMENT_RULE),
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { ko: '파일 제목', en: 'Title' },
      admin: { placeholder: '2026년 12월 교육 일정표' },
    },
  ],
}
