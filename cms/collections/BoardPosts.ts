import type { CollectionConfig } from 'payload'

import { draftsUnlessEditor } from '../access/contributorDrafts'

import { attachmentsField } from '../fields/attachments'
import { BOARD_CATEGORIES } from '../fields/options'
import { publishedDateField } from '../fields/publishedDate'
import { slugField } from '../fields/slug'
import { assignBoardNumber } from '../hooks/assignBoardNumber'
import { preventContributorPublish } from '../hooks/preventContributorPublish'
import { settleReviewsOnPublish } from '../hooks/settleReviews'
import { publicContent, titleField } from './shared'

/** The Citizen Informatization Classroom bulletin board (정보화교실 게시판). */
export const BoardPosts: CollectionConfig = {
  slug: 'board-posts',
  labels: { singular: { ko: '정보화교실 게시글', en: 'Board post' }, plural: { ko: '정보화교실 게시판', en: 'Board posts' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'category', 'pinned', '_status', 'publishedDate'],
    group: { ko: '소식', en: 'News' },
    // Contributors get "검토 요청" where editors get "게시".
    components: { edit: { PublishButton: '/components/review/PublishOrRequestReview#PublishOrRequestReview' } },
  },
  defaultSort: '-number',
  ...publicContent,
  access: { ...publicContent.access, create: draftsUnlessEditor, update: draftsUnlessEditor },
  hooks: { beforeChange: [preventContributorPublish, assignBoardNumber], afterChange: [settleReviewsOnPublish] },
  fields: [
    {
      name: 'number',
      type: 'number',
      unique: true,
      index: true,
      label: { ko: '글 번호', en: 'No.' },
      admin: { position: 'sidebar', readOnly: true, description: { ko: '저장하면 자동으로 매겨집니다.', en: 'Given on first save.' } },
    },
    titleField,
    slugField('post'),
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'notice',
      options: BOARD_CATEGORIES,
      label: { ko: '분류', en: 'Category' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'pinned',
      type: 'checkbox',
      defaultValue: false,
      label: { ko: '상단 고정', en: 'Pinned' },
      admin: { position: 'sidebar' },
    },
    publishedDateField(),
    { name: 'body', type: 'richText', localized: true, required: true, label: { ko: '본문', en: 'Body' } },
    attachmentsField(),
  ],
}
