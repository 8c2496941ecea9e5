/**
 * An index on `_parent_id` for every `*_locales` table of the SQLite schema.
 * Payload indexes those tables by (locale, parent) only, and reading a
 * document's localized fields looks them up by parent: without this index a
 * list of n documents costs n full scans (1,000 board posts took 0.8 s to
 * read, 10,000 about a minute; with it, under 0.1 s).
 */
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

export const indexLocaleParents: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales')) continue
    extendTable({ table, extraConfig: (columns) => ({ [`${name}_parent_id_idx`]: index(`${name}_parent_id_idx`).on(columns._parentID) }) })
  }
  return schema
}
