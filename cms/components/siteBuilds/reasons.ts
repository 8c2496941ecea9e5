/**
 * A build's reasons as staff read them. The queue writes one machine line
 * per change ("publish notices #12 12월 교육 안내", kept as it is for the
 * tools that read it); the admin shows "게시 · 공지·보도 · 12월 교육 안내".
 * Pure, so it is unit-tested.
 */
type Language = 'ko' | 'en'

const CHANGES: Record<string, { ko: string; en: string }> = {
  publish: { ko: '게시', en: 'Published' },
  unpublish: { ko: '게시 취소', en: 'Unpublished' },
  'edit-live': { ko: '게시된 글 수정', en: 'Live page edited' },
  delete: { ko: '삭제', en: 'Deleted' },
  edit: { ko: '파일 수정', en: 'File edited' },
  change: { ko: '설정 변경', en: 'Settings changed' },
}

const COLLECTIONS: Record<string, { ko: string; en: string }> = {
  courses: { ko: '교육 과정', en: 'Course' },
  fields: { ko: '교육 분야', en: 'Field' },
  instructors: { ko: '강사', en: 'Instructor' },
  notices: { ko: '공지·보도', en: 'Notice' },
  'board-posts': { ko: '정보화교실 게시글', en: 'Board post' },
  zones: { ko: '체험존', en: 'Zone' },
  pages: { ko: '안내 페이지', en: 'Page' },
  media: { ko: '이미지', en: 'Image' },
  documents: { ko: '첨부 파일', en: 'Document' },
  'site-settings': { ko: '사이트 설정', en: 'Site settings' },
  navigation: { ko: '메뉴', en: 'Navigation' },
}

const SYSTEM: Array<[RegExp, (m: RegExpExecArray, l: Language) => string]> = [
  [/^first build on this machine$/, (_m, l) => (l === 'en' ? 'First build on this server' : '이 서버의 첫 빌드')],
  [/^daily rebuild \(00:05 Asia\/Seoul\)$/, (_m, l) => (l === 'en' ? 'Daily rebuild (00:05)' : '매일 자정 다시 만들기 (00:05)')],
  [/^redo of build #(\d+)$/, (m, l) => (l === 'en' ? `Redo of build #${m[1]}` : `빌드 #${m[1]} 다시 하기 (서버가 멈췄던 빌드)`)],
  [/^rebuild asked for in the admin$/, (_m, l) => (l === 'en' ? 'Rebuild asked for in the admin' : '관리 화면에서 다시 만들기 요청')],
]

/** One reason line in words. */
export function describeReason(line: string, language?: string): string {
  const l: Language = language === 'en' ? 'en' : 'ko'
  for (const [pattern, words] of SYSTEM) {
    const match = pattern.exec(line.trim())
    if (match) return words(match, l)
  }
  const match = /^(\S+) (\S+?)(?: #(\S+))?(?: (.*))?$/.exec(line.trim())
  const change = match && CHANGES[match[1]]
  if (!match || !change) return line
  const what = COLLECTIONS[match[2]]?.[l] ?? match[2]
  const title = match[4]?.trim()
  return [change[l], what, title || (match[3] ? `#${match[3]}` : '')].filter(Boolean).join(' · ')
}

/** Every line in words, one per line. */
export const describeReasons = (reasons: unknown, language?: string): string[] =>
  String(reasons ?? '')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => describeReason(line, language))

/** A build's title: its first change, and how many more ("게시 · 공지·보도 · 12월 교육 안내 외 2건"). */
export function buildTitle(reasons: unknown, language?: string): string {
  const lines = describeReasons(reasons, language)
  if (lines.length === 0) return ''
  const rest = lines.length - 1
  if (!rest) return lines[lines.length - 1]
  return language === 'en' ? `${lines[lines.length - 1]} and ${rest} more` : `${lines[lines.length - 1]} 외 ${rest}건`
}
