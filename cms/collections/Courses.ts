import type { CollectionConfig } from 'payload'

import { checkNonNegativeInteger } from '../domain/validators'
import { courseRunsField } from '../fields/courseRuns'
import { LEVELS } from '../fields/options'
import { slugField } from '../fields/slug'
import { validateWith } from '../fields/validate'
import { publicContent, titleField } from './shared'

/** A curriculum and its scheduled runs: what residents find, compare and register for. */
export const Courses: CollectionConfig = {
  slug: 'courses',
  labels: { singular: { ko: '교육 과정', en: 'Course' }, plural: { ko: '교육 과정', en: 'Courses' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'field', 'level', '_status', 'updatedAt'],
    group: { ko: '교육', en: 'Education' },
  },
  ...publicContent,
  fields: [
    titleField,
    slugField('course'),
    {
      type: 'row',
      fields: [
        {
          name: 'field',
          type: 'relationship',
          relationTo: 'fields',
          required: true,
          label: { ko: '분야', en: 'Field' },
        },
        { name: 'level', type: 'select', required: true, options: LEVELS, label: { ko: '수준', en: 'Level' } },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 300,
      label: { ko: '한 줄 소개', en: 'Summary' },
    },
    { name: 'description', type: 'richText', localized: true, label: { ko: '과정 소개', en: 'Description' } },
    {
      name: 'outline',
      type: 'array',
      label: { ko: '회차별 내용', en: 'Session outline' },
      labels: { singular: { ko: '회차', en: 'Session' }, plural: { ko: '회차', en: 'Sessions' } },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, label: { ko: '주제', en: 'Topic' } },
        { name: 'detail', type: 'textarea', localized: true, label: { ko: '내용', en: 'Detail' } },
      ],
    },
    {
      name: 'prerequisites',
      type: 'textarea',
      localized: true,
      label: { ko: '수강 전 준비', en: 'Prerequisites' },
    },
    {
      name: 'instructors',
      type: 'relationship',
      relationTo: 'instructors',
      hasMany: true,
      label: { ko: '강사', en: 'Instructors' },
    },
    {
      name: 'fee',
      type: 'number',
      defaultValue: 0,
      label: { ko: '수강료 (원)', en: 'Fee (KRW)' },
      validate: validateWith(checkNonNegativeInteger),
      admin: { position: 'sidebar', description: { ko: '무료이면 0', en: '0 when free' } },
    },
    {
      name: 'materials',
      type: 'text',
      localized: true,
      label: { ko: '교재·준비물', en: 'Materials' },
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: { ko: '대표 이미지', en: 'Image' } },
    courseRunsField(),
  ],
}
