import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

/** Why a password is refused, or null: long enough, and not the account's own email name. */
export function passwordProblem(password: string, email?: string | null): 'passwordTooShort' | 'passwordIsEmail' | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'passwordTooShort'
  const name = email?.split('@')[0]?.toLowerCase()
  if (name && name.length >= 3 && password.toLowerCase().includes(name)) return 'passwordIsEmail'
  return null
}

const messages = {
  ko: {
    passwordTooShort: `비밀번호는 ${MIN_PASSWORD_LENGTH}자 이상이어야 합니다. 외우기 쉬운 문장을 띄어 써도 됩니다.`,
    passwordIsEmail: '비밀번호에 이메일 아이디를 넣지 마세요.',
  },
  en: {
    passwordTooShort: `The password must be at least ${MIN_PASSWORD_LENGTH} characters; a memorable sentence with spaces is fine.`,
    passwordIsEmail: 'Do not put the email name in the password.',
  },
}

/** The refusal of a password that breaks the policy, naming the password field; null when it is fine. */
export function passwordPolicyError(password: string, email: string | null | undefined, collection: string, language?: string): ValidationError | null {
  const problem = passwordProblem(password, email)
  if (!problem) return null
  const text = language === 'en' ? messages.en : messages.ko
  return new ValidationError({ collection, errors: [{ path: 'password', message: text[problem] }] })
}

/** Staff accounts guard the whole site: a new or changed password must meet the policy. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  const password = data?.password
  if (typeof password !== 'string' || password === '') return data
  const error = passwordPolicyError(password, data?.email ?? originalDoc?.email, collection.slug, req.i18n?.language)
  if (error) throw error
  return data
}
