import type { CollectionConfig } from 'payload'

import { draftsUnlessEditor } from '../access/contributorDrafts'

import { checkHttpsUrl } from '../domain/validators'
import { attachmentsField } from '../fields/attachments'
import { DAY_AND_TIME } from '../fields/dateDisplay'
import { NOTICE_CATEGORIES } from '../fields/options'
import { asSeoulDay } from '../fields/seoulDay'
import { publishedDateField } from '../fields/publishedDate'
import { slugField } from '../fields/slug'
import { requiredWhen } from '../fields/validate'
import { preventContributorPublish } from '../hooks/preventContributorPublish'
import { settleReviewsOnPublish } from '../hooks/settleReviews'
import { publicContent, titleField } from './shared'

const isOpenCall = (sibling: Record<string, unknown>) => sibling.category === 'open-call'

/** Announcements, press releases, open calls for instructors, and events. */
export const Notices: CollectionConfig = {
  slug: 'notices',
  labels: { singular: { ko: '공지·보도', en: 'Notice' }, plural: { ko: '공지·보도', en: 'Notices' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'publishedDate', '_status'],
    group: { ko: '소식', en: 'News' },
    // Contributors get "검토 요청" where editors get "게시".
    components: { edit: { PublishButton: '/components/review/PublishOrRequestReview#PublishOrRequestReview' } },
  },
  defaultSort: '-publishedDate',
  ...publicContent,
  access: { ...publicContent.access, create: draftsUnlessEditor, update: draftsUnlessEditor },
  hooks: { beforeChange: [preventContributorPublish], afterChange: [settleReviewsOnPublish] },
  fields: [
    titleField,
    slugField('notice'),
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'announcement',
      options: NOTICE_CATEGORIES,
      label: { ko: '분류', en: 'Category' },
      admin: { position: 'sidebar' },
    },
    publishedDateField(),
    {
      name: 'pinned',
      type: 'checkbox',
      defaultValue: false,
      label: { ko: '상단 고정', en: 'Pinned' },
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300, label: { ko: '요약', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, required: true, label: { ko: '본문', en: 'Body' } },
    {
      type: 'collapsible',
      label: { ko: '공개 모집 (분류가 공개 모집일 때)', en: 'Open call (when the category is open call)' },
      admin: { condition: (data) => data?.category === 'open-call' },
      fields: [
        {
          name: 'deadline',
          type: 'date',
          label: { ko: '접수 마감', en: 'Deadline' },
          admin: { date: DAY_AND_TIME },
          validate: requiredWhen(isOpenCall, 'openCallNeedsDeadline', (value) =>
            asSeoulDay(value) ? null : 'dateFormat',
          ),
        },
        {
          name: 'applicationUrl',
          type: 'text',
          label: { ko: '신청 링크', en: 'Application link' },
          admin: { placeholder: 'https://' },
          validate: requiredWhen(isOpenCall, 'openCallNeedsLink', checkHttpsUrl),
        },
        {
          name: 'callField',
          type: 'relationship',
          relationTo: 'fields',
          label: { ko: '모집 분야', en: 'Field of the call' },
        },
        // What an applicant asks before anything else; shown in a box at the top of the call's page.
        {
          name: 'howToApply',
          type: 'textarea',
          localized: true,
          label: { ko: '지원 방법', en: 'How to apply' },
          admin: { placeholder: '지원서와 교육 과정 계획서를 내려받아 작성한 뒤, 아래 "지원하기"에서 제출합니다.' },
        },
        {
          name: 'pay',
          type: 'text',
          localized: true,
          label: { ko: '강사료', en: 'Pay' },
          admin: { placeholder: '1시간 5만 원 (서초구 강사 수당 기준)' },
        },
        {
          name: 'results',
          type: 'text',
          localized: true,
          label: { ko: '결과 발표', en: 'Results' },
          admin: { placeholder: '마감 뒤 2주 안에 지원하신 분께 문자로 알려 드립니다.' },
        },
        {
          name: 'contact',
          type: 'text',
          label: { ko: '문의처', en: 'Contact' },
          admin: {
            placeholder: '02-2155-8790',
            description: { ko: '전화번호나 이메일. 비워 두면 센터 대표 번호가 나갑니다.', en: 'A phone number or email. Left empty, the center’s main number is shown.' },
          },
        },
      ],
    },
    {
      name: 'photos',
      type: 'array',
      label: { ko: '보도 사진', en: 'Press photos' },
      labels: { singular: { ko: '사진', en: 'Photo' }, plural: { ko: '사진', en: 'Photos' } },
      admin: { components: { RowLabel: { path: '/components/rowLabels/JoinedRowLabel#JoinedRowLabel', clientProps: { fields: ['caption'], noun: { ko: '사진', en: 'Photo' } } } } },
      fields: [
        { name: 'image', type: 'upload', relationTo: 'media', required: true, label: { ko: '사진', en: 'Photo' } },
        { name: 'caption', type: 'text', localized: true, required: true, label: { ko: '설명', en: 'Caption' } },
        {
          name: 'credit',
          type: 'text',
          localized: true,
          label: { ko: '출처', en: 'Credit' },
          admin: { placeholder: '서초구 제공', description: { ko: '비워 두면 이미지에 적힌 출처가 나갑니다.', en: "Leave empty to use the image's own credit." } },
        },
      ],
    },
    attachmentsField(),
  ],
}
