/**
 * Paged lists at /base/, /base/page/2/, /base/page/3/ … (never /base/2/,
 * which would collide with /board/{number}/), in both locales.
 */
import type { PaginateFunction } from 'astro'

/** Astro's paginate, with its page parameter moved under `page/`. */
export function paginateUnder<T>(
  paginate: PaginateFunction,
  items: T[],
  options: { pageSize: number; params: Record<string, string | undefined>; props?: Record<string, unknown> },
) {
  return paginate(items, options as never).map((entry) => ({
    ...entry,
    params: { ...entry.params, page: entry.params.page ? `page/${entry.params.page}` : undefined },
  }))
}

/** The path of page n of a list whose first page is `base`. */
export const pagePathUnder = (base: string) => (n: number) => (n === 1 ? base : `${base}page/${n}/`)
