import type { DateField } from 'payload'

import { DAY_AND_TIME } from './dateDisplay'

/** The date readers see on a post; set to the first save when left empty. */
export function publishedDateField(): DateField {
  return {
    name: 'publishedDate',
    type: 'date',
    label: { ko: '게시일', en: 'Published' },
    index: true,
    admin: { position: 'sidebar', date: DAY_AND_TIME },
    hooks: {
      beforeValidate: [({ value }) => value ?? new Date().toISOString()],
    },
  }
}
