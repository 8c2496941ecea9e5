import type { CollectionConfig } from 'payload'

import { slugField } from '../fields/slug'
import { publicContent } from './shared'

/** Fields of study (AI, digital finance, smartphone …) that group the courses. */
export const Fields: CollectionConfig = {
  slug: 'fields',
  labels: { singular: { ko: '교육 분야', en: 'Field' }, plural: { ko: '교육 분야', en: 'Fields' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'], group: { ko: '교육', en: 'Education' } },
  defaultSort: 'order',
  ...publicContent,
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { ko: '분야 이름', en: 'Name' } },
    slugField('field'),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { ko: '소개', en: 'Description' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      label: { ko: '표시 순서', en: 'Display order' },
      admin: { position: 'sidebar', description: { ko: '작을수록 앞에 나옵니다.', en: 'Lower comes first.' } },
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: { ko: '대표 이미지', en: 'Image' } },
  ],
}
