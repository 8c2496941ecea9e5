/**
 * What the index and the result list are made of: helper terms as metadata
 * (never page text), excerpts of the page's own words with the words found
 * marked, and the order of the first results.
 */
import { describe, expect, it } from 'vitest'

import { dictionaryOf } from '../../site/lib/search/dictionary'
import { enrichForIndex, textOf } from '../../site/lib/search/enrichHtml'
import { excerptOf } from '../../site/lib/search/excerpt'
import { rerank } from '../../site/lib/search/ranking'

const page = (main: string, tier = '') =>
  `<html lang="ko"><body><header>메뉴</header><main data-pagefind-body ${tier}>${main}</main><footer>서초구</footer></body></html>`

describe('enrichForIndex', () => {
  const course = page(
    '<h1>처음 만나는 간편결제</h1><p>휴대전화로 간편결제를 해 봅니다.</p><details class="days" data-x><summary>수업 날짜</summary><ol><li>2027년 1월 4일(월)</li></ol></details>',
    'data-search-tier="1"',
  )
  const indexed = enrichForIndex(course)!

  it('keeps the page text as it is and puts helper terms in metadata only', () => {
    const text = textOf(/<main[^>]*>([\s\S]*)<\/main>/.exec(indexed.html)![1])
    expect(text).toBe('처음 만나는 간편결제 휴대전화로 간편결제를 해 봅니다.')
    expect(indexed.html).toMatch(/data-pagefind-meta="terms:(?:[^"]* )?전화[ "]/)
    expect(indexed.html).toMatch(/data-pagefind-meta="title_terms:[^"]*결제/)
  })

  it('gives the title of a page a resident most likely means its own ranking field', () => {
    expect(indexed.html).toMatch(/data-pagefind-meta="rank_first:처음 만나는 간편결제 [^"]*결제/)
    expect(enrichForIndex(page('<h1>휴관 안내</h1>'))!.html).not.toMatch(/rank_(first|second)/)
    expect(enrichForIndex(page('<h1>오시는 길</h1>', 'data-search-tier="2"'))!.html).toMatch(/rank_second:오시는 길/)
  })

  it('ends each value of a facts list as a sentence of its own, for readable excerpts', () => {
    const facts = enrichForIndex(page('<h1>엑셀</h1><dl class="facts"><dt>분야</dt><dd>문서 작성</dd><dt>수준</dt><dd>중급</dd></dl>'))!
    expect(facts.html).toContain('<dt>분야</dt><div>문서 작성</div><dt>수준</dt><div>중급</div>')
  })

  it('takes helper terms only from text Pagefind indexes (not from links to the next post)', () => {
    const post = enrichForIndex(page('<h1>추첨 결과</h1><p>당첨자를 알립니다.</p><nav><a href="/board/47/">명절휴관 안내</a></nav>'))!
    expect(post.html).not.toMatch(/terms:[^"]*휴관/)
  })

  it('leaves out the list of every class date', () => {
    expect(indexed.html).not.toContain('2027년 1월 4일')
  })

  it('returns the title for the dictionary, and null for a page outside search', () => {
    expect(indexed.title).toBe('처음 만나는 간편결제')
    expect(enrichForIndex('<html><body><main>검색 안 함</main></body></html>')).toBeNull()
  })

  it('escapes what it writes into attributes', () => {
    expect(enrichForIndex(page('<h1>A &amp; "B" 교육과정</h1>', 'data-search-tier="1"'))!.html).toContain('rank_first:A &amp; &quot;B&quot; 교육과정')
  })
})

describe('dictionaryOf', () => {
  it('lists title words without particles, most common first, each once', () => {
    expect(dictionaryOf(['스마트폰 처음 배우기', '스마트폰으로 은행 업무 보기', '앱으로 예매하기'])).toEqual([
      '스마트폰',
      '배우기',
      '보기',
      '앱으로',
      '업무',
      '예매하기',
      '은행',
      '처음',
    ])
  })
})

describe('excerptOf', () => {
  const content =
    '처음 만나는 간편결제. 휴대전화 하나로 물건값을 내는 방법을 배웁니다. 첫 시간에는 간편결제 앱을 깔고, 둘째 시간에는 가게에서 직접 결제해 봅니다. 수강료는 무료입니다.'

  it('shows the sentence holding the words found, each marked, and leaves the title out', () => {
    const html = excerptOf(content, { title: '처음 만나는 간편결제', terms: ['결제'], length: 60 })
    expect(html).toBe('첫 시간에는 간편<mark>결제</mark> 앱을 깔고, 둘째 시간에는 가게에서 직접 <mark>결제</mark>해 봅니다.')
  })

  it('cuts a long sentence between words around the words found, and says so', () => {
    const html = excerptOf(content, { terms: ['가게'], length: 20 })
    expect(html).toMatch(/^… .*<mark>가게<\/mark>.* …$/)
    // every word shown is a word of the page
    const words = html.replace(/<\/?mark>/g, '').replace(/…/g, '').split(/\s+/).filter(Boolean)
    for (const word of words) expect(content).toContain(word)
  })

  it('prefers the stretch holding the most different words', () => {
    const html = excerptOf(content, { terms: ['가게', '결제'], length: 40 })
    expect(html).toContain('<mark>가게</mark>')
    expect(html).toContain('<mark>결제</mark>')
  })

  it('marks English words whatever their case, and escapes the page text', () => {
    expect(excerptOf('Learn <b>Excel</b> & excel charts', { terms: ['excel'] })).toBe(
      'Learn &lt;b&gt;<mark>Excel</mark>&lt;/b&gt; &amp; <mark>excel</mark> charts',
    )
  })

  it('shows a sentence of the body, not a label, when only the title or metadata matched', () => {
    expect(excerptOf('수강료는 무료입니다.', { terms: ['결제'] })).toBe('수강료는 무료입니다.')
    expect(excerptOf('번호 47. 날짜 2025년 12월 27일(토). 명절 연휴에는 센터가 문을 닫고 다음 주에 보강합니다. 네.', { terms: ['휴관'] })).toBe(
      '명절 연휴에는 센터가 문을 닫고 다음 주에 보강합니다.',
    )
  })
})

describe('rerank (the first page of results)', () => {
  const result = (title: string, meta: Record<string, string> = {}) => ({ meta: { title, ...meta } })
  it('puts the course about the words first, notices after, and keeps Pagefind order otherwise', () => {
    const results = [
      result('스마트폰 1:1 상담 창구 운영 안내'),
      result('내 스마트폰 정리하기: 설정과 저장 공간', { rank_first: '' }),
      result('오시는 길', { rank_second: '' }),
      result('스마트폰 처음 배우기', { rank_first: '' }),
      result('다음 달 교육 일정'),
    ]
    expect(rerank(results, ['스마트폰']).map((r) => r.meta.title)).toEqual([
      '스마트폰 처음 배우기',
      '내 스마트폰 정리하기: 설정과 저장 공간',
      '스마트폰 1:1 상담 창구 운영 안내',
      '오시는 길',
      '다음 달 교육 일정',
    ])
  })
})
