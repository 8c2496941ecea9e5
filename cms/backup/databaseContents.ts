/** What a database already holds, counted, to refuse an import into one that is not empty. */
import type { Payload } from 'payload'

const CONTENT = ['users', 'media', 'documents', 'fields', 'instructors', 'courses', 'notices', 'board-posts', 'zones', 'pages', 'reviews'] as const

export interface Contents {
  counts: Record<string, number>
  total: number
}

export async function databaseContents(payload: Payload): Promise<Contents> {
  const counts: Record<string, number> = {}
  for (const collection of CONTENT) counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  const settings = await payload.findGlobal({ slug: 'site-settings', draft: true, overrideAccess: true })
  const navigation = await payload.findGlobal({ slug: 'navigation', draft: true, overrideAccess: true })
  counts['site-settings'] = settings.centerName ? 1 : 0
  counts.navigation = (navigation.items ?? []).length ? 1 : 0
  return { counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) }
}

export const describeContents = ({ counts }: Contents) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([collection, n]) => `${n} ${collection}`)
    .join(', ')
