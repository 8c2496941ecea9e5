import type { GlobalConfig } from 'payload'

import { isEditor } from '../access/roles'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { HOLIDAYS_KNOWN_UNTIL } from '../domain/closedDays'
import { formatDay } from '../domain/koreanDate'
import { seoulDayField } from '../fields/seoulDay'

const knownUntil = { ko: formatDay(HOLIDAYS_KNOWN_UNTIL, 'ko'), en: formatDay(HOLIDAYS_KNOWN_UNTIL, 'en') }

/**
 * Days the center closes besides public holidays (임시 휴관), each with its
 * reason. Public holidays come from the gazette dataset by themselves
 * (cms/domain/publicHolidays.ts); class days, calendars and registration
 * windows skip both (cms/domain/closedDays.ts). Publishing a change rebuilds
 * the site and is written to the audit log, like every global.
 */
export const Closures: GlobalConfig = {
  slug: 'closures',
  label: { ko: '휴관일', en: 'Closures' },
  admin: {
    group: { ko: '교육', en: 'Education' },
    description: {
      ko: `공휴일(설날·추석·대체공휴일 포함)은 정부가 발표한 월력요항 자료로 저절로 반영됩니다. 반영된 공휴일: ${knownUntil.ko}까지. 그 뒤의 설날·추석과 대체공휴일은 아직 발표되지 않아 반영되지 않습니다(신정·3·1절처럼 날짜가 정해진 공휴일만 반영). 여기에는 그 밖에 센터가 쉬는 날(임시 휴관)을 사유와 함께 적습니다. 게시하면 수업 날짜에 "휴강"으로 표시됩니다.`,
      en: `Public holidays (Seollal, Chuseok and substitute holidays included) come from the official gazette by themselves, known until ${knownUntil.en}. After that, lunar and substitute holidays are not published yet (only fixed-date holidays such as New Year's Day count). List here any other day the center closes, with the reason; once published, class days show them as cancelled.`,
    },
  },
  versions: { drafts: true, max: 50 },
  // Editors write; the public reads what is published (a draft of new closures stays with staff).
  access: { read: publishedOrStaff, update: isEditor, readVersions: isEditor },
  fields: [
    {
      name: 'closures',
      type: 'array',
      label: { ko: '임시 휴관', en: 'Closures' },
      labels: { singular: { ko: '휴관', en: 'Closure' }, plural: { ko: '휴관', en: 'Closures' } },
      fields: [
        {
          type: 'row',
          fields: [
            seoulDayField('startDate', { ko: '휴관일 (시작)', en: 'Closed from' }),
            seoulDayField(
              'endDate',
              { ko: '마지막 휴관일', en: 'Closed until' },
              {
                required: false,
                notBefore: 'startDate',
                admin: {
                  date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
                  description: { ko: '하루만 쉬면 비워 두세요.', en: 'Leave empty for a single day.' },
                },
              },
            ),
          ],
        },
        {
          name: 'reason',
          type: 'text',
          required: true,
          localized: true,
          maxLength: 80,
          label: { ko: '사유', en: 'Reason' },
          admin: { placeholder: '전기 설비 점검', description: { ko: '수업 날짜 옆에 "휴강"과 함께 보입니다.', en: 'Shown beside the class day, with "cancelled".' } },
        },
      ],
    },
  ],
}
