import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '../access/roles'
import { DEFAULT_REGISTRATION_RULE, MAX_WINDOW_DAYS } from '../domain/registrationWindow'
import { checkWindowDays } from '../domain/validators'
import { httpsUrlField } from '../fields/httpsUrl'
import { CLOSED_DAY_SHIFT_OPTIONS } from '../fields/options'
import { openingHoursField } from '../fields/openingHours'
import { timeOfDayField } from '../fields/timeOfDay'
import { validateWith } from '../fields/validate'

/** Facts about the center shown on every page, and the registration rule. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { ko: '사이트 설정', en: 'Site settings' },
  admin: { group: { ko: '사이트', en: 'Site' } },
  versions: { drafts: true, max: 50 },
  access: { read: anyone, update: isAdmin, readVersions: isAdmin },
  fields: [
    { name: 'centerName', type: 'text', required: true, localized: true, label: { ko: '기관 이름', en: 'Center name' } },
    { name: 'address', type: 'text', required: true, localized: true, label: { ko: '주소', en: 'Address' } },
    { name: 'phone', type: 'text', required: true, label: { ko: '대표 전화', en: 'Phone' } },
    { name: 'email', type: 'email', label: { ko: '이메일', en: 'Email' } },
    openingHoursField(),
    {
      name: 'registrationRule',
      type: 'group',
      label: { ko: '수강 신청 규칙', en: 'Registration rule' },
      admin: {
        description: {
          ko: '다음 달 강좌는 이번 달 마지막 며칠 동안 접수합니다. 강좌별 예외는 각 개설 일정에서 정합니다.',
          en: "Next month's classes are registered during the last days of this month; a run may override it.",
        },
      },
      fields: [
        {
          name: 'windowDays',
          type: 'number',
          required: true,
          defaultValue: DEFAULT_REGISTRATION_RULE.windowDays,
          label: { ko: '접수 기간 (월말 며칠)', en: 'Window (last N days of the month)' },
          min: 1,
          max: MAX_WINDOW_DAYS,
          validate: validateWith(checkWindowDays, { required: true }),
        },
        {
          type: 'row',
          fields: [
            timeOfDayField('opensAt', { ko: '접수 시작 시각', en: 'Opens at' }, { defaultValue: DEFAULT_REGISTRATION_RULE.opensAt }),
            timeOfDayField('closesAt', { ko: '접수 마감 시각', en: 'Closes at' }, { defaultValue: DEFAULT_REGISTRATION_RULE.closesAt }),
          ],
        },
        {
          name: 'closedDayShift',
          type: 'select',
          // Payload's generated enum name would pass the database's 63-character limit.
          enumName: 'registration_closed_day_shift',
          required: true,
          defaultValue: DEFAULT_REGISTRATION_RULE.closedDayShift ?? 'next',
          options: CLOSED_DAY_SHIFT_OPTIONS,
          label: { ko: '접수 시작일이 휴관일이면', en: 'When the first day is a closed day' },
          admin: {
            description: {
              ko: '휴관일: 공휴일(대체공휴일 포함), 휴관일 메뉴의 임시 휴관, 일요일. 마감일은 바뀌지 않습니다. 강좌별로 접수 시작일을 직접 정한 개설 일정은 그대로 둡니다. 주민에게는 바뀐 날짜와 이유가 함께 보입니다.',
              en: 'Closed days: public holidays (substitute holidays included), closures, Sundays. The closing day never moves. A run with its own opening day keeps it. Residents see the moved date and why.',
            },
          },
        },
      ],
    },
    {
      name: 'links',
      type: 'group',
      label: { ko: '바깥 링크', en: 'External links' },
      fields: [
        httpsUrlField('registrationSystem', { ko: '구청 수강 신청 시스템', en: 'District registration system' }, { required: true }),
        httpsUrlField('districtOffice', { ko: '서초구청 누리집', en: 'Seocho-gu Office website' }),
        httpsUrlField('classroomBoard', { ko: '구청 정보화교실 게시판', en: 'District classroom board' }),
      ],
    },
    {
      name: 'press',
      type: 'group',
      label: { ko: '언론 문의', en: 'Press contact' },
      fields: [
        { name: 'contactName', type: 'text', localized: true, label: { ko: '담당', en: 'Contact' } },
        { name: 'phone', type: 'text', label: { ko: '전화', en: 'Phone' } },
        { name: 'email', type: 'email', label: { ko: '이메일', en: 'Email' } },
      ],
    },
  ],
}
