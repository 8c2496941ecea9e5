import type { ArrayField } from 'payload'

import { timeOfDayField } from './timeOfDay'

/** Opening hours as rows of "which days" + from/to, e.g. 평일 09:00–18:00. */
export function openingHoursField(overrides: Partial<ArrayField> = {}): ArrayField {
  return {
    name: 'hours',
    type: 'array',
    label: { ko: '운영 시간', en: 'Opening hours' },
    labels: { singular: { ko: '시간대', en: 'Time slot' }, plural: { ko: '시간대', en: 'Time slots' } },
    fields: [
      {
        name: 'days',
        type: 'text',
        required: true,
        localized: true,
        label: { ko: '요일', en: 'Days' },
        admin: { placeholder: '평일' },
      },
      {
        type: 'row',
        fields: [
          timeOfDayField('opens', { ko: '여는 시각', en: 'Opens' }),
          timeOfDayField('closes', { ko: '닫는 시각', en: 'Closes' }, { after: 'opens' }),
        ],
      },
    ],
    ...overrides,
  } as ArrayField
}
