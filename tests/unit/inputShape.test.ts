import { describe, expect, it } from 'vitest'

import { hasControlCharacters } from '../../cms/domain/controlCharacters'
import { type AnyField, fieldPathOf, isEmail, isIsoDate, type Reference, shapeProblems } from '../../cms/domain/inputShape'
import { richTextProblem, unsafeLink } from '../../cms/domain/richTextShape'
import { structureProblem } from '../../cms/domain/structure'
import { validationMessage } from '../../cms/i18n/validationMessages'

const options = { idType: 'number' as const, maxTextLength: 100 }
const paragraph = (children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const tree = (children: unknown[]) => ({ root: { type: 'root', version: 1, children } })

const fields: AnyField[] = [
  { name: 'title', type: 'text', label: { ko: '제목', en: 'Title' } },
  { name: 'fee', type: 'number' },
  { name: 'pinned', type: 'checkbox' },
  { name: 'publishedDate', type: 'date' },
  { name: 'level', type: 'select', options: [{ value: 'intro' }, { value: 'advanced' }] },
  { name: 'weekdays', type: 'select', hasMany: true, options: ['mon', 'tue'] },
  { name: 'field', type: 'relationship', relationTo: 'fields' },
  { name: 'instructors', type: 'relationship', relationTo: 'instructors', hasMany: true },
  { name: 'body', type: 'richText' },
  { type: 'row', fields: [{ name: 'email', type: 'email' }] },
  { name: 'rule', type: 'group', fields: [{ name: 'windowDays', type: 'number' }] },
  { name: 'runs', type: 'array', fields: [{ name: 'room', type: 'text' }, { name: 'capacity', type: 'number' }] },
]

describe('shapeProblems', () => {
  it.each([
    [{ title: '스마트폰 기초', fee: 0, pinned: false, publishedDate: '2026-12-01T09:00:00.000+09:00', level: 'intro', weekdays: ['mon'], field: 1, instructors: [2, '3'], body: tree([paragraph([{ type: 'text', text: '안내' }])]), email: 'a@seocho.go.kr', rule: { windowDays: 7 }, runs: [{ room: '1강의실', capacity: '20' }] }],
    [{ title: null, fee: '', level: '', field: '', publishedDate: '', email: '' }],
    [{ unknownField: { anything: true } }],
    // The admin's way of sending an array left empty (a new course with no runs yet).
    [{ title: '새 과정', runs: 0 }],
  ])('accepts well-shaped data %#', (data) => {
    expect(shapeProblems(fields, data, options)).toEqual([])
  })

  it.each([
    ['title', { title: 12345 }, 'notText'],
    ['title', { title: { ko: 'x' } }, 'notText'],
    ['title', { title: 'a\u0000b' }, 'controlCharacters'],
    ['title', { title: 'a\ud800' }, 'controlCharacters'],
    ['title', { title: 'x'.repeat(101) }, 'textTooLong'],
    ['fee', { fee: 'not a number' }, 'notNumber'],
    ['fee', { fee: Infinity }, 'notNumber'],
    ['pinned', { pinned: 'yes' }, 'notBoolean'],
    ['publishedDate', { publishedDate: '2026-13-45' }, 'dateFormat'],
    ['publishedDate', { publishedDate: 'yesterday' }, 'dateFormat'],
    ['publishedDate', { publishedDate: 20261201 }, 'dateFormat'],
    ['level', { level: 'expert' }, 'notOption'],
    ['weekdays', { weekdays: 'mon' }, 'notList'],
    ['weekdays', { weekdays: ['mon', 'xyz'] }, 'notOption'],
    ['field', { field: 'abc' }, 'notId'],
    ['field', { field: -1 }, 'notId'],
    ['instructors', { instructors: [1, { a: 1 }] }, 'notId'],
    ['body', { body: '<p>html</p>' }, 'notRichText'],
    ['email', { email: 'not-an-email' }, 'emailFormat'],
    ['rule', { rule: [1, 2] }, 'notGroup'],
    ['rule.windowDays', { rule: { windowDays: 'seven' } }, 'notNumber'],
    ['runs', { runs: 'rows' }, 'notList'],
    ['runs.0', { runs: [42] }, 'notGroup'],
    ['runs.1.capacity', { runs: [{}, { capacity: true }] }, 'notNumber'],
  ])('names %s when given %j (%s)', (path, data, reason) => {
    expect(shapeProblems(fields, data as Record<string, unknown>, options)).toEqual([expect.objectContaining({ path, reason })])
  })

  it('collects the documents the data links to, rich text included', () => {
    const references: Reference[] = []
    const body = tree([paragraph([{ type: 'upload', relationTo: 'media', value: 7 }])])
    shapeProblems(fields, { field: 1, instructors: [2, 3], body }, { ...options, references })
    expect(references.map(({ path, relationTo, id }) => [path, relationTo, id])).toEqual([
      ['field', 'fields', 1],
      ['instructors', 'instructors', 2],
      ['instructors', 'instructors', 3],
      ['body', 'media', 7],
    ])
  })
})

describe('richTextProblem', () => {
  it.each([
    [{}, 'notRichText'],
    [{ root: null }, 'notRichText'],
    [tree('children' as unknown as unknown[]), 'notRichText'],
    [tree([null]), 'notRichText'],
    [tree([paragraph([{ type: 'text', text: 12345 }])]), 'notRichText'],
    [tree([paragraph([{ type: 'text', text: 'a\u0007' }])]), 'controlCharacters'],
    [tree([{ type: 'table', children: [] }]), 'richTextNode'],
    [tree([paragraph([{ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [] }])]), 'richTextLink'],
    [tree([paragraph([{ type: 'link', fields: { url: 'java\tscript:alert(1)' }, children: [] }])]), 'richTextLink'],
    [tree([paragraph([{ type: 'upload', value: 1 }])]), 'notRichText'],
    [tree([paragraph([{ type: 'text', text: '가나다라 '.repeat(50_000) }])]), 'richTextTooLarge'],
  ])('refuses %j', (value, reason) => {
    expect(richTextProblem(value, new Set(['root', 'paragraph', 'text', 'link', 'upload']))?.reason).toBe(reason)
  })

  it.each(['https://www.seocho.go.kr/', 'www.seocho.go.kr', '/courses', '#top', 'mailto:edu@seocho.go.kr', 'tel:02-2155-8715'])('allows the link %s', (url) => {
    expect(unsafeLink(url)).toBe(false)
  })
})

describe('structureProblem', () => {
  it('finds nesting deeper than the limit without recursing, and says where', () => {
    const deep = JSON.parse(`{"title":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)
    expect(structureProblem(deep)).toMatchObject({ reason: 'tooDeep', segments: ['title', ...Array(63).fill('0')] })
    expect(fieldPathOf(fields, ['runs', '0', 'room', '0', '0'])).toBe('runs.0.room')
  })

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere', (key) => {
    expect(structureProblem(JSON.parse(`{"runs":[{"${key}":{"polluted":true}}]}`))).toEqual({ reason: 'forbiddenKey', segments: ['runs', '0', key] })
  })
})

describe('small checks', () => {
  it.each([
    ['2026-12-01', true],
    ['2026-12-01T09:30:00.000Z', true],
    ['2027-01-05T00:00:00.000+09:00', true],
    ['2026-02-29', false],
    ['2026-12-01T25:61:00Z', false],
    ['1', false],
  ])('isIsoDate(%s) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected)
  })

  it('tells control characters and broken surrogates from ordinary text', () => {
    expect(['탭\t줄\n바꿈', '이모지 😀'].map(hasControlCharacters)).toEqual([false, false])
    expect(['\u0000', '\u001b[2J', '\u007f', '\udfff'].map(hasControlCharacters)).toEqual([true, true, true, true])
    expect([isEmail('staff@seocho.go.kr'), isEmail('a\u0000@b.kr'), isEmail('x'.repeat(250) + '@b.kr')]).toEqual([true, false, false])
  })

  it('fills placeholders in messages', () => {
    expect(validationMessage('textTooLong', 'ko', { max: 300 })).toBe('너무 깁니다. 300자 이하로 줄여 주세요.')
    expect(validationMessage('locale', 'en', { locales: 'ko, en' })).toBe('The language (locale) must be one of ko, en.')
  })
})
