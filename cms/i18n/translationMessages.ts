/** The translation check at the top of a document: English that may be out of date, or missing. */
import { type MessageParams, messageText } from './messageText'

export const translationMessages = {
  ko: {
    title: '영어 번역 확인',
    stale: '한국어를 고친 뒤({when}) 영어는 그대로입니다: {fields}. 언어를 English로 바꿔 같은 내용으로 고쳐 주세요.',
    missing: '영어가 비어 있습니다: {fields}. 영어 화면에는 그 자리에 한국어가 나갑니다.',
  },
  en: {
    title: 'Translation check',
    stale: 'The Korean was changed ({when}) and the English was not: {fields}. Switch the language to English and update it.',
    missing: 'No English yet: {fields}. The English site shows the Korean in its place.',
  },
} as const

type Key = keyof (typeof translationMessages)['ko']

export const translationText = (key: Key, language: string | undefined, params: MessageParams = {}) => messageText(translationMessages, key, language, params)
