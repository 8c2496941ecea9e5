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

/** Staff accounts guard the whole site: a new or changed password must meet the policy. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  const password = data?.password
  if (typeof password !== 'string' || password === '') return data
  const problem = passwordProblem(password, data?.email ?? originalDoc?.email)
  if (problem) {
    const text = req.i18n?.language === 'en' ? messages.en : messages.ko
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: text[problem] }] })
  }
  return data
}
