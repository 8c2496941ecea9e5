import type { Access, CollectionConfig } from 'payload'

import { isAdmin, isEditor, isStaff } from '../access/roles'
import { REVIEWABLE } from '../domain/reviewRules'
import { DAY_AND_TIME } from '../fields/dateDisplay'
import { applyReviewRules } from '../hooks/applyReviewRules'

/** Editors and admins see every request; a contributor sees and answers only their own. */
const editorsOrRequester: Access = ({ req }) => {
  if (isEditor({ req })) return true
  if (!isStaff({ req }) || !req.user) return false
  return { requestedBy: { equals: req.user.id } }
}

const readOnly = { readOnly: true }

/**
 * Review requests (검토 요청): a contributor asks an editor to publish their
 * draft; the editor publishes it (the request is settled by itself) or
 * returns it with a comment; the contributor sees the outcome on their
 * dashboard and on the post. One row per request, so the rows of a document
 * are its review history.
 */
export const Reviews: CollectionConfig = {
  slug: 'reviews',
  labels: { singular: { ko: '검토 요청', en: 'Review request' }, plural: { ko: '검토 요청', en: 'Review requests' } },
  admin: {
    useAsTitle: 'documentTitle',
    defaultColumns: ['documentTitle', 'status', 'requestedByName', 'requestedAt', 'decidedByName', 'decidedAt'],
    group: { ko: '소식', en: 'News' },
    description: {
      ko: "작성자가 글을 다 쓰고 '검토 요청'을 누르면 여기에 쌓입니다. 편집자는 글을 열어 게시하거나, 의견을 적어 돌려보냅니다.",
      en: "A contributor's 'Ask for review' lands here. Editors open the post and publish it, or return it with a comment.",
    },
  },
  defaultSort: '-requestedAt',
  access: { read: editorsOrRequester, create: isStaff, update: editorsOrRequester, delete: isAdmin },
  hooks: { beforeChange: [applyReviewRules] },
  fields: [
    /** The draft to review (required when asking: cms/hooks/applyReviewRules.ts; empty once the post is deleted). */
    {
      name: 'document',
      type: 'relationship',
      relationTo: [...REVIEWABLE],
      label: { ko: '글', en: 'Post' },
    },
    /** Its Korean title when the review was asked for, kept if the post is deleted. */
    { name: 'documentTitle', type: 'text', label: { ko: '글 제목', en: 'Post title' }, admin: readOnly },
    /** Where the request stands. */
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'waiting',
      index: true,
      options: [
        { value: 'waiting', label: { ko: '검토 대기', en: 'Waiting for review' } },
        { value: 'returned', label: { ko: '돌려보냄', en: 'Returned' } },
        { value: 'published', label: { ko: '게시됨', en: 'Published' } },
      ],
      label: { ko: '상태', en: 'Status' },
      admin: { description: { ko: "게시는 글 화면의 '게시' 버튼으로 합니다.", en: "Publishing happens with the post's own button." } },
    },
    /** What the contributor asks or explains. */
    { name: 'message', type: 'textarea', maxLength: 1000, label: { ko: '작성자 메모', en: "Author's message" } },
    /** What the editor answers: required when returning. */
    { name: 'comment', type: 'textarea', maxLength: 2000, label: { ko: '편집자 의견', en: "Editor's comment" } },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users', label: { ko: '요청한 계정', en: 'Asked by (account)' }, admin: readOnly },
    /** Their name at the time: staff may not read each other's accounts, and accounts may go. */
    { name: 'requestedByName', type: 'text', label: { ko: '요청한 사람', en: 'Asked by' }, admin: readOnly },
    {
      name: 'requestedAt',
      type: 'date',
      index: true,
      label: { ko: '요청 시각', en: 'Asked at' },
      admin: { ...readOnly, date: DAY_AND_TIME },
    },
    { name: 'decidedBy', type: 'relationship', relationTo: 'users', label: { ko: '결정한 계정', en: 'Decided by (account)' }, admin: readOnly },
    { name: 'decidedByName', type: 'text', label: { ko: '결정한 사람', en: 'Decided by' }, admin: readOnly },
    {
      name: 'decidedAt',
      type: 'date',
      label: { ko: '결정 시각', en: 'Decided at' },
      admin: { ...readOnly, date: DAY_AND_TIME },
    },
    /** The contributor has read the outcome: it leaves their dashboard. */
    {
      name: 'seenByRequester',
      type: 'checkbox',
      defaultValue: false,
      label: { ko: '작성자가 결과를 확인함', en: 'Outcome read by the author' },
    },
  ],
}
