import type { TextField } from 'payload'

import { checkEndTimeAfterStart, checkTimeOfDay } from '../domain/validators'
import { validateWith } from './validate'

/** A Seoul wall-clock time as HH:MM; with `after`, it must come later than that sibling time. */
export function timeOfDayField(
  name: string,
  label: { ko: string; en: string },
  { required = true, after, ...overrides }: Partial<TextField> & { after?: string; required?: boolean } = {},
): TextField {
  const check = after
    ? (value: unknown, sibling: Record<string, unknown>) => checkEndTimeAfterStart(sibling[after], value)
    : checkTimeOfDay
  return {
    name,
    type: 'text',
    label,
    required,
    validate: validateWith(check, { required }),
    admin: { placeholder: '09:30', width: '25%' },
    ...overrides,
  } as TextField
}
