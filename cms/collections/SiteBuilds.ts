import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, FieldHook } from 'payload'

import { isAdmin, isEditor, isStaff, roleOf } from '../access/roles'
import { rollbackTo } from '../build/buildWorker'
import { buildTitle } from '../components/siteBuilds/reasons'
import { refusal } from '../errors'
import { DAY_AND_TIME } from '../fields/dateDisplay'
import { refusalText } from '../i18n/refusalMessages'

/** A build asked for from the admin is a manual rebuild, queued like any other. */
const manualRequest: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || req.context?.systemBuild) return data
  return {
    status: 'queued',
    trigger: 'manual',
    reasons: data.reasons || (req.i18n?.language === 'en' ? 'rebuild asked for in the admin' : '관리 화면에서 다시 만들기 요청'),
    changes: 1,
    requestedAt: new Date().toISOString(),
    requestedBy: req.user?.id ?? null,
  }
}

/** Ticking "make this build live" on an earlier successful build rolls the site back to it. */
const makeLive: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context?.rollingBack || !doc.makeLive || previousDoc?.makeLive) return doc
  if (roleOf(req) !== 'admin') throw refusal(refusalText('rollbackAdminsOnly', req.i18n?.language), 403, 'RollbackAdminsOnly')
  req.context.rollingBack = true
  await rollbackTo(req.payload, doc.id, req)
  return { ...doc, live: true, makeLive: false }
}

const readOnly = { readOnly: true }

/**
 * The build's title in words ("게시 · 공지·보도 · 12월 교육 안내 외 2건"): stored in
 * Korean for sorting and search, shown in the reader's language. The reasons
 * themselves stay machine lines ("publish notices #12 …") for the tools that read them.
 */
const titleFromReasons: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  summary: buildTitle(data.reasons ?? originalDoc?.reasons, 'ko') || null,
})
const titleInReadersLanguage: FieldHook = ({ siblingData, req, value }) => buildTitle(siblingData?.reasons, req?.i18n?.language) || value

/** The history of site builds: what triggered each, who, when, how long, how many pages, and why one failed. */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: { ko: '사이트 빌드', en: 'Site build' }, plural: { ko: '사이트 빌드 기록', en: 'Site builds' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'status', 'trigger', 'requestedBy', 'startedAt', 'durationMs', 'pages', 'live'],
    group: { ko: '관리', en: 'Admin' },
    description: {
      ko: '게시하면 누리집이 저절로 다시 만들어집니다(보통 20~30초). "새로 만들기"를 누르면 직접 다시 만들 수 있고, 관리자는 예전 빌드로 되돌릴 수 있습니다.',
      en: 'Publishing rebuilds the site by itself. "Create new" asks for a rebuild; admins can roll back to an earlier build.',
    },
    // A scheduled publish that failed never reaches a build: it is said here, where staff look when the site did not change.
    components: { beforeList: ['/components/schedule/ScheduledList#ScheduledList'] },
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: isEditor, update: isAdmin, delete: () => false },
  hooks: { beforeChange: [manualRequest, titleFromReasons], afterChange: [makeLive] },
  fields: [
    {
      name: 'summary',
      type: 'text',
      label: { ko: '내용', en: 'Summary' },
      admin: { ...readOnly, hidden: true },
      hooks: { afterRead: [titleInReadersLanguage] },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: [
        { value: 'queued', label: { ko: '대기', en: 'Queued' } },
        { value: 'running', label: { ko: '만드는 중', en: 'Running' } },
        { value: 'succeeded', label: { ko: '성공', en: 'Succeeded' } },
        { value: 'failed', label: { ko: '실패', en: 'Failed' } },
      ],
      label: { ko: '상태', en: 'Status' },
      admin: readOnly,
    },
    {
      name: 'trigger',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      options: [
        { value: 'publish', label: { ko: '게시·수정', en: 'Publish' } },
        { value: 'manual', label: { ko: '직접 요청', en: 'Manual' } },
        { value: 'daily', label: { ko: '매일 자정', en: 'Daily' } },
        { value: 'start', label: { ko: '서버 시작', en: 'Server start' } },
        { value: 'restart', label: { ko: '중단 후 다시', en: 'Redo after restart' } },
      ],
      label: { ko: '계기', en: 'Trigger' },
      admin: readOnly,
    },
    {
      name: 'reasons',
      type: 'textarea',
      label: { ko: '바뀐 내용', en: 'Changes' },
      admin: { ...readOnly, components: { Field: '/components/siteBuilds/ReasonsField#ReasonsField', Cell: '/components/siteBuilds/ReasonsCell#ReasonsCell' } },
    },
    { name: 'changes', type: 'number', label: { ko: '묶인 변경 수', en: 'Changes batched' }, admin: readOnly },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users', label: { ko: '요청한 사람', en: 'Requested by' }, admin: readOnly },
    { name: 'requestedAt', type: 'date', label: { ko: '요청 시각', en: 'Requested at' }, admin: { ...readOnly, date: DAY_AND_TIME } },
    { name: 'startedAt', type: 'date', label: { ko: '시작', en: 'Started' }, admin: { ...readOnly, date: DAY_AND_TIME } },
    { name: 'finishedAt', type: 'date', label: { ko: '끝남', en: 'Finished' }, admin: { ...readOnly, date: DAY_AND_TIME } },
    {
      // Stored in milliseconds (the bench and the API read it so); staff read seconds: "12초", "1분 5초".
      name: 'durationMs',
      type: 'number',
      label: { ko: '걸린 시간', en: 'Duration' },
      admin: {
        ...readOnly,
        components: { Cell: '/components/siteBuilds/DurationCell#DurationCell', Field: '/components/siteBuilds/DurationField#DurationField' },
      },
    },
    { name: 'pages', type: 'number', label: { ko: '페이지 수', en: 'Pages' }, admin: readOnly },
    { name: 'folder', type: 'text', label: { ko: '빌드 폴더', en: 'Folder' }, admin: { ...readOnly, description: { ko: '서버 안의 위치입니다. 문제가 생겼을 때 관리자가 봅니다.', en: 'Where it is on the server, for admins when something goes wrong.' } } },
    { name: 'error', type: 'textarea', label: { ko: '실패 이유', en: 'Error' }, admin: readOnly },
    { name: 'live', type: 'checkbox', defaultValue: false, index: true, label: { ko: '지금 공개 중', en: 'Live now' }, admin: readOnly },
    {
      name: 'makeLive',
      type: 'checkbox',
      defaultValue: false,
      label: { ko: '이 빌드로 되돌리기 (관리자)', en: 'Make this build live (admins)' },
      access: { update: isAdmin, create: () => false },
      admin: { description: { ko: '성공한 예전 빌드를 바로 공개합니다.', en: 'Serves this earlier successful build right away.' } },
    },
  ],
}
