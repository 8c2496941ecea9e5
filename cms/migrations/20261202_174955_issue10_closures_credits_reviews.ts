import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The closures global (휴관일) and the settings' rule for a registration window opening on a closed day;
 * translatable picture credits, existing ones kept as Korean; review requests (검토 요청) and build summaries.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_title\` text,
  	\`status\` text DEFAULT 'waiting' NOT NULL,
  	\`message\` text,
  	\`comment\` text,
  	\`requested_by_id\` integer,
  	\`requested_by_name\` text,
  	\`requested_at\` text,
  	\`decided_by_id\` integer,
  	\`decided_by_name\` text,
  	\`decided_at\` text,
  	\`seen_by_requester\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reviews_status_idx\` ON \`reviews\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reviews_requested_by_idx\` ON \`reviews\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_requested_at_idx\` ON \`reviews\` (\`requested_at\`);`)
  await db.run(sql`CREATE INDEX \`reviews_decided_by_idx\` ON \`reviews\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_updated_at_idx\` ON \`reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reviews_created_at_idx\` ON \`reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reviews_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`notices_id\` integer,
  	\`board_posts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`board_posts_id\`) REFERENCES \`board_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reviews_rels_order_idx\` ON \`reviews_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reviews_rels_parent_idx\` ON \`reviews_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_rels_path_idx\` ON \`reviews_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reviews_rels_notices_id_idx\` ON \`reviews_rels\` (\`notices_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_rels_board_posts_id_idx\` ON \`reviews_rels\` (\`board_posts_id\`);`)
  await db.run(sql`CREATE TABLE \`closures_closures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`closures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`closures_closures_order_idx\` ON \`closures_closures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`closures_closures_parent_id_idx\` ON \`closures_closures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`closures_closures_locales\` (
  	\`reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`closures_closures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`closures_closures_locales_locale_parent_id_unique\` ON \`closures_closures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`closures_closures_locales_parent_id_idx\` ON \`closures_closures_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`closures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`closures__status_idx\` ON \`closures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_closures_v_version_closures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_closures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_closures_v_version_closures_order_idx\` ON \`_closures_v_version_closures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_closures_v_version_closures_parent_id_idx\` ON \`_closures_v_version_closures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_closures_v_version_closures_locales\` (
  	\`reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_closures_v_version_closures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_closures_v_version_closures_locales_locale_parent_id_unique\` ON \`_closures_v_version_closures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_closures_v_version_closures_locales_parent_id_idx\` ON \`_closures_v_version_closures_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_closures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_closures_v_version_version__status_idx\` ON \`_closures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_closures_v_created_at_idx\` ON \`_closures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_closures_v_updated_at_idx\` ON \`_closures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_closures_v_snapshot_idx\` ON \`_closures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_closures_v_published_locale_idx\` ON \`_closures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_closures_v_latest_idx\` ON \`_closures_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`notices_photos_locales\` ADD \`credit\` text;`)
  await db.run(sql`ALTER TABLE \`_notices_v_version_photos_locales\` ADD \`credit\` text;`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`credit\` text;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reviews_id\` integer REFERENCES reviews(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`registration_rule_closed_day_shift\` text DEFAULT 'next';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_registration_rule_closed_day_shift\` text DEFAULT 'next';`)
  // Picture credits become translatable ("서초구 제공" / "Courtesy of Seocho-gu"). Every credit already
  // stored is kept as the Korean one before its old column goes. Korean rows exist for every image (alt
  // text is required) and every photo row (caption is required); a row lacking one gets it rather than
  // losing its credit.
  await db.run(sql`UPDATE \`media_locales\` SET \`credit\` = (SELECT \`credit\` FROM \`media\` WHERE \`media\`.\`id\` = \`media_locales\`.\`_parent_id\`) WHERE \`_locale\` = 'ko';`)
  await db.run(sql`INSERT INTO \`media_locales\` (\`alt\`, \`credit\`, \`_locale\`, \`_parent_id\`)
    SELECT COALESCE((SELECT \`alt\` FROM \`media_locales\` l WHERE l.\`_parent_id\` = m.\`id\` LIMIT 1), ''), m.\`credit\`, 'ko', m.\`id\` FROM \`media\` m
    WHERE m.\`credit\` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \`media_locales\` l WHERE l.\`_parent_id\` = m.\`id\` AND l.\`_locale\` = 'ko');`)
  for (const [rows, locales] of [
    ['notices_photos', 'notices_photos_locales'],
    ['_notices_v_version_photos', '_notices_v_version_photos_locales'],
  ] as const) {
    await db.run(sql.raw(`UPDATE \`${locales}\` SET \`credit\` = (SELECT \`credit\` FROM \`${rows}\` WHERE \`${rows}\`.\`id\` = \`${locales}\`.\`_parent_id\`) WHERE \`_locale\` = 'ko';`))
    await db.run(sql.raw(`INSERT INTO \`${locales}\` (\`credit\`, \`_locale\`, \`_parent_id\`)
      SELECT r.\`credit\`, 'ko', r.\`id\` FROM \`${rows}\` r
      WHERE r.\`credit\` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \`${locales}\` l WHERE l.\`_parent_id\` = r.\`id\` AND l.\`_locale\` = 'ko');`))
  }
  await db.run(sql`ALTER TABLE \`notices_photos\` DROP COLUMN \`credit\`;`)
  await db.run(sql`ALTER TABLE \`_notices_v_version_photos\` DROP COLUMN \`credit\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credit\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reviews\`;`)
  await db.run(sql`DROP TABLE \`reviews_rels\`;`)
  await db.run(sql`DROP TABLE \`closures_closures\`;`)
  await db.run(sql`DROP TABLE \`closures_closures_locales\`;`)
  await db.run(sql`DROP TABLE \`closures\`;`)
  await db.run(sql`DROP TABLE \`_closures_v_version_closures\`;`)
  await db.run(sql`DROP TABLE \`_closures_v_version_closures_locales\`;`)
  await db.run(sql`DROP TABLE \`_closures_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`courses_id\` integer,
  	\`fields_id\` integer,
  	\`instructors_id\` integer,
  	\`notices_id\` integer,
  	\`board_posts_id\` integer,
  	\`zones_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`audit_log_id\` integer,
  	\`users_id\` integer,
  	\`site_builds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fields_id\`) REFERENCES \`fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`instructors_id\`) REFERENCES \`instructors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`board_posts_id\`) REFERENCES \`board_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zones_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "courses_id", "fields_id", "instructors_id", "notices_id", "board_posts_id", "zones_id", "pages_id", "media_id", "documents_id", "audit_log_id", "users_id", "site_builds_id") SELECT "id", "order", "parent_id", "path", "courses_id", "fields_id", "instructors_id", "notices_id", "board_posts_id", "zones_id", "pages_id", "media_id", "documents_id", "audit_log_id", "users_id", "site_builds_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_courses_id_idx\` ON \`payload_locked_documents_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`fields_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_instructors_id_idx\` ON \`payload_locked_documents_rels\` (\`instructors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_board_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`board_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_zones_id_idx\` ON \`payload_locked_documents_rels\` (\`zones_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`ALTER TABLE \`notices_photos\` ADD \`credit\` text;`)
  await db.run(sql`ALTER TABLE \`_notices_v_version_photos\` ADD \`credit\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credit\` text;`)
  // Going back keeps the Korean credit.
  await db.run(sql`UPDATE \`media\` SET \`credit\` = (SELECT \`credit\` FROM \`media_locales\` l WHERE l.\`_parent_id\` = \`media\`.\`id\` AND l.\`_locale\` = 'ko');`)
  await db.run(sql`UPDATE \`notices_photos\` SET \`credit\` = (SELECT \`credit\` FROM \`notices_photos_locales\` l WHERE l.\`_parent_id\` = \`notices_photos\`.\`id\` AND l.\`_locale\` = 'ko');`)
  await db.run(sql`UPDATE \`_notices_v_version_photos\` SET \`credit\` = (SELECT \`credit\` FROM \`_notices_v_version_photos_locales\` l WHERE l.\`_parent_id\` = \`_notices_v_version_photos\`.\`id\` AND l.\`_locale\` = 'ko');`)
  await db.run(sql`ALTER TABLE \`notices_photos_locales\` DROP COLUMN \`credit\`;`)
  await db.run(sql`ALTER TABLE \`_notices_v_version_photos_locales\` DROP COLUMN \`credit\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`credit\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`registration_rule_closed_day_shift\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_registration_rule_closed_day_shift\`;`)
}
