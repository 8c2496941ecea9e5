import { en } from './en'
import { ko, type UiKey } from './ko'

export type Locale = 'ko' | 'en'
export const LOCALES: Locale[] = ['ko', 'en']

const dictionaries: Record<Locale, Record<UiKey, string>> = { ko, en }

/** `t('course.seatsValue', { n: 20 })`: the string for a key in a locale, with {placeholders} filled. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, values: Record<string, string | number> = {}) =>
    dictionaries[locale][key].replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match))
}

export type Translate = ReturnType<typeof useTranslations>

/** Site paths: Korean at /, English at /en/. Always with a trailing slash, as the static files are laid out. */
export function localePath(locale: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  return locale === 'ko' ? clean : `/en${clean === '/' ? '/' : clean}`
}

/** The [...lang] route parameter of a locale: none for Korean, which lives at /. */
export const langParam = (locale: Locale): string | undefined => (locale === 'ko' ? undefined : locale)

/** The locale of a page from its [...lang] route parameter. */
export const localeOf = (lang: string | undefined): Locale => (lang === 'en' ? 'en' : 'ko')

/** getStaticPaths for pages that exist once per locale. */
export const localeParams = () => LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }))

export type { UiKey }
