import { APIError } from 'payload'

/**
 * A refusal staff read as it is written. Payload shows an error's message only
 * when the error is public, and its REST answer falls back to "An unknown
 * error occurred." when the error has no name: the built admin minifies class
 * names away, so the name is set here by hand.
 */
export function refusal(message: string, status = 403, name = 'Refusal', field?: string): APIError {
  // With a field, the answer names it as a validation error does: { errors: [{ path, message }] }.
  const error = new APIError(message, status, field ? { errors: [{ path: field, message }] } : null, true)
  error.name = name
  return Object.assign(error, { explained: true })
}

/** Whether an error already says, in the staff member's words, what to do (cms/hooks/explainRefusal.ts leaves it alone). */
export const isExplained = (error: unknown) => Boolean((error as { explained?: unknown } | null)?.explained)
