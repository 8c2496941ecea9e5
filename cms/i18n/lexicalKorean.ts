import type { RichTextAdapterProvider } from 'payload'

/**
 * Korean for the rich-text editor's menus, where Payload's reads like a
 * machine translation ("주문된 목록" for a numbered list, "수평 규칙" for a
 * dividing line). The editor merges its own words into the config's
 * translations after the config is read, so these are merged after it.
 */
export const lexicalKorean = {
  general: {
    placeholder: "내용을 입력하세요. '/'를 누르면 제목이나 목록 같은 서식을 고를 수 있습니다.",
    slashMenuBasicGroupLabel: '기본',
    slashMenuListGroupLabel: '목록',
    toolbarItemsActive: '{{count}}개 적용 중',
  },
  heading: { label: '제목 {{headingLevel}}' },
  align: { alignCenterLabel: '가운데 맞춤', alignJustifyLabel: '양쪽 맞춤', alignLeftLabel: '왼쪽 맞춤', alignRightLabel: '오른쪽 맞춤' },
  blockquote: { label: '인용' },
  paragraph: { label: '문단', label2: '보통 글' },
  relationship: { label: '문서 연결' },
  upload: { label: '파일·이미지' },
  link: { label: '링크', loadingWithEllipsis: '불러오는 중…' },
  checklist: { label: '확인 목록' },
  orderedList: { label: '번호 목록' },
  unorderedList: { label: '글머리 기호 목록' },
  horizontalRule: { label: '구분선' },
  indent: { decreaseLabel: '내어쓰기', increaseLabel: '들여쓰기' },
}

const merge = (target: Record<string, any>, source: Record<string, any>) => {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object') merge((target[key] ??= {}), value)
    else target[key] = value
  }
}

/** The editor, with its Korean words replaced by ours once it has added its own. */
export function koreanLexical(editor: RichTextAdapterProvider<any, any, any>): RichTextAdapterProvider<any, any, any> {
  return async (args) => {
    const adapter = await editor(args)
    const i18n = (args.config.i18n ??= {} as never) as { translations?: Record<string, any> }
    const translations = (i18n.translations ??= {})
    merge(((translations.ko ??= {}).lexical ??= {}), lexicalKorean)
    return adapter
  }
}
