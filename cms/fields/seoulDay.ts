import type { DateField } from 'payload'

import { seoulDay } from '../domain/seoulDate'
import { checkEndDayNotBeforeStart } from '../domain/validators'
import { validateWith } from './validate'

/** Payload stores instants; the center means Seoul calendar days. */
export function asSeoulDay(value: unknown): string | null {
  if (value instanceof Date || typeof value === 'string') {
    try {
      return seoulDay(value)
    } catch {
      return null
    }
  }
  return null
}

/** A calendar day (no time); with `notBefore`, it may not fall before that sibling day. */
export function seoulDayField(
  name: string,
  label: { ko: string; en: string },
  { required = true, notBefore, ...overrides }: Partial<DateField> & { notBefore?: string; required?: boolean } = {},
): DateField {
  const check = (value: unknown, sibling: Record<string, unknown>) => {
    const day = asSeoulDay(value)
    if (!day) return 'dateFormat'
    return notBefore ? checkEndDayNotBeforeStart(asSeoulDay(sibling[notBefore]), day) : null
  }
  return {
    name,
    type: 'date',
    label,
    required,
    validate: validateWith(check, { required }),
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    ...overrides,
  } as DateField
}
