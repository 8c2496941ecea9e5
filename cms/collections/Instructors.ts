import type { CollectionConfig } from 'payload'

import { INSTRUCTOR_BACKGROUNDS } from '../fields/options'
import { slugField } from '../fields/slug'
import { publicContent } from './shared'

/** The people who teach; many are mid-career residents re-entering work. */
export const Instructors: CollectionConfig = {
  slug: 'instructors',
  labels: { singular: { ko: '강사', en: 'Instructor' }, plural: { ko: '강사', en: 'Instructors' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'fields', '_status'], group: { ko: '교육', en: 'Education' } },
  ...publicContent,
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { ko: '이름', en: 'Name' } },
    slugField('instructor'),
    {
      name: 'headline',
      type: 'text',
      localized: true,
      label: { ko: '한 줄 소개', en: 'Headline' },
      admin: { placeholder: '스마트폰·키오스크 전문 강사' },
    },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { ko: '사진', en: 'Photo' } },
    { name: 'bio', type: 'richText', localized: true, label: { ko: '소개', en: 'Biography' } },
    {
      name: 'fields',
      type: 'relationship',
      relationTo: 'fields',
      hasMany: true,
      label: { ko: '강의 분야', en: 'Fields' },
    },
    {
      name: 'career',
      type: 'array',
      label: { ko: '경력', en: 'Career' },
      labels: { singular: { ko: '경력', en: 'Career entry' }, plural: { ko: '경력', en: 'Career entries' } },
      admin: { components: { RowLabel: { path: '/components/rowLabels/JoinedRowLabel#JoinedRowLabel', clientProps: { fields: ['period', 'role'], noun: { ko: '경력', en: 'Career' } } } } },
      fields: [
        { name: 'period', type: 'text', label: { ko: '기간', en: 'Period' }, admin: { placeholder: '2019–2024' } },
        { name: 'role', type: 'text', required: true, localized: true, label: { ko: '내용', en: 'Role' } },
      ],
    },
    {
      name: 'background',
      type: 'select',
      hasMany: true,
      options: INSTRUCTOR_BACKGROUNDS,
      label: { ko: '배경', en: 'Background' },
    },
    {
      // Derived from courses.instructors so the two can never disagree.
      name: 'courses',
      type: 'join',
      collection: 'courses',
      on: 'instructors',
      label: { ko: '담당 과정', en: 'Courses taught' },
      admin: {
        description: {
          ko: '강좌 화면의 "강사" 칸에서 이 강사를 고르면 여기에 나옵니다. 새 강사는 먼저 저장한 뒤 강좌에서 고르세요.',
          en: 'A course lists this instructor in its "Instructors" field to appear here. Save a new instructor first, then choose them on the course.',
        },
      },
    },
  ],
}
