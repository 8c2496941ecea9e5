import { describe, expect, it } from 'vitest'

import { compoundParts, searchTerms, stripParticle } from '../../site/lib/search/koreanTerms'

describe('Korean search terms', () => {
  it.each([
    ['엑셀을', '엑셀'],
    ['스마트폰으로', '스마트폰'],
    ['키오스크에서', '키오스크'],
    ['은행에서는', '은행'],
    ['인공지능과', '인공지능'],
    ['사진의', '사진'],
    ['교육', '교육'],
    ['강의', '강의'], // one syllable would remain: not a particle
    ['나이', '나이'],
    ['앱으로', '앱으로'], // 으로 would leave one syllable: not 앱으 either
  ])('%s → %s', (word, stem) => {
    expect(stripParticle(word)).toBe(stem)
  })

  it('splits compounds into their endings (Pagefind finds the starts of words itself)', () => {
    expect(compoundParts('정보화교육')).toEqual(['교육', '화교육', '보화교육'])
    expect(compoundParts('교육')).toEqual([])
  })

  // Starts of words (정보화, 디지털) need no term: Pagefind matches them itself (the search e2e spec proves it).
  it.each([
    ['정보화교육을 신청하세요', ['교육', '정보화교육']],
    ['엑셀을 배웁니다', ['엑셀']],
    ['디지털금융 교실', ['금융']],
  ])('a page saying %j also answers %j', (text, expected) => {
    expect(searchTerms(text)).toEqual(expect.arrayContaining(expected))
  })

  it('adds nothing that is already a whole word, and leaves Latin text alone', () => {
    expect(searchTerms('교육 교육')).toEqual([])
    expect(searchTerms('Excel class')).toEqual([])
  })
})
