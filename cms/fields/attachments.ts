import type { UploadField } from 'payload'

/** Files (pdf, hwp, hwpx, docx, xlsx, pptx) attached to a notice or board post. */
export function attachmentsField(overrides: Partial<UploadField> = {}): UploadField {
  return {
    name: 'attachments',
    type: 'upload',
    relationTo: 'documents',
    hasMany: true,
    label: { ko: '첨부 파일', en: 'Attachments' },
    ...overrides,
  } as UploadField
}
