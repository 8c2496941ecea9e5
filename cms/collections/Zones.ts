import type { CollectionConfig } from 'payload'

import { httpsUrlField } from '../fields/httpsUrl'
import { openingHoursField } from '../fields/openingHours'
import { ZONE_KINDS } from '../fields/options'
import { slugField } from '../fields/slug'
import { validateWith } from '../fields/validate'
import { publicContent } from './shared'

const checkDayOfMonth = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 28 ? null : 'dayOfMonth'

/** The VR and Vision Pro experience zones residents book by reservation. */
export const Zones: CollectionConfig = {
  slug: 'zones',
  labels: { singular: { ko: '체험존', en: 'Experience zone' }, plural: { ko: '체험존', en: 'Experience zones' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', '_status'], group: { ko: '교육', en: 'Education' } },
  ...publicContent,
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { ko: '이름', en: 'Name' } },
    slugField('zone'),
    { name: 'kind', type: 'select', required: true, options: ZONE_KINDS, label: { ko: '종류', en: 'Kind' } },
    { name: 'summary', type: 'textarea', required: true, localized: true, label: { ko: '한 줄 소개', en: 'Summary' } },
    { name: 'description', type: 'richText', localized: true, label: { ko: '소개', en: 'Description' } },
    { name: 'openedYear', type: 'number', label: { ko: '운영 시작 연도', en: 'Open since' } },
    { name: 'location', type: 'text', localized: true, label: { ko: '위치', en: 'Location' } },
    openingHoursField(),
    {
      name: 'eligibility',
      type: 'textarea',
      required: true,
      localized: true,
      label: { ko: '이용 대상', en: 'Who may book' },
    },
    {
      name: 'bookingOpensDay',
      type: 'number',
      required: true,
      label: { ko: '예약 시작일 (매월)', en: 'Booking opens on day (monthly)' },
      validate: validateWith(checkDayOfMonth, { required: true }),
      admin: { description: { ko: '매월 이 날짜에 다음 달 예약을 받습니다.', en: "Next month's bookings open on this day each month." } },
    },
    {
      name: 'bookingNote',
      type: 'textarea',
      localized: true,
      label: { ko: '예약 안내', en: 'Booking note' },
    },
    {
      name: 'sessionMinutes',
      type: 'number',
      label: { ko: '1회 체험 시간 (분)', en: 'Session length (minutes)' },
    },
    httpsUrlField('reservationUrl', { ko: '예약 링크', en: 'Reservation link' }, { required: true }),
    { name: 'image', type: 'upload', relationTo: 'media', label: { ko: '대표 이미지', en: 'Image' } },
  ],
}
