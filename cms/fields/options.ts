/** Option lists shared by the CMS and the site: the values are the stable contract, labels ko/en. */
import { type Level, LEVEL_VALUES, type Weekday, WEEKDAY_VALUES } from '../domain/courseTerms'
import { ROOM_NAMES, ROOM_VALUES } from '../domain/rooms'

type Label = { ko: string; en: string }

const LEVEL_LABELS: Record<Level, Label> = {
  intro: { ko: '입문', en: 'Intro' },
  beginner: { ko: '초급', en: 'Beginner' },
  intermediate: { ko: '중급', en: 'Intermediate' },
  advanced: { ko: '고급', en: 'Advanced' },
}
export const LEVELS = LEVEL_VALUES.map((value) => ({ value, label: LEVEL_LABELS[value] }))

const WEEKDAY_LABELS: Record<Weekday, Label> = {
  mon: { ko: '월', en: 'Mon' },
  tue: { ko: '화', en: 'Tue' },
  wed: { ko: '수', en: 'Wed' },
  thu: { ko: '목', en: 'Thu' },
  fri: { ko: '금', en: 'Fri' },
  sat: { ko: '토', en: 'Sat' },
  sun: { ko: '일', en: 'Sun' },
}
export const WEEKDAYS = WEEKDAY_VALUES.map((value) => ({ value, label: WEEKDAY_LABELS[value] }))

export const ROOMS = ROOM_VALUES.map((value) => ({ value, label: ROOM_NAMES[value] }))

export const RUN_STATUSES = [
  { value: 'scheduled', label: { ko: '정상 운영', en: 'Scheduled' } },
  { value: 'full', label: { ko: '정원 마감', en: 'Full' } },
  { value: 'cancelled', label: { ko: '폐강', en: 'Cancelled' } },
]

export const NOTICE_CATEGORIES = [
  { value: 'announcement', label: { ko: '공지', en: 'Announcement' } },
  { value: 'press-release', label: { ko: '보도자료', en: 'Press release' } },
  { value: 'open-call', label: { ko: '공개 모집', en: 'Open call' } },
  { value: 'event', label: { ko: '행사', en: 'Event' } },
]

export const BOARD_CATEGORIES = [
  { value: 'notice', label: { ko: '알림', en: 'Notice' } },
  { value: 'schedule', label: { ko: '교육 일정', en: 'Schedule' } },
  { value: 'curriculum', label: { ko: '교육 과정', en: 'Curriculum' } },
  { value: 'recruitment', label: { ko: '수강생 모집', en: 'Enrolment' } },
  { value: 'result', label: { ko: '결과 안내', en: 'Results' } },
]

export const INSTRUCTOR_BACKGROUNDS = [
  { value: 'field-expert', label: { ko: '현장 전문가', en: 'Field expert' } },
  { value: 'reemployment-4050', label: { ko: '4050 직무역량 교육 수료', en: '4050 job-competency graduate' } },
  { value: 'seocho-50plus', label: { ko: '서초50플러스센터', en: 'Seocho 50 Plus Center' } },
  { value: 'open-call', label: { ko: '공개 모집 선발', en: 'Selected by open call' } },
  { value: 'former-teacher', label: { ko: '전직 교사', en: 'Former teacher' } },
]

export const ZONE_KINDS = [
  { value: 'vr', label: { ko: 'VR 체험존', en: 'VR zone' } },
  { value: 'vision-pro', label: { ko: '비전 프로 체험존', en: 'Vision Pro zone' } },
]

export const ROLES = [
  { value: 'admin', label: { ko: '관리자', en: 'Administrator' } },
  { value: 'editor', label: { ko: '편집자', en: 'Editor' } },
  { value: 'contributor', label: { ko: '작성자', en: 'Contributor' } },
]

export const valuesOf = (options: { value: string }[]) => options.map((option) => option.value)

/** Where a registration window goes when its first day is a closed day (cms/domain/registrationWindow.ts). */
export const CLOSED_DAY_SHIFT_OPTIONS = [
  { value: 'next', label: { ko: '다음 운영일로 미룹니다', en: 'Move it to the next operating day' } },
  { value: 'previous', label: { ko: '앞 운영일로 당깁니다', en: 'Move it to the operating day before' } },
  { value: 'keep', label: { ko: '휴관일이어도 그대로 엽니다', en: 'Open on that day all the same' } },
]
