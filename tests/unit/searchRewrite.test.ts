/**
 * Forgiving input: what a resident typed → what the search page searches for
 * (site/lib/search/queryRewrite.ts), on a dictionary of title words like the
 * one the indexer writes.
 */
import { describe, expect, it } from 'vitest'

import { makeDictionary, needsDictionary, rewriteQuery, searchWords, splitWord } from '../../site/lib/search/queryRewrite'

// Most common first, as dictionaryOf writes them.
const dictionary = makeDictionary([
  '안내', '교육', '스마트폰', '과정', '키오스크', '카카오톡', '은행', '유튜브', '채널', '엑셀', '가계부', '영상', '통화',
  '간편결제', '보이스피싱', '인스타그램', '파이썬', '비전', '프로', '체험존', '가짜', '뉴스', '처음', '배우기', '카메라',
])

describe('rewriteQuery', () => {
  it.each([
    // keyboard left in English mode
    ['tmakxmvhs', '스마트폰', 'layout'],
    ['zkzkdhxhr', '카카오톡', 'layout'],
    ['vkdlTjs', '파이썬', 'layout'],
    ['rksvusrufwp', '간편결제', 'layout'],
    // initial consonants only
    ['ㅋㅇㅅㅋ', '키오스크', 'choseong'],
    ['ㅅㅁㅌㅍ', '스마트폰', 'choseong'],
    ['ㅋㅋㅇㅌ', '카카오톡', 'choseong'],
    ['ㅂㅇㅅㅍㅅ', '보이스피싱', 'choseong'],
    // a space typed inside a word
    ['스마트 폰', '스마트폰', 'spacing'],
    ['키 오스크', '키오스크', 'spacing'],
    ['카카오 톡', '카카오톡', 'spacing'],
    ['스마트 폰으로', '스마트폰으로', 'spacing'],
    ['스마트 폰 처음', '스마트폰 처음', 'spacing'],
  ] as const)('%s → %s (%s)', (typed, meant, reason) => {
    expect(rewriteQuery(typed, dictionary)).toEqual({ text: meant, reasons: [reason] })
  })

  it.each([
    ['은행앱', '은행 앱'],
    ['유튜브채널', '유튜브 채널'],
    ['엑셀가계부', '엑셀 가계부'],
    ['영상통화', '영상 통화'],
    ['가짜뉴스', '가짜 뉴스'],
    ['비전프로체험존', '비전 프로 체험존'],
  ])('a missing space is put back: %s → %s', (typed, meant) => {
    expect(rewriteQuery(typed, dictionary)).toEqual({ text: meant, reasons: ['spacing'] })
  })

  it.each([
    ['스마트폰'], // a word of the site
    ['스마트'], // the start of one, still being typed
    ['엑셀을'], // a word with its particle (searchWords takes the particle off)
    ['VR'], // English letters that make no Hangul syllables
    ['Excel'],
    ['kiosk'],
    ['영상 통화'], // two words, each of the site, whose joined form is not a title word
    ['ㅎㅎ'], // initial consonants no title word has
  ])('%s is searched as typed', (typed) => {
    expect(rewriteQuery(typed, dictionary, { literalFoundNothing: true })).toBeNull()
  })

  it('converts English letters no title word confirms only when the query as typed found nothing', () => {
    // "zkapfk" is 카메라 typed in English mode, and 카메라 is a title word: converted at once
    expect(rewriteQuery('zkapfk', dictionary)).toEqual({ text: '카메라', reasons: ['layout'] })
    // "dkssud" is 안녕, in no title: left alone unless nothing is found
    expect(rewriteQuery('dkssud', dictionary)).toBeNull()
    expect(rewriteQuery('dkssud', dictionary, { literalFoundNothing: true })).toEqual({ text: '안녕', reasons: ['layout'] })
  })

  it('names every kind of fix it made', () => {
    expect(rewriteQuery('tmakxmvhs ㅋㅇㅅㅋ', dictionary)).toEqual({ text: '스마트폰 키오스크', reasons: ['layout', 'choseong'] })
  })
})

describe('splitWord', () => {
  it('splits only into title words, with at most a one-syllable last part', () => {
    expect(splitWord('은행앱', dictionary)).toEqual(['은행', '앱'])
    expect(splitWord('스마트폰', dictionary)).toBeUndefined()
    expect(splitWord('정보화교육', dictionary)).toBeUndefined() // 정보화 is no title word here
  })
})

describe('needsDictionary (the dictionary is fetched only for these)', () => {
  it.each([
    ['엑셀', false],
    ['엑셀을', true], // three syllables: it might be two words run together
    ['스마트폰', true],
    ['스마트 폰', true],
    ['tmakxmvhs', true],
    ['ㅋㅇㅅㅋ', true],
  ] as const)('%s → %s', (query, needed) => {
    expect(needsDictionary(query)).toBe(needed)
  })
})

describe('searchWords', () => {
  it('takes particles off Korean words and leaves other words as they are', () => {
    expect(searchWords('  엑셀을   배우고 싶어요 ')).toEqual(['엑셀', '배우고', '싶어요'])
    expect(searchWords('카카오톡으로 Excel')).toEqual(['카카오톡', 'Excel'])
  })
})
