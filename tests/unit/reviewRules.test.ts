/** Who may change what on a review request (검토 요청): every move, allowed or refused, one row. */
import { describe, expect, it } from 'vitest'

import { reviewChangeProblem } from '../../cms/domain/reviewRules'

type Who = 'editor' | 'requester' | 'editor who asked' | 'someone else'
const as = (who: Who) => ({ editor: who === 'editor' || who === 'editor who asked', requester: who === 'requester' || who === 'editor who asked' })

describe('reviewChangeProblem', () => {
  it.each<[string, Who, string, Record<string, unknown>, string | null]>([
    ['an editor returns it with a comment', 'editor', 'waiting', { status: 'returned', comment: '사진을 바꿔 주세요.' }, null],
    ['an editor returns it without a comment', 'editor', 'waiting', { status: 'returned' }, 'returnNeedsComment'],
    ['an editor returns it with only spaces', 'editor', 'waiting', { status: 'returned', comment: '   ' }, 'returnNeedsComment'],
    ['an editor writes a comment before deciding', 'editor', 'waiting', { comment: '초안 의견' }, null],
    ['an editor marks it published by hand', 'editor', 'waiting', { status: 'published' }, 'publishFromDocument'],
    ['an editor changes the author’s message', 'editor', 'waiting', { message: '바꾼 메모' }, 'fixedField'],
    ['an editor reopens a returned request', 'editor', 'returned', { status: 'waiting' }, 'closed'],
    ['an editor edits the comment of a decided request', 'editor', 'published', { comment: '나중 의견' }, 'closed'],
    ['an editor marks the outcome read for the author', 'editor', 'returned', { seenByRequester: true }, 'onlyRequesterMarksSeen'],
    ['the author returns their own request', 'requester', 'waiting', { status: 'returned', comment: '스스로' }, 'onlyEditorsDecide'],
    ['the author writes the editor’s comment', 'requester', 'waiting', { comment: '좋아요' }, 'onlyEditorsDecide'],
    ['the author rewrites their message while it waits', 'requester', 'waiting', { message: '첨부를 바꿨습니다.' }, null],
    ['the author marks the outcome read', 'requester', 'returned', { seenByRequester: true }, null],
    ['the author marks a published outcome read', 'requester', 'published', { seenByRequester: true }, null],
    ['the author rewrites the message after the decision', 'requester', 'returned', { message: '다시' }, 'closed'],
    ['an editor who asked marks their outcome read', 'editor who asked', 'published', { seenByRequester: true }, null],
    ['anyone changes who asked', 'editor', 'waiting', { requestedBy: 9 }, 'fixedField'],
    ['anyone points it at another post', 'editor', 'waiting', { document: { relationTo: 'notices', value: 2 } }, 'fixedField'],
    ['an editor sends no status at all (the field check names it)', 'editor', 'waiting', { status: null }, null],
    ['someone else decides', 'someone else', 'waiting', { status: 'returned', comment: '?' }, 'onlyEditorsDecide'],
  ])('%s (%s, %s)', (_case, who, status, change, expected) => {
    const before = { status, comment: null, message: '처음 메모', seenByRequester: false }
    const after = { ...before, ...change }
    const problem = reviewChangeProblem({ before, after, changed: new Set(Object.keys(change)), ...as(who) })
    expect(problem?.reason ?? null).toBe(expected)
  })
})
