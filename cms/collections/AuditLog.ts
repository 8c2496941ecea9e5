import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/roles'
import { DAY_AND_TIME } from '../fields/dateDisplay'

/** Rows are written by the audit hooks only (overrideAccess: true); no one edits history through the API. */
const nobody = () => false

export const AUDIT_ACTIONS = [
  { value: 'create', label: { ko: '만듦', en: 'Created' } },
  { value: 'update', label: { ko: '고침', en: 'Updated' } },
  { value: 'publish', label: { ko: '게시', en: 'Published' } },
  { value: 'unpublish', label: { ko: '게시 취소', en: 'Unpublished' } },
  { value: 'delete', label: { ko: '삭제', en: 'Deleted' } },
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['value']

const readOnly = { readOnly: true }

/** Who created, changed, published, unpublished or deleted what, and when. Read by admins only. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { ko: '감사 기록', en: 'Audit log' }, plural: { ko: '감사 기록', en: 'Audit log' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'action', 'collection', 'documentTitle', 'userEmail'],
    group: { ko: '관리', en: 'Admin' },
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
    description: {
      ko: '누가 언제 무엇을 만들고 고치고 게시하고 지웠는지 저절로 남습니다. 고치거나 지울 수 없습니다.',
      en: 'Recorded by itself: who created, changed, published or deleted what, and when. It cannot be edited.',
    },
  },
  defaultSort: '-at',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    /** What was done. */
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [...AUDIT_ACTIONS],
      label: { ko: '한 일', en: 'Action' },
      admin: readOnly,
    },
    /** Slug of the collection or global the document belongs to. */
    { name: 'collection', type: 'text', required: true, index: true, label: { ko: '모음', en: 'Collection' }, admin: readOnly },
    /** The document's id as text: a number on SQLite, an ObjectId string on MongoDB. */
    { name: 'documentId', type: 'text', label: { ko: '문서 번호', en: 'Document id' }, admin: readOnly },
    /** Title, name, alt text, file name or email of the document at the time. */
    { name: 'documentTitle', type: 'text', label: { ko: '문서 제목', en: 'Document title' }, admin: readOnly },
    /** Who did it; empty for system actions or once the account is deleted. */
    { name: 'user', type: 'relationship', relationTo: 'users', label: { ko: '한 사람', en: 'User' }, admin: readOnly },
    /** The person's email, kept even after their account is deleted. */
    { name: 'userEmail', type: 'text', label: { ko: '한 사람 이메일', en: 'User email' }, admin: readOnly },
    /** When it happened. */
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: { ko: '시각', en: 'At' },
      admin: { ...readOnly, date: DAY_AND_TIME },
    },
    /** One machine-made line, e.g. "publish notices #12 12월 교육 안내". */
    { name: 'summary', type: 'text', label: { ko: '요약', en: 'Summary' }, admin: readOnly },
  ],
}
