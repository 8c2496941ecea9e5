/**
 * How the admin writes dates and times. date-fns patterns with the staff
 * member's locale: `PPP` is "2026년 12월 2일" in Korean and "December 2nd,
 * 2026" in English, `a h:mm` is "오후 2:39". Korean readers expect 오전/오후
 * (cms/domain/koreanDate.ts does the same on the site).
 */

/** Lists, document headers, version history: "2026년 12월 2일(수) 오후 2:39". */
export const ADMIN_DATE_FORMAT = 'PPP(EEE) a h:mm'

/**
 * A date-and-time picker. Its box shows "2026-12-02 14:39" (it can be typed
 * that way too), its time list 24-hour times every 10 minutes, captioned in
 * Korean (the picker's own caption is English). No `displayFormat`: lists
 * then show the field like every other date (ADMIN_DATE_FORMAT). The
 * picker's locale is set only after it first draws, so the box uses
 * language-free numbers rather than month names.
 */
export const DAY_AND_TIME = {
  pickerAppearance: 'dayAndTime',
  timeIntervals: 10,
  overrides: { dateFormat: 'yyyy-MM-dd HH:mm', timeFormat: 'HH:mm', timeCaption: '시각' },
} as const
