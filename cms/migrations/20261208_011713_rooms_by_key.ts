import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { isRoom, roomKey, roomName } from '../domain/rooms'

/**
 * A run's room was text per language (courses_runs_locales.room); it becomes
 * one key on the run (courses_runs.room), the same in both languages. Each
 * run's Korean name (or else its English one) is mapped to its key before the
 * per-language table goes; a name that is none of the center's rooms is left
 * empty and named in the log, for staff to choose on the course's next save.
 */
async function roomsToKeys(db: MigrateUpArgs['db'], payload: MigrateUpArgs['payload'], runs: string, locales: string) {
  await db.run(sql`ALTER TABLE ${sql.identifier(runs)} ADD \`room\` text;`)
  const rows = (await db.all(sql`SELECT _parent_id AS parent, _locale AS locale, room FROM ${sql.identifier(locales)}`)) as Array<{ parent: string | number; locale: string; room: string | null }>
  const names = new Map<string | number, Record<string, string>>()
  for (const row of rows) if (row.room) names.set(row.parent, { ...names.get(row.parent), [row.locale]: row.room })
  for (const [parent, byLocale] of names) {
    const room = roomKey(byLocale.ko) ?? roomKey(byLocale.en)
    if (room) await db.run(sql`UPDATE ${sql.identifier(runs)} SET room = ${room} WHERE id = ${parent}`)
    else payload.logger.warn(`${runs} row ${parent}: room "${byLocale.ko ?? byLocale.en}" is none of the center's rooms; choose one in the admin`)
  }
  await db.run(sql`DROP TABLE ${sql.identifier(locales)};`)
}

export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  await roomsToKeys(db, payload, 'courses_runs', 'courses_runs_locales')
  await roomsToKeys(db, payload, '_courses_v_version_runs', '_courses_v_version_runs_locales')
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`courses_runs_locales\` (
  	\`room\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`courses_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`courses_runs_locales_locale_parent_id_unique\` ON \`courses_runs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`courses_runs_locales_parent_id_idx\` ON \`courses_runs_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_version_runs_locales\` (
  	\`room\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_courses_v_version_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_courses_v_version_runs_locales_locale_parent_id_unique\` ON \`_courses_v_version_runs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_runs_locales_parent_id_idx\` ON \`_courses_v_version_runs_locales\` (\`_parent_id\`);`)
  for (const [runs, locales] of [['courses_runs', 'courses_runs_locales'], ['_courses_v_version_runs', '_courses_v_version_runs_locales']]) {
    const rows = (await db.all(sql`SELECT id, room FROM ${sql.identifier(runs)} WHERE room IS NOT NULL`)) as Array<{ id: string | number; room: string }>
    for (const row of rows) {
      if (!isRoom(row.room)) continue
      for (const locale of ['ko', 'en'] as const) {
        await db.run(sql`INSERT INTO ${sql.identifier(locales)} (room, _locale, _parent_id) VALUES (${roomName(row.room, locale)}, ${locale}, ${row.id})`)
      }
    }
  }
  await db.run(sql`ALTER TABLE \`courses_runs\` DROP COLUMN \`room\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v_version_runs\` DROP COLUMN \`room\`;`)
}
