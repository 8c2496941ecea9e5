/**
 * The admin's words as staff read them: Payload's Korean with our
 * rewordings merged in, the row titles of a course form, build durations,
 * dates, and the notes after a publish. Table-driven, no browser.
 */
import { en as payloadEnglish } from '@payloadcms/translations/languages/en'
import { ko as payloadKorean } from '@payloadcms/translations/languages/ko'
import { describe, expect, it } from 'vitest'

import { noteFor } from '../../cms/components/document/buildNote'
import { koreanForPayloadEnglish } from '../../cms/components/i18n/payloadEnglish'
import { runRowLabel, sessionRowLabel } from '../../cms/components/rowLabels/labels'
import { formatInstant } from '../../cms/components/shared/when'
import { formatDuration } from '../../cms/components/siteBuilds/duration'
import { buildTitle, describeReason } from '../../cms/components/siteBuilds/reasons'
import { adminKorean } from '../../cms/i18n/adminKorean'
import { lexicalKorean } from '../../cms/i18n/lexicalKorean'

type Table = Record<string, Record<string, string>>
const flatten = (table: Table) => Object.entries(table).flatMap(([group, keys]) => Object.entries(keys).map(([key, text]) => [`${group}:${key}`, text] as const))
const payloadKo = new Map(flatten(payloadKorean.translations as unknown as Table))
const payloadEn = new Map(flatten(payloadEnglish.translations as unknown as Table))
const ours = flatten(adminKorean as unknown as Table)
/** What the Korean admin shows: Payload's Korean with ours over it. */
const merged = new Map<string, string>([...payloadKo, ...ours])

