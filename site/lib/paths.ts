/** getStaticPaths for pages that exist once per item per locale. */
import { langParam, type Locale, LOCALES } from '../i18n'
import { type SiteData, siteData } from './data'

export async function pathsPerLocale<T extends Record<string, unknown>>(
  items: (data: SiteData, locale: Locale) => { params: Record<string, string | undefined>; props?: T }[],
) {
  const paths = []
  for (const locale of LOCALES) {
    const data = await siteData(locale)
    for (const item of items(data, locale)) {
      paths.push({ params: { lang: langParam(locale), ...item.params }, props: item.props ?? ({} as T) })
    }
  }
  return paths
}
