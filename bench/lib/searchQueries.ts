/**
 * The fixed query set of the search-quality benchmark: what residents (and
 * the press, on /en/) type, and the one page each query must return. Every
 * page is in the demo content (content/), which is where the set is run:
 * generated 1x/10x content repeats the demo's titles with numbers, so "the
 * page a query must return" would be one of many copies there.
 */

export type QueryKind = 'title' | 'compound' | 'particle' | 'layout' | 'spacing' | 'choseong' | 'priority' | 'english'

export interface QualityQuery {
  query: string
  /** the page that must be among the results, as the site links it */
  expect: string
  kind: QueryKind
}

const course = (slug: string) => `/courses/${slug}/`

/** [query, page, kind]: Korean on /search/. */
const KOREAN: [string, string, QueryKind][] = [
  // A title, or the words of one, typed as it is written.
  ['스마트폰 처음 배우기', course('smartphone-first-steps'), 'title'],
  ['카카오톡', course('smartphone-kakaotalk'), 'title'],
  ['간편결제', course('finance-easy-payment'), 'title'],
  ['유튜브 채널', course('video-youtube-channel'), 'title'],
  ['파이썬', course('coding-python-basics'), 'title'],
  ['VR 체험존', '/zones/vr-zone/', 'title'],
  ['비전 프로', '/zones/vision-pro-zone/', 'title'],
  ['오시는 길', '/directions/', 'title'],
  ['자주 묻는 질문', '/faq/', 'title'],
  ['김미영', '/instructors/kim-miyeong/', 'title'],
  ['최용길', '/instructors/choi-yonggil/', 'title'],
  ['가짜 뉴스', course('safety-fake-news'), 'title'],
  ['아이폰', course('smartphone-iphone-basics'), 'title'],
  ['영상 통화', course('sns-video-call'), 'title'],
  ['한글 문서', course('office-hangul-docs'), 'title'],
  ['수료식', '/notices/graduation-ceremony/', 'title'],
  ['사진 공모전', '/notices/photo-contest/', 'title'],
  ['주차 안내', '/board/32/', 'title'],
  // A part of a compound word.
  ['결제', course('finance-easy-payment'), 'compound'],
  ['보험', course('finance-pension-insurance-apps'), 'compound'],
  ['이체', course('finance-fraud-safe-transfer'), 'compound'],
  ['버스표', course('apps-train-bus-tickets'), 'compound'],
  ['피싱', course('safety-voice-phishing'), 'compound'],
  ['교통', course('apps-maps-transport'), 'compound'],
  ['우편', course('computer-email'), 'compound'],
  ['주문기', course('kiosk-restaurant-cafe'), 'compound'],
  ['기차역', course('kiosk-hospital-station'), 'compound'],
  ['장보기', course('apps-online-groceries'), 'compound'],
  ['도우미', course('smartphone-peer-helper'), 'compound'],
  // A word with its particle.
  ['엑셀 함수를', course('office-excel-functions'), 'particle'],
  ['카카오톡으로', course('smartphone-kakaotalk'), 'particle'],
  ['인스타그램을', course('sns-instagram-start'), 'particle'],
  ['보이스피싱을', course('safety-voice-phishing'), 'particle'],
  ['파이썬으로', course('coding-python-basics'), 'particle'],
  ['가계부를', course('office-excel-household'), 'particle'],
  ['챗봇에게', course('ai-chatbot-first-steps'), 'particle'],
  ['비밀번호를', course('safety-passwords-accounts'), 'particle'],
  ['대중교통을', course('apps-maps-transport'), 'particle'],
  ['수료증은', '/board/31/', 'particle'],
  // Korean typed with the keyboard still in English mode.
  ['tmakxmvhs', course('smartphone-first-steps'), 'layout'],
  ['zkzkdhxhr', course('smartphone-kakaotalk'), 'layout'],
  ['dbxbqm', course('video-youtube-channel'), 'layout'],
  ['zldhtmzm', course('kiosk-restaurant-cafe'), 'layout'],
  ['rksvusrufwp', course('finance-easy-payment'), 'layout'],
  ['vkdlTjs', course('coding-python-basics'), 'layout'],
  ['qhdltmvltld', course('safety-voice-phishing'), 'layout'],
  // A space inside a word, or none between two.
  ['스마트 폰', course('smartphone-first-steps'), 'spacing'],
  ['키 오스크', course('kiosk-restaurant-cafe'), 'spacing'],
  ['카카오 톡', course('smartphone-kakaotalk'), 'spacing'],
  ['은행앱', course('finance-mobile-banking'), 'spacing'],
  ['유튜브채널', course('video-youtube-channel'), 'spacing'],
  ['엑셀가계부', course('office-excel-household'), 'spacing'],
  ['영상통화', course('sns-video-call'), 'spacing'],
  ['가짜뉴스', course('safety-fake-news'), 'spacing'],
  ['비전프로', '/zones/vision-pro-zone/', 'spacing'],
  // Initial consonants only.
  ['ㅋㅇㅅㅋ', course('kiosk-restaurant-cafe'), 'choseong'],
  ['ㅅㅁㅌㅍ', course('smartphone-first-steps'), 'choseong'],
  ['ㅋㅋㅇㅌ', course('smartphone-kakaotalk'), 'choseong'],
  ['ㅇㅌㅂ', course('video-youtube-channel'), 'choseong'],
  ['ㄱㅍㄱㅈ', course('finance-easy-payment'), 'choseong'],
  ['ㅂㅇㅅㅍㅅ', course('safety-voice-phishing'), 'choseong'],
  ['ㅇㅅㅌㄱㄹ', course('sns-instagram-start'), 'choseong'],
  // The course, zone or instructor first, before posts that mention it.
  ['스마트폰', course('smartphone-first-steps'), 'priority'],
  ['키오스크', course('kiosk-restaurant-cafe'), 'priority'],
  ['보이스피싱', course('safety-voice-phishing'), 'priority'],
  ['유튜브', course('video-youtube-channel'), 'priority'],
  ['엑셀 가계부', course('office-excel-household'), 'priority'],
  ['3D 프린터', course('maker-3d-printing'), 'priority'],
  ['블록 코딩', course('coding-block-first-steps'), 'priority'],
  ['가족 영상', course('video-family-movie'), 'priority'],
  ['VR', '/zones/vr-zone/', 'priority'],
  ['비전 프로 체험존', '/zones/vision-pro-zone/', 'priority'],
]