// Korean particles that change with the word before them (이/가, 을/를, 은/는, 와/과, 으로/로):
// after a filled-in name they read right for some names only ("게시글이(가)").
const PARTICLE_AFTER_NAME = /\}\}(\(|[이가을를은는와과]|로)/
const PARTICLE_TEMPLATE = /\((가|이|을|를|은|는|와|과|으)\)/

describe('Payload’s Korean, as the admin shows it', () => {
  it('every rewording replaces a text Payload has (no misspelt keys)', () => {
    for (const [key] of ours) expect(payloadEn.has(key), key).toBe(true)
  })

  it.each([...merged].filter(([key]) => !key.startsWith('folder:')))('%s has no particle template and no name+particle', (_key, text) => {
    expect(text).not.toMatch(PARTICLE_TEMPLATE)
    expect(text).not.toMatch(PARTICLE_AFTER_NAME)
  })

  it.each([
    ['general:true', '예'],
    ['general:false', '아니요'],
    ['general:createNew', '새로 만들기'],
    ['general:locale', '언어'],
    ['version:saveDraft', '임시 저장'],
    ['version:publishChanges', '게시'],
  ])('%s reads “%s”', (key, text) => {
    expect(merged.get(key)).toBe(text)
  })

  it('keeps no English word where Korean exists', () => {
    const english = [...merged].filter(([key, text]) => !key.startsWith('folder:') && /\b(locale|Payload|Successfully|URL|API)\b/.test(text.replace(/\{\{\w+\}\}/g, '')))
    expect(english).toEqual([])
  })

  it('speaks plainly: no 당신, 귀하, 확실합니까, 하십시오, 성공적으로, 로케일', () => {
    const stiff = [...merged].filter(([key, text]) => !key.startsWith('folder:') && /당신|귀하|확실합니까|확실하신가요|하십시오|성공적으로|로케일/.test(text))
    expect(stiff).toEqual([])
  })

  it('the rich-text editor says 번호 목록, not 주문된 목록', () => {
    expect(lexicalKorean.orderedList.label).toBe('번호 목록')
    expect(lexicalKorean.horizontalRule.label).toBe('구분선')
  })
})

describe('course form row titles', () => {
  it.each([
    [{ termMonth: '2027-01', weekdays: ['tue', 'thu'], startTime: '14:00', endTime: '16:00', room: 'room-3', status: 'scheduled' }, 'ko', '2027년 1월 · 화·목 · 14:00–16:00 · 제3강의실'],
    [{ termMonth: '2027-01', weekdays: ['thu', 'tue'], startTime: '14:00', endTime: '16:00', room: 'room-3' }, 'en', 'Jan 2027 · Tue, Thu · 14:00–16:00 · Room 3'],
    [{ termMonth: '2026-12', weekdays: ['mon'], startTime: '09:30', endTime: '', room: '', status: 'full' }, 'ko', '2026년 12월 · 월 · 09:30 · 정원 마감'],
    [{ termMonth: '2027-02', weekdays: ['wed', 'fri'], startTime: '10:00', endTime: '12:00', room: 'room-2', status: 'cancelled' }, 'en', 'Feb 2027 · Wed, Fri · 10:00–12:00 · Room 2 · Cancelled'],
    [{}, 'ko', '개설 일정 2 (수강 월부터 입력하세요)'],
    [{ termMonth: '2027-13' }, 'ko', '개설 일정 2 (수강 월부터 입력하세요)'],
  ])('%j (%s) → %s', (run, language, expected) => {
    expect(runRowLabel(run, 1, language)).toBe(expected)
  })

  it.each([
    [{ title: '스마트폰 켜고 끄기' }, 0, 'ko', '1회차: 스마트폰 켜고 끄기'],
    [{}, 2, 'ko', '3회차'],
    [{ title: 'Turning it on' }, 0, 'en', 'Session 1: Turning it on'],
  ])('%j → %s', (session, index, language, expected) => {
    expect(sessionRowLabel(session, index as number, language as string)).toBe(expected)
  })
})

describe('build durations in words', () => {
  it.each([
    [12_345, 'ko', '12초'],
    [400, 'ko', '1초'],
    [65_000, 'ko', '1분 5초'],
    [120_000, 'ko', '2분'],
    [65_000, 'en', '1 min 5 s'],
    [null, 'ko', ''],
  ])('%s ms (%s) → %s', (ms, language, expected) => {
    expect(formatDuration(ms, language as string)).toBe(expected)
  })
})

describe('dates as staff read them', () => {
  it.each([
    ['2026-12-02T05:39:00Z', 'ko', '2026년 12월 2일(수) 오후 2:39'],
    ['2026-12-01T15:05:00Z', 'ko', '2026년 12월 2일(수) 오전 12:05'],
    ['2026-12-02T05:39:00Z', 'en', 'Wed, 2 Dec 2026 2:39 pm'],
  ])('%s (%s) → %s', (instant, language, expected) => {
    expect(formatInstant(instant, language)).toBe(expected)
  })
})

describe('Payload’s own English notices, in Korean', () => {
  it.each([
    ['Successfully saved 1 files', '파일 1개를 저장했습니다.'],
    ['Successfully saved 3 files', '파일 3개를 저장했습니다.'],
    ['An unknown error occurred.', '알 수 없는 오류가 생겼습니다. 다시 해 보고, 되풀이되면 관리자에게 알려 주세요.'],
    ['게시했습니다.', null],
    ['Successfully saved the world', null],
  ])('%j → %j', (english, korean) => {
    expect(koreanForPayloadEnglish(english)).toBe(korean)
  })
})

describe('the note after a publish', () => {
  const doc = { collection: 'notices', id: 12, updatedAt: '2026-12-02T05:00:00.000Z' }
  const at = (iso: string) => Date.parse(iso)
  const build = (over: object) => ({ id: 7, status: 'queued' as const, reasons: 'publish notices #12 12월 교육 안내', requestedAt: '2026-12-02T05:00:01.000Z', ...over })
  it.each([
    ['queued: the usual build time plus the pause', build({}), [20_000, 22_000, 30_000], '2026-12-02T05:00:02Z', { kind: 'pending', seconds: 25, change: 'publish' }],
    ['running for 15 s of 22', build({ status: 'running', startedAt: '2026-12-02T05:00:03Z' }), [22_000], '2026-12-02T05:00:18Z', { kind: 'pending', seconds: 7 }],
    ['no history yet', build({}), [], '2026-12-02T05:00:02Z', { kind: 'pending', seconds: 30 }],
    ['live', build({ status: 'succeeded', finishedAt: '2026-12-02T05:00:30Z' }), [], '2026-12-02T05:01:00Z', { kind: 'done', finishedAt: '2026-12-02T05:00:30Z' }],
    ['failed', build({ status: 'failed', finishedAt: '2026-12-02T05:00:30Z' }), [], '2026-12-02T05:01:00Z', { kind: 'failed' }],
    ['an unpublish', build({ reasons: 'unpublish notices #12 12월 교육 안내' }), [], '2026-12-02T05:00:02Z', { kind: 'pending', change: 'unpublish' }],
  ])('%s', (_case, row, durations, now, expected) => {
    expect(noteFor(row, doc, durations, at(now))).toMatchObject(expected)
  })

  it.each([
    ['a build of another document (#120, not #12)', build({ reasons: 'publish notices #120 다른 글' }), '2026-12-02T05:00:02Z'],
    ['a build from before the last save', build({ requestedAt: '2026-12-02T04:00:00Z' }), '2026-12-02T05:00:02Z'],
    ['a build finished more than ten minutes ago', build({ status: 'succeeded', finishedAt: '2026-12-02T05:00:30Z' }), '2026-12-02T05:20:00Z'],
    ['no build', undefined, '2026-12-02T05:00:02Z'],
  ])('nothing for %s', (_case, row, now) => {
    expect(noteFor(row, doc, [], at(now))).toBeNull()
  })
})

describe('what a build carries, in words', () => {
  it.each([
    ['publish notices #12 12월 교육 안내', 'ko', '게시 · 공지·보도 · 12월 교육 안내'],
    ['unpublish board-posts #63 전자책 낭독 모임 안내', 'ko', '게시 취소 · 정보화교실 게시글 · 전자책 낭독 모임 안내'],
    ['edit-live courses #3 스마트폰 기초', 'ko', '게시된 글 수정 · 교육 과정 · 스마트폰 기초'],
    ['edit media #4 photo.jpg', 'ko', '파일 수정 · 이미지 · photo.jpg'],
    ['change site-settings', 'ko', '설정 변경 · 사이트 설정'],
    ['first build on this machine', 'ko', '이 서버의 첫 빌드'],
    ['daily rebuild (00:05 Asia/Seoul)', 'ko', '매일 자정 다시 만들기 (00:05)'],
    ['redo of build #7', 'ko', '빌드 #7 다시 하기 (서버가 멈췄던 빌드)'],
    ['관리 화면에서 다시 만들기 요청', 'ko', '관리 화면에서 다시 만들기 요청'],
    ['publish notices #12 Notice', 'en', 'Published · Notice · Notice'],
  ])('%j (%s) → %s', (line, language, expected) => {
    expect(describeReason(line, language)).toBe(expected)
  })

  it('a build of several changes is titled by the newest, and how many more', () => {
    expect(buildTitle('publish notices #1 가\nedit-live courses #2 나\nunpublish pages #3 다', 'ko')).toBe('게시 취소 · 안내 페이지 · 다 외 2건')
    expect(buildTitle('', 'ko')).toBe('')
  })
})
