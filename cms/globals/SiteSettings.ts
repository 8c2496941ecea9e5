import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '../access/roles'
import { DEFAULT_REGISTRATION_RULE } from '../domain/registrationWindow'
import { checkPositiveInteger } from '../domain/validators'
import { httpsUrlField } from '../fields/httpsUrl'
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
          validate: validateWith(checkPositiveInteger, { required: true }),
        },
        {
          type: 'row',
          fields: [
            timeOfDayField('opensAt', { ko: '접수 시작 시각', en: 'Opens at' }, { defaultValue: DEFAULT_REGISTRATION_RULE.opensAt }),
            timeOfDayField('closesAt', { ko: '접수 마감 시각', en: 'Closes at' }, { defaultValue: DEFAULT_REGISTRATION_RULE.closesAt }),
          ],
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
