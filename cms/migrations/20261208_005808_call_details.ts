import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`notices\` ADD \`contact\` text;`)
  await db.run(sql`ALTER TABLE \`notices_locales\` ADD \`how_to_apply\` text;`)
  await db.run(sql`ALTER TABLE \`notices_locales\` ADD \`pay\` text;`)
  await db.run(sql`ALTER TABLE \`notices_locales\` ADD \`results\` text;`)
  await db.run(sql`ALTER TABLE \`_notices_v\` ADD \`version_contact\` text;`)
  await db.run(sql`ALTER TABLE \`_notices_v_locales\` ADD \`version_how_to_apply\` text;`)
  await db.run(sql`ALTER TABLE \`_notices_v_locales\` ADD \`version_pay\` text;`)
  await db.run(sql`ALTER TABLE \`_notices_v_locales\` ADD \`version_results\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`notices\` DROP COLUMN \`contact\`;`)
  await db.run(sql`ALTER TABLE \`notices_locales\` DROP COLUMN \`how_to_apply\`;`)
  await db.run(sql`ALTER TABLE \`notices_locales\` DROP COLUMN \`pay\`;`)
  await db.run(sql`ALTER TABLE \`notices_locales\` DROP COLUMN \`results\`;`)
  await db.run(sql`ALTER TABLE \`_notices_v\` DROP COLUMN \`version_contact\`;`)
  await db.run(sql`ALTER TABLE \`_notices_v_locales\` DROP COLUMN \`version_how_to_apply\`;`)
  await db.run(sql`ALTER TABLE \`_notices_v_locales\` DROP COLUMN \`version_pay\`;`)
  await db.run(sql`ALTER TABLE \`_notices_v_locales\` DROP COLUMN \`version_results\`;`)
}
