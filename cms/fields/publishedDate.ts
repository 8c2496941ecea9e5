import type { DateField } from 'payload'

/** The date readers see on a post; set to the first save when left empty. */
export function publishedDateField(): DateField {
  return {
    name: 'publishedDate',
    type: 'date',
    label: { ko: '게시일', en: 'Published' },
    index: true,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    hooks: {
      beforeValidate: [({ value }) => value ?? new Date().toISOString()],
    },
  }
}
