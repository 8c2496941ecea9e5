import type { CollectionBeforeOperationHook } from 'payload'

import { passwordPolicyError } from './passwordPolicy'

/**
 * A password set through "forgot password" meets the same policy as any
 * other. Payload's reset hands the collection's beforeValidate hooks the
 * stored account (hash and salt, no password), so the policy hook there
 * never sees it; this one runs before the token is even looked up.
 */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (typeof password !== 'string') return args
  const error = passwordPolicyError(password, null, collection.slug, req.i18n?.language)
  if (error) throw error
  return args
}
