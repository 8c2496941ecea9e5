import type { CollectionConfig } from 'payload'

import { checkPageSlug } from '../domain/validators'
import { slugField } from '../fields/slug'
import { validateWith } from '../fields/validate'
import { publicContent, titleField } from './shared'

/** Standing pages: about the center, directions, frequently asked questions. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { ko: '안내 페이지', en: 'Page' }, plural: { ko: '안내 페이지', en: 'Pages' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'], group: { ko: '사이트', en: 'Site' } },
  ...publicContent,
  fields: [
    titleField,
    // A page lives at /<slug>/: never over one of the site's own sections.
    slugField('page', { validate: validateWith(checkPageSlug) }),
    { name: 'summary', type: 'textarea', localized: true, label: { ko: '요약', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { ko: '본문', en: 'Body' } },
    {
      name: 'faqs',
      type: 'array',
      label: { ko: '자주 묻는 질문', en: 'FAQ' },
      labels: { singular: { ko: '질문', en: 'Question' }, plural: { ko: '질문', en: 'Questions' } },
      admin: { components: { RowLabel: { path: '/components/rowLabels/JoinedRowLabel#JoinedRowLabel', clientProps: { fields: ['question'], noun: { ko: '질문', en: 'Question' } } } } },
      fields: [
        { name: 'question', type: 'text', required: true, localized: true, label: { ko: '질문', en: 'Question' } },
        { name: 'answer', type: 'textarea', required: true, localized: true, label: { ko: '답변', en: 'Answer' } },
      ],
    },
  ],
}
