import { type MessageParams, messageText } from './messageText'

/** The note on a document after it is published: when the public site will show it, and the build behind it. */
export const publishNoteMessages = {
  ko: {
    pendingPublish: '약 {seconds}초 뒤 누리집에 반영됩니다',
    pendingUnpublish: '약 {seconds}초 뒤 누리집에서 내려갑니다',
    almostDone: '곧 누리집에 반영됩니다',
    donePublish: '누리집에 반영되었습니다 ({time})',
    doneUnpublish: '누리집에서 내려갔습니다 ({time})',
    failed: '누리집에 반영하지 못했습니다. 빌드 기록에서 이유를 확인하고, 고친 뒤 다시 게시하세요.',
    buildLink: '빌드 기록 보기',
  },
  en: {
    pendingPublish: 'The public site shows it in about {seconds} seconds.',
    pendingUnpublish: 'It leaves the public site in about {seconds} seconds.',
    almostDone: 'The public site shows it in a moment.',
    donePublish: 'The public site shows it now ({time}).',
    doneUnpublish: 'It is off the public site now ({time}).',
    failed: 'The public site could not be updated. Read the reason in the build history, fix it and publish again.',
    buildLink: 'View the build',
  },
} as const

export type PublishNoteKey = keyof (typeof publishNoteMessages)['ko']

export function publishNoteText(key: PublishNoteKey, language?: string, params: MessageParams = {}): string {
  return messageText(publishNoteMessages, key, language, params)
}
