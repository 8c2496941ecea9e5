import type { ArrayField } from 'payload'

import { isMonth } from '../domain/seoulDate'
import { checkMonth, checkPositiveInteger } from '../domain/validators'
import { httpsUrlField } from './httpsUrl'
import { ROOMS, RUN_STATUSES, WEEKDAYS } from './options'
import { asSeoulDay, seoulDayField } from './seoulDay'
import { timeOfDayField } from './timeOfDay'
import { validateWith } from './validate'

/** A run's first class falls in the month it is registered for. */
const startsInTerm = validateWith(
  (value, sibling) => {
    const day = asSeoulDay(value)
    if (!day) return 'dateFormat'
    return isMonth(sibling.termMonth) && !day.startsWith(sibling.termMonth) ? 'termMismatch' : null
  },
  { required: true },
)

/** The scheduled classes of a course: one row per term (month) it runs. */
export function courseRunsField(): ArrayField {
  return {
    name: 'runs',
    type: 'array',
    label: { ko: '개설 일정', en: 'Scheduled runs' },
    labels: { singular: { ko: '개설 일정', en: 'Run' }, plural: { ko: '개설 일정', en: 'Runs' } },
    // Each row is titled by what staff look for: "2027년 1월 · 화·목 · 14:00–16:00 · 3강의실". Rows start
    // open: Payload would also add a new row closed, hiding the fields just asked for; "모두 접기" closes them.
    admin: { components: { RowLabel: '/components/rowLabels/RunRowLabel#RunRowLabel' } },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'termMonth',
            type: 'text',
            required: true,
            label: { ko: '수강 월', en: 'Term month' },
            validate: validateWith(checkMonth, { required: true }),
            admin: { placeholder: '2026-12', width: '25%' },
          },
          seoulDayField('startDate', { ko: '시작일', en: 'Start date' }, { validate: startsInTerm }),
          seoulDayField('endDate', { ko: '종료일', en: 'End date' }, { notBefore: 'startDate' }),
        ],
      },
      {
        name: 'weekdays',
        type: 'select',
        hasMany: true,
        required: true,
        options: WEEKDAYS,
        label: { ko: '수업 요일', en: 'Weekdays' },
      },
      {
        type: 'row',
        fields: [
          timeOfDayField('startTime', { ko: '시작 시각', en: 'Start time' }),
          timeOfDayField('endTime', { ko: '종료 시각', en: 'End time' }, { after: 'startTime' }),
          {
            name: 'sessions',
            type: 'number',
            label: { ko: '총 회차', en: 'Sessions' },
            validate: validateWith(checkPositiveInteger),
            admin: { width: '25%' },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          // One value for both languages (its names come from the list): a room is a fact, not text to translate.
          { name: 'room', type: 'select', required: true, options: ROOMS, label: { ko: '강의실', en: 'Room' } },
          {
            name: 'capacity',
            type: 'number',
            required: true,
            label: { ko: '정원', en: 'Capacity' },
            validate: validateWith(checkPositiveInteger, { required: true }),
          },
        ],
      },
      {
        // Not stored: a warning computed from the dates above, the public holidays and the published closures.
        name: 'closedDaysWarning',
        type: 'ui',
        label: { ko: '휴관일 확인', en: 'Closed days' },
        admin: { components: { Field: '/components/RunClosedDayWarning#RunClosedDayWarning' } },
      },
      httpsUrlField('registrationUrl', { ko: '수강 신청 링크', en: 'Registration link' }, { required: true }),
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'scheduled',
        options: RUN_STATUSES,
        label: { ko: '상태', en: 'Status' },
      },
      {
        type: 'collapsible',
        label: { ko: '접수 기간 예외 (비우면 매월 마지막 주)', en: 'Registration window override' },
        admin: { initCollapsed: true },
        fields: [
          {
            type: 'row',
            fields: [
              seoulDayField('registrationOpensOn', { ko: '접수 시작일', en: 'Registration opens' }, { required: false }),
              seoulDayField(
                'registrationClosesOn',
                { ko: '접수 마감일', en: 'Registration closes' },
                { required: false, notBefore: 'registrationOpensOn' },
              ),
            ],
          },
        ],
      },
    ],
  }
}
