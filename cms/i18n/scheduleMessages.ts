import { type MessageParams, messageText } from './messageText'

/** Scheduled publishing in the admin: the section on a document, the list panel, and refusals. */
export const scheduleMessages = {
  ko: {
    sectionTitle: '예약 게시',
    intro: '정한 시각(서울 시간)에 저절로 게시하거나 게시를 취소합니다.',
    when: '날짜와 시각 (서울 시간)',
    what: '할 일',
    publish: '게시',
    unpublish: '게시 취소',
    submit: '예약하기',
    scheduled: '예약했습니다: {when}에 {action}합니다.',
    upcoming: '예약된 일',
    none: '예약된 일이 없습니다.',
    cancel: '예약 취소',
    cancelled: '예약을 취소했습니다.',
    failedTitle: '예약 게시가 실패했습니다',
    failedAt: '{when}에 {action}하지 못했습니다.',
    dismiss: '확인했습니다',
    noTime: '날짜와 시각을 입력하세요.',
    inPast: '지나간 시각에는 예약할 수 없습니다. 지금보다 뒤의 시각을 고르세요.',
    notPublished: '게시되지 않은 문서는 게시 취소를 예약할 수 없습니다.',
    cannotPublish: '지금 내용으로는 게시할 수 없어 예약하지 않았습니다. 고친 뒤 다시 예약하세요.',
    failedPublish: '게시하지 못했습니다. 고칠 곳: {problems}',
    failedOther: '{action}하지 못했습니다: {reason}',
    listTitle: '예약된 게시와 실패한 예약',
    listFailed: '실패',
    listUpcoming: '예약',
    missingDocument: '(지워진 문서)',
  },
  en: {
    sectionTitle: 'Scheduled publishing',
    intro: 'Publishes or unpublishes by itself at the time you set (Seoul time).',
    when: 'Date and time (Seoul time)',
    what: 'Action',
    publish: 'Publish',
    unpublish: 'Unpublish',
    submit: 'Schedule',
    scheduled: 'Scheduled: {action} at {when}.',
    upcoming: 'Scheduled',
    none: 'Nothing is scheduled.',
    cancel: 'Cancel',
    cancelled: 'The schedule was cancelled.',
    failedTitle: 'A scheduled publish failed',
    failedAt: 'Could not {action} at {when}.',
    dismiss: 'Dismiss',
    noTime: 'Enter a date and time.',
    inPast: 'That time has passed: choose a later one.',
    notPublished: 'A document that is not published cannot be scheduled to unpublish.',
    cannotPublish: 'It cannot be published as it is, so nothing was scheduled. Fix it and schedule again.',
    failedPublish: 'Could not publish. To fix: {problems}',
    failedOther: 'Could not {action}: {reason}',
    listTitle: 'Scheduled and failed publishing',
    listFailed: 'Failed',
    listUpcoming: 'Scheduled',
    missingDocument: '(deleted document)',
  },
} as const

export type ScheduleKey = keyof (typeof scheduleMessages)['ko']

export function scheduleText(key: ScheduleKey, language?: string, params: MessageParams = {}): string {
  return messageText(scheduleMessages, key, language, params)
}
