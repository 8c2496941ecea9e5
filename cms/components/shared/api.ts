/** Same-origin calls to the CMS's REST API from admin components, answering in the staff member's language. */
export async function callApi<T = any>(
  url: string,
  { method = 'GET', body, language }: { method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; body?: unknown; language?: string } = {},
): Promise<T> {
  const response = await fetch(url, {
    method,
    credentials: 'include',
    headers: { 'Accept-Language': language ?? 'ko', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json().catch(() => ({}))
  if (!response.ok) {
    const first = json?.errors?.[0]
    const detail = first?.data?.errors?.map((error: { message?: string }) => error.message).filter(Boolean).join(' ')
    throw new Error(detail || first?.message || json?.message || response.statusText)
  }
  return json as T
}

/** `?where[a][equals]=1&…` from a flat list of [path, operator, value]. */
export function whereQuery(conditions: Array<[string, string, string | number]>, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams()
  for (const [path, operator, value] of conditions) params.append(`where[${path}][${operator}]`, String(value))
  for (const [key, value] of Object.entries(extra)) params.append(key, String(value))
  return `?${params.toString()}`
}
