/**
 * Why a value was refused and how to mend it, in the staff member's admin
 * language (Korean first). Payload adds the field's name to each message.
 */
export const validationMessages = {
  ko: {
    required: '값을 입력하세요.',
    slugFormat: '주소용 이름(slug)은 영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다. 예: ai-basics-2026',
    slugTooLong: '주소용 이름(slug)은 80자 이하로 줄여 주세요.',
    httpsUrl: 'https://로 시작하는 전체 주소를 입력하세요. 예: https://www.seocho.go.kr/',
    positiveInteger: '1 이상의 정수를 입력하세요.',
    nonNegativeInteger: '0 이상의 정수를 입력하세요.',
    monthFormat: '연월을 YYYY-MM 형식으로 입력하세요. 예: 2026-12',
    timeFormat: '시각을 24시간제 HH:MM 형식으로 입력하세요. 예: 09:30',
    dateFormat: '올바른 날짜를 입력하세요.',
    endTimeBeforeStart: '종료 시각은 시작 시각보다 늦어야 합니다.',
    endDateBeforeStart: '종료일은 시작일과 같거나 그 뒤여야 합니다.',
    termMismatch: '시작일이 수강 월(termMonth)에 속해야 합니다.',
    openCallNeedsDeadline: '공개 모집 공지에는 마감일을 입력해야 합니다.',
    openCallNeedsLink: '공개 모집 공지에는 https:// 신청 링크를 입력해야 합니다.',
    dayOfMonth: '1에서 28 사이의 날짜를 입력하세요.',
    weekdaysRequired: '수업 요일을 하나 이상 고르세요.',
    siteLink: '/courses 같은 사이트 경로나 https://로 시작하는 전체 주소를 입력하세요.',
  },
  en: {
    required: 'Enter a value.',
    slugFormat: 'The URL name (slug) may use lower-case letters, digits and hyphens only, e.g. ai-basics-2026.',
    slugTooLong: 'Shorten the URL name (slug) to 80 characters or fewer.',
    httpsUrl: 'Enter a full address starting with https://, e.g. https://www.seocho.go.kr/.',
    positiveInteger: 'Enter a whole number of 1 or more.',
    nonNegativeInteger: 'Enter a whole number of 0 or more.',
    monthFormat: 'Enter the month as YYYY-MM, e.g. 2026-12.',
    timeFormat: 'Enter the time as 24-hour HH:MM, e.g. 09:30.',
    dateFormat: 'Enter a valid date.',
    endTimeBeforeStart: 'The end time must be later than the start time.',
    endDateBeforeStart: 'The end date must be the same as or after the start date.',
    termMismatch: 'The start date must fall in the term month (termMonth).',
    openCallNeedsDeadline: 'An open call needs a deadline.',
    openCallNeedsLink: 'An open call needs an https:// application link.',
    dayOfMonth: 'Enter a day between 1 and 28.',
    weekdaysRequired: 'Choose at least one weekday.',
    siteLink: 'Enter a site path such as /courses or a full https:// address.',
  },
} as const

export type ValidationMessageKey = keyof (typeof validationMessages)['ko']

export function validationMessage(key: string, language?: string): string {
  const table: Record<string, string> = language === 'en' ? validationMessages.en : validationMessages.ko
  return table[key] ?? key
}
