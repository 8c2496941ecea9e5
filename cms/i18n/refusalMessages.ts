import { type MessageParams, messageText } from './messageText'

/**
 * Why the CMS said no, and what to do instead, in the staff member's admin
 * language (Korean first). `{label}` is the collection's name with its
 * particle already attached (교육 과정은, 공지·보도는).
 */
export const refusalMessages = {
  ko: {
    signInFirst: '로그인이 필요합니다. 관리 화면에서 다시 로그인한 뒤 해 주세요.',
    contributorPublish: "작성자는 글을 바로 게시할 수 없습니다. '임시 저장'으로 저장한 뒤 '검토 요청'을 누르면 편집자가 검토하고 게시합니다.",
    editorsOnlyWrite: '{label} 편집자와 관리자만 만들고 고칠 수 있습니다. 바꿀 내용을 편집자에게 알려 주세요.',
    editorsOnlyDelete: '지우는 일은 편집자와 관리자만 할 수 있습니다. 지워야 할 글은 편집자에게 알려 주세요.',
    adminsOnly: '{label} 관리자만 다룰 수 있습니다. 필요한 일은 관리자에게 요청하세요.',
    rollbackAdminsOnly: '예전 빌드로 되돌리는 일은 관리자만 할 수 있습니다. 관리자에게 요청하세요.',
    recordsAreHistory: '{label} 저절로 남는 기록이라 고치거나 지울 수 없습니다.',
    notYours: '다른 사람의 검토 요청은 고칠 수 없습니다. 내 요청은 대시보드의 "내 검토 요청"에서 볼 수 있습니다.',
    noPermission: '이 일을 할 권한이 없습니다. 필요하면 관리자에게 권한을 요청하세요.',
  },
  en: {
    signInFirst: 'You need to sign in. Sign in to the admin again, then try once more.',
    contributorPublish: "Contributors cannot publish directly. Save a draft, then press 'Ask for review': an editor reviews and publishes it.",
    editorsOnlyWrite: '{label}: only editors and admins create and change these. Tell an editor what to change.',
    editorsOnlyDelete: 'Only editors and admins delete. Tell an editor what should go.',
    adminsOnly: '{label}: only admins manage these. Ask an admin.',
    rollbackAdminsOnly: 'Only admins roll the site back to an earlier build. Ask an admin.',
    recordsAreHistory: '{label}: these are recorded by the system and cannot be changed or deleted.',
    notYours: "You cannot change someone else's review request. Yours are under 'My review requests' on the dashboard.",
    noPermission: 'You are not allowed to do this. Ask an admin for the permission if you need it.',
  },
} as const

export type RefusalKey = keyof (typeof refusalMessages)['ko']

export function refusalText(key: RefusalKey, language?: string, params: MessageParams = {}): string {
  return messageText(refusalMessages, key, language, params)
}