/** English on /en/search/. */
const ENGLISH: [string, string][] = [
  ['kiosk', course('kiosk-restaurant-cafe')],
  ['smartphone first steps', course('smartphone-first-steps')],
  ['Vision Pro', '/zones/vision-pro-zone/'],
  ['VR zone', '/zones/vr-zone/'],
  ['household budget', course('office-excel-household')],
  ['KakaoTalk', course('smartphone-kakaotalk')],
  ['YouTube', course('video-youtube-channel')],
  ['scam texts', course('safety-voice-phishing')],
  ['passwords', course('safety-passwords-accounts')],
  ['Python', course('coding-python-basics')],
  ['email', course('computer-email')],
  ['3D printer', course('maker-3d-printing')],
  ['how to find us', '/directions/'],
  ['Kim Mi-yeong', '/instructors/kim-miyeong/'],
  ['mobile payments', course('finance-easy-payment')],
  ['Instagram', course('sns-instagram-start')],
  ['fake news', course('safety-fake-news')],
  ['graduation ceremony', '/notices/graduation-ceremony/'],
]

export const QUALITY_QUERIES: { ko: QualityQuery[]; en: QualityQuery[] } = {
  ko: KOREAN.map(([query, expect, kind]) => ({ query, expect, kind })),
  en: ENGLISH.map(([query, expect]) => ({ query, expect: `/en${expect}`, kind: 'english' as const })),
}
