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
    // Unnamed tabs arrange the form only: the stored document and the API output keep the same fields.
    {
      type: 'tabs',
      tabs: [
        {
          label: { ko: '개요', en: 'Overview' },
          description: { ko: '주민이 과정을 고를 때 보는 내용입니다.', en: 'What residents read when they choose a course.' },
          fields: [
            titleField,
            {
              type: 'row',
              fields: [
                {
                  name: 'field',
                  type: 'relationship',
                  relationTo: 'fields',
                  required: true,
                  label: { ko: '분야', en: 'Field' },
                  admin: { width: '40%' },
                },
                { name: 'level', type: 'select', required: true, options: LEVELS, label: { ko: '수준', en: 'Level' }, admin: { width: '30%' } },
                {
                  name: 'fee',
                  type: 'number',
                  defaultValue: 0,
                  label: { ko: '수강료 (원)', en: 'Fee (KRW)' },
                  validate: validateWith(checkNonNegativeInteger),
                  admin: { width: '30%', description: { ko: '무료이면 0', en: '0 when free' } },
                },
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
            { name: 'image', type: 'upload', relationTo: 'media', label: { ko: '대표 이미지', en: 'Image' } },
            {
              name: 'instructors',
              type: 'relationship',
              relationTo: 'instructors',
              hasMany: true,
              label: { ko: '강사', en: 'Instructors' },
            },
          ],
        },
        {
          label: { ko: '일정', en: 'Schedule' },
          description: {
            ko: '달마다 한 줄씩: 수강 월, 요일, 시간, 강의실, 정원과 수강 신청 링크입니다. 줄 제목을 누르면 접거나 펼칠 수 있습니다.',
            en: 'One row a month: term month, weekdays, times, room, capacity and registration link. Click a row title to fold or unfold it.',
          },
          fields: [courseRunsField()],
        },
        {
          label: { ko: '회차별 내용', en: 'Sessions' },
          description: { ko: '회차마다 배우는 것과 수강 전에 준비할 것입니다.', en: 'What each session covers and what to bring.' },
          fields: [
            {
              name: 'outline',
              type: 'array',
              label: { ko: '회차', en: 'Sessions' },
              labels: { singular: { ko: '회차', en: 'Session' }, plural: { ko: '회차', en: 'Sessions' } },
              admin: { components: { RowLabel: '/components/rowLabels/SessionRowLabel#SessionRowLabel' } },
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
              name: 'materials',
              type: 'text',
              localized: true,
              label: { ko: '교재·준비물', en: 'Materials' },
            },
          ],
        },
      ],
    },
    slugField('course'),
  ],
}
