import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_agencies_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users_agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_agencies_roles_order_idx\` ON \`users_agencies_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_agencies_roles_parent_idx\` ON \`users_agencies_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_agencies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_agencies_order_idx\` ON \`users_agencies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_agencies_parent_id_idx\` ON \`users_agencies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_agencies_agency_idx\` ON \`users_agencies\` (\`agency_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`is_admin\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`agencies_domains\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`domain\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agencies_domains_order_idx\` ON \`agencies_domains\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agencies_domains_parent_id_idx\` ON \`agencies_domains\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agencies_domains_domain_idx\` ON \`agencies_domains\` (\`domain\`);`)
  await db.run(sql`CREATE TABLE \`agencies_leaders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agencies_leaders_order_idx\` ON \`agencies_leaders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agencies_leaders_parent_id_idx\` ON \`agencies_leaders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agencies_leaders_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agencies_leaders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agencies_leaders_locales_locale_parent_id_unique\` ON \`agencies_leaders_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agencies_english_gaps\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agencies_english_gaps_order_idx\` ON \`agencies_english_gaps\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agencies_english_gaps_parent_idx\` ON \`agencies_english_gaps\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agencies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`transparency_from\` text,
  	\`parent_id\` integer,
  	\`phone\` text,
  	\`email\` text,
  	\`website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agencies_slug_idx\` ON \`agencies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`agencies_kind_idx\` ON \`agencies\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`agencies_parent_idx\` ON \`agencies\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agencies_updated_at_idx\` ON \`agencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies_created_at_idx\` ON \`agencies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`agencies_locales\` (
  	\`name\` text,
  	\`short_name\` text,
  	\`introduction\` text,
  	\`functions\` text,
  	\`address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agencies_locales_locale_parent_id_unique\` ON \`agencies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_agency_idx\` ON \`media\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`attachments_agency_idx\` ON \`attachments\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`attachments_updated_at_idx\` ON \`attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`attachments_created_at_idx\` ON \`attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`attachments_filename_idx\` ON \`attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`attachments_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`attachments_locales_locale_parent_id_unique\` ON \`attachments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_topics_order_idx\` ON \`news_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_topics_parent_idx\` ON \`news_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_previous_slugs_order_idx\` ON \`news_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_previous_slugs_parent_id_idx\` ON \`news_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_previous_slugs_slug_idx\` ON \`news_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`news_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_change_log_order_idx\` ON \`news_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_change_log_parent_id_idx\` ON \`news_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`news_change_log_locales_locale_parent_id_unique\` ON \`news_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_returned_by\` text,
  	\`review_returned_at\` text,
  	\`review_notified\` numeric,
  	\`featured_image_id\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`author_name\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_vi_material_change_at\` text,
  	\`translation_en_updated_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`featured_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_agency_idx\` ON \`news\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`news_workflow_state_idx\` ON \`news\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`news_featured_image_idx\` ON \`news\` (\`featured_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_translation_translation_state_idx\` ON \`news\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news_deleted_at_idx\` ON \`news\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`news_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`change_note\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_meta_meta_image_idx\` ON \`news_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_locales_locale_parent_id_unique\` ON \`news_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_legal_documents_id_idx\` ON \`news_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_topics_order_idx\` ON \`_news_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_topics_parent_idx\` ON \`_news_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_previous_slugs_order_idx\` ON \`_news_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_previous_slugs_parent_id_idx\` ON \`_news_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_previous_slugs_slug_idx\` ON \`_news_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_change_log_order_idx\` ON \`_news_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_change_log_parent_id_idx\` ON \`_news_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v_version_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_version_change_log_locales_locale_parent_id_unique\` ON \`_news_v_version_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_returned_by\` text,
  	\`version_review_returned_at\` text,
  	\`version_review_notified\` numeric,
  	\`version_featured_image_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_author_name\` text,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_vi_material_change_at\` text,
  	\`version_translation_en_updated_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_featured_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_agency_idx\` ON \`_news_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_workflow_state_idx\` ON \`_news_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_featured_image_idx\` ON \`_news_v\` (\`version_featured_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_translation_version_translation_state_idx\` ON \`_news_v\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_deleted_at_idx\` ON \`_news_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_autosave_idx\` ON \`_news_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_change_note\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_meta_version_meta_image_idx\` ON \`_news_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_locales_locale_parent_id_unique\` ON \`_news_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_legal_documents_id_idx\` ON \`_news_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_fields_order_idx\` ON \`legal_documents_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_fields_parent_idx\` ON \`legal_documents_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_relations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`target_id\` integer,
  	\`effective_date\` text,
  	FOREIGN KEY (\`target_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_relations_order_idx\` ON \`legal_documents_relations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_relations_parent_id_idx\` ON \`legal_documents_relations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_relations_target_idx\` ON \`legal_documents_relations\` (\`target_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_previous_slugs_order_idx\` ON \`legal_documents_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_previous_slugs_parent_id_idx\` ON \`legal_documents_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_previous_slugs_slug_idx\` ON \`legal_documents_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_change_log_order_idx\` ON \`legal_documents_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_change_log_parent_id_idx\` ON \`legal_documents_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_documents_change_log_locales_locale_parent_id_unique\` ON \`legal_documents_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_returned_by\` text,
  	\`review_returned_at\` text,
  	\`review_notified\` numeric,
  	\`number\` text,
  	\`doc_type\` text,
  	\`issuing_agency_id\` integer,
  	\`central_issuer\` text,
  	\`signer\` text,
  	\`issue_date\` text,
  	\`effective_date\` text,
  	\`expiry_date\` text,
  	\`gazette_number\` text,
  	\`gazette_date\` text,
  	\`scope\` text,
  	\`slug\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_vi_material_change_at\` text,
  	\`translation_en_updated_at\` text,
  	\`published_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issuing_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_agency_idx\` ON \`legal_documents\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_workflow_state_idx\` ON \`legal_documents\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_documents_number_idx\` ON \`legal_documents\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_issuing_agency_idx\` ON \`legal_documents\` (\`issuing_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_issue_date_idx\` ON \`legal_documents\` (\`issue_date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_documents_slug_idx\` ON \`legal_documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_translation_translation_state_idx\` ON \`legal_documents\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_published_at_idx\` ON \`legal_documents\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_at_idx\` ON \`legal_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_at_idx\` ON \`legal_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_deleted_at_idx\` ON \`legal_documents\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents__status_idx\` ON \`legal_documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_locales\` (
  	\`title\` text,
  	\`abstract\` text,
  	\`signer_title\` text,
  	\`body\` text,
  	\`change_note\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_meta_meta_image_idx\` ON \`legal_documents_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_documents_locales_locale_parent_id_unique\` ON \`legal_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_order_idx\` ON \`legal_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_parent_idx\` ON \`legal_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_path_idx\` ON \`legal_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_attachments_id_idx\` ON \`legal_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_fields_order_idx\` ON \`_legal_documents_v_version_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_fields_parent_idx\` ON \`_legal_documents_v_version_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_relations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`target_id\` integer,
  	\`effective_date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`target_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_relations_order_idx\` ON \`_legal_documents_v_version_relations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_relations_parent_id_idx\` ON \`_legal_documents_v_version_relations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_relations_target_idx\` ON \`_legal_documents_v_version_relations\` (\`target_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_previous_slugs_order_idx\` ON \`_legal_documents_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_previous_slugs_parent_id_idx\` ON \`_legal_documents_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_previous_slugs_slug_idx\` ON \`_legal_documents_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_change_log_order_idx\` ON \`_legal_documents_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_change_log_parent_id_idx\` ON \`_legal_documents_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v_version_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_legal_documents_v_version_change_log_locales_locale_parent_\` ON \`_legal_documents_v_version_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_returned_by\` text,
  	\`version_review_returned_at\` text,
  	\`version_review_notified\` numeric,
  	\`version_number\` text,
  	\`version_doc_type\` text,
  	\`version_issuing_agency_id\` integer,
  	\`version_central_issuer\` text,
  	\`version_signer\` text,
  	\`version_issue_date\` text,
  	\`version_effective_date\` text,
  	\`version_expiry_date\` text,
  	\`version_gazette_number\` text,
  	\`version_gazette_date\` text,
  	\`version_scope\` text,
  	\`version_slug\` text,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_vi_material_change_at\` text,
  	\`version_translation_en_updated_at\` text,
  	\`version_published_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_issuing_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_parent_idx\` ON \`_legal_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_agency_idx\` ON \`_legal_documents_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_workflow_state_idx\` ON \`_legal_documents_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_number_idx\` ON \`_legal_documents_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_issuing_agency_idx\` ON \`_legal_documents_v\` (\`version_issuing_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_issue_date_idx\` ON \`_legal_documents_v\` (\`version_issue_date\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_slug_idx\` ON \`_legal_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_translation_version_translati_idx\` ON \`_legal_documents_v\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_published_at_idx\` ON \`_legal_documents_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_updated_at_idx\` ON \`_legal_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_created_at_idx\` ON \`_legal_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_deleted_at_idx\` ON \`_legal_documents_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version__status_idx\` ON \`_legal_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_created_at_idx\` ON \`_legal_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_updated_at_idx\` ON \`_legal_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_snapshot_idx\` ON \`_legal_documents_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_published_locale_idx\` ON \`_legal_documents_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_latest_idx\` ON \`_legal_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_autosave_idx\` ON \`_legal_documents_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_locales\` (
  	\`version_title\` text,
  	\`version_abstract\` text,
  	\`version_signer_title\` text,
  	\`version_body\` text,
  	\`version_change_note\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_meta_version_meta_image_idx\` ON \`_legal_documents_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_legal_documents_v_locales_locale_parent_id_unique\` ON \`_legal_documents_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_order_idx\` ON \`_legal_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_parent_idx\` ON \`_legal_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_path_idx\` ON \`_legal_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_attachments_id_idx\` ON \`_legal_documents_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`zones_tenants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zones_tenants_order_idx\` ON \`zones_tenants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`zones_tenants_parent_id_idx\` ON \`zones_tenants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zones_tenants_locales\` (
  	\`country\` text,
  	\`activity\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`zones_tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`zones_tenants_locales_locale_parent_id_unique\` ON \`zones_tenants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zones_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zones_previous_slugs_order_idx\` ON \`zones_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`zones_previous_slugs_parent_id_idx\` ON \`zones_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`zones_previous_slugs_slug_idx\` ON \`zones_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`zones_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zones_change_log_order_idx\` ON \`zones_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`zones_change_log_parent_id_idx\` ON \`zones_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zones_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`zones_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`zones_change_log_locales_locale_parent_id_unique\` ON \`zones_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zones\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_returned_by\` text,
  	\`review_returned_at\` text,
  	\`review_notified\` numeric,
  	\`slug\` text,
  	\`zone_kind\` text,
  	\`area\` text,
  	\`area_ha\` numeric,
  	\`occupancy_percent\` numeric,
  	\`contacts_phone\` text,
  	\`contacts_email\` text,
  	\`contacts_website\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_vi_material_change_at\` text,
  	\`translation_en_updated_at\` text,
  	\`published_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`zones_agency_idx\` ON \`zones\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`zones_workflow_state_idx\` ON \`zones\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`zones_slug_idx\` ON \`zones\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`zones_zone_kind_idx\` ON \`zones\` (\`zone_kind\`);`)
  await db.run(sql`CREATE INDEX \`zones_translation_translation_state_idx\` ON \`zones\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`zones_published_at_idx\` ON \`zones\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`zones_updated_at_idx\` ON \`zones\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`zones_created_at_idx\` ON \`zones\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`zones_deleted_at_idx\` ON \`zones\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`zones__status_idx\` ON \`zones\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`zones_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`infrastructure\` text,
  	\`incentives\` text,
  	\`contacts_office\` text,
  	\`contacts_address\` text,
  	\`change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`zones_locales_locale_parent_id_unique\` ON \`zones_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zones_v_version_tenants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_zones_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zones_v_version_tenants_order_idx\` ON \`_zones_v_version_tenants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_tenants_parent_id_idx\` ON \`_zones_v_version_tenants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zones_v_version_tenants_locales\` (
  	\`country\` text,
  	\`activity\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_zones_v_version_tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_zones_v_version_tenants_locales_locale_parent_id_unique\` ON \`_zones_v_version_tenants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zones_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_zones_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zones_v_version_previous_slugs_order_idx\` ON \`_zones_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_previous_slugs_parent_id_idx\` ON \`_zones_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_previous_slugs_slug_idx\` ON \`_zones_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_zones_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_zones_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_zones_v_version_change_log_order_idx\` ON \`_zones_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_change_log_parent_id_idx\` ON \`_zones_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zones_v_version_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_zones_v_version_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_zones_v_version_change_log_locales_locale_parent_id_unique\` ON \`_zones_v_version_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_zones_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_returned_by\` text,
  	\`version_review_returned_at\` text,
  	\`version_review_notified\` numeric,
  	\`version_slug\` text,
  	\`version_zone_kind\` text,
  	\`version_area\` text,
  	\`version_area_ha\` numeric,
  	\`version_occupancy_percent\` numeric,
  	\`version_contacts_phone\` text,
  	\`version_contacts_email\` text,
  	\`version_contacts_website\` text,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_vi_material_change_at\` text,
  	\`version_translation_en_updated_at\` text,
  	\`version_published_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_zones_v_parent_idx\` ON \`_zones_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_version_agency_idx\` ON \`_zones_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_version_workflow_state_idx\` ON \`_zones_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_version_slug_idx\` ON \`_zones_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_version_zone_kind_idx\` ON \`_zones_v\` (\`version_zone_kind\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_translation_version_translation_state_idx\` ON \`_zones_v\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_version_published_at_idx\` ON \`_zones_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_version_updated_at_idx\` ON \`_zones_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_version_created_at_idx\` ON \`_zones_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_version_deleted_at_idx\` ON \`_zones_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_version_version__status_idx\` ON \`_zones_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_created_at_idx\` ON \`_zones_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_updated_at_idx\` ON \`_zones_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_snapshot_idx\` ON \`_zones_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_published_locale_idx\` ON \`_zones_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_latest_idx\` ON \`_zones_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_zones_v_autosave_idx\` ON \`_zones_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_zones_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_infrastructure\` text,
  	\`version_incentives\` text,
  	\`version_contacts_office\` text,
  	\`version_contacts_address\` text,
  	\`version_change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_zones_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_zones_v_locales_locale_parent_id_unique\` ON \`_zones_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`investment_projects_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`investment_projects_previous_slugs_order_idx\` ON \`investment_projects_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_previous_slugs_parent_id_idx\` ON \`investment_projects_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_previous_slugs_slug_idx\` ON \`investment_projects_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`investment_projects_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`investment_projects_change_log_order_idx\` ON \`investment_projects_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_change_log_parent_id_idx\` ON \`investment_projects_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`investment_projects_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_projects_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`investment_projects_change_log_locales_locale_parent_id_uniq\` ON \`investment_projects_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`investment_projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_returned_by\` text,
  	\`review_returned_at\` text,
  	\`review_notified\` numeric,
  	\`slug\` text,
  	\`sector\` text,
  	\`investment_form\` text,
  	\`project_status\` text DEFAULT 'calling',
  	\`location_area\` text,
  	\`location_commune_id\` integer,
  	\`location_zone_id\` integer,
  	\`land_area_ha\` numeric,
  	\`capital_million_vnd\` numeric,
  	\`capital_usd\` numeric,
  	\`contact_agency_id\` integer,
  	\`contact_person_name\` text,
  	\`contact_person_phone\` text,
  	\`contact_person_email\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_vi_material_change_at\` text,
  	\`translation_en_updated_at\` text,
  	\`published_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`location_commune_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`location_zone_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contact_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`investment_projects_agency_idx\` ON \`investment_projects\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_workflow_state_idx\` ON \`investment_projects\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`investment_projects_slug_idx\` ON \`investment_projects\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_sector_idx\` ON \`investment_projects\` (\`sector\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_project_status_idx\` ON \`investment_projects\` (\`project_status\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_location_location_area_idx\` ON \`investment_projects\` (\`location_area\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_location_location_commune_idx\` ON \`investment_projects\` (\`location_commune_id\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_location_location_zone_idx\` ON \`investment_projects\` (\`location_zone_id\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_capital_million_vnd_idx\` ON \`investment_projects\` (\`capital_million_vnd\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_contact_agency_idx\` ON \`investment_projects\` (\`contact_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_translation_translation_state_idx\` ON \`investment_projects\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_published_at_idx\` ON \`investment_projects\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_updated_at_idx\` ON \`investment_projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_created_at_idx\` ON \`investment_projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_deleted_at_idx\` ON \`investment_projects\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects__status_idx\` ON \`investment_projects\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`investment_projects_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`location_address\` text,
  	\`incentives\` text,
  	\`contact_person_title\` text,
  	\`change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`investment_projects_locales_locale_parent_id_unique\` ON \`investment_projects_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`investment_projects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`investment_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`investment_projects_rels_order_idx\` ON \`investment_projects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_rels_parent_idx\` ON \`investment_projects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_rels_path_idx\` ON \`investment_projects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`investment_projects_rels_attachments_id_idx\` ON \`investment_projects_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`_investment_projects_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_previous_slugs_order_idx\` ON \`_investment_projects_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_previous_slugs_parent_id_idx\` ON \`_investment_projects_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_previous_slugs_slug_idx\` ON \`_investment_projects_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_investment_projects_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_change_log_order_idx\` ON \`_investment_projects_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_change_log_parent_id_idx\` ON \`_investment_projects_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_investment_projects_v_version_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_projects_v_version_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_investment_projects_v_version_change_log_locales_locale_par\` ON \`_investment_projects_v_version_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_investment_projects_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_returned_by\` text,
  	\`version_review_returned_at\` text,
  	\`version_review_notified\` numeric,
  	\`version_slug\` text,
  	\`version_sector\` text,
  	\`version_investment_form\` text,
  	\`version_project_status\` text DEFAULT 'calling',
  	\`version_location_area\` text,
  	\`version_location_commune_id\` integer,
  	\`version_location_zone_id\` integer,
  	\`version_land_area_ha\` numeric,
  	\`version_capital_million_vnd\` numeric,
  	\`version_capital_usd\` numeric,
  	\`version_contact_agency_id\` integer,
  	\`version_contact_person_name\` text,
  	\`version_contact_person_phone\` text,
  	\`version_contact_person_email\` text,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_vi_material_change_at\` text,
  	\`version_translation_en_updated_at\` text,
  	\`version_published_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`investment_projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_location_commune_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_location_zone_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_contact_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_parent_idx\` ON \`_investment_projects_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_agency_idx\` ON \`_investment_projects_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_workflow_state_idx\` ON \`_investment_projects_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_slug_idx\` ON \`_investment_projects_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_sector_idx\` ON \`_investment_projects_v\` (\`version_sector\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_project_status_idx\` ON \`_investment_projects_v\` (\`version_project_status\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_location_version_location_idx\` ON \`_investment_projects_v\` (\`version_location_area\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_location_version_locati_1_idx\` ON \`_investment_projects_v\` (\`version_location_commune_id\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_location_version_locati_2_idx\` ON \`_investment_projects_v\` (\`version_location_zone_id\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_capital_million_v_idx\` ON \`_investment_projects_v\` (\`version_capital_million_vnd\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_contact_agency_idx\` ON \`_investment_projects_v\` (\`version_contact_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_translation_version_trans_idx\` ON \`_investment_projects_v\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_published_at_idx\` ON \`_investment_projects_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_updated_at_idx\` ON \`_investment_projects_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_created_at_idx\` ON \`_investment_projects_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version_deleted_at_idx\` ON \`_investment_projects_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_version_version__status_idx\` ON \`_investment_projects_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_created_at_idx\` ON \`_investment_projects_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_updated_at_idx\` ON \`_investment_projects_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_snapshot_idx\` ON \`_investment_projects_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_published_locale_idx\` ON \`_investment_projects_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_latest_idx\` ON \`_investment_projects_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_autosave_idx\` ON \`_investment_projects_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_investment_projects_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_location_address\` text,
  	\`version_incentives\` text,
  	\`version_contact_person_title\` text,
  	\`version_change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_investment_projects_v_locales_locale_parent_id_unique\` ON \`_investment_projects_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_investment_projects_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_investment_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_rels_order_idx\` ON \`_investment_projects_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_rels_parent_idx\` ON \`_investment_projects_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_rels_path_idx\` ON \`_investment_projects_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_investment_projects_v_rels_attachments_id_idx\` ON \`_investment_projects_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`investment_guides_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`investment_guides_steps_order_idx\` ON \`investment_guides_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_steps_parent_id_idx\` ON \`investment_guides_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`investment_guides_steps_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`time_limit\` text,
  	\`authority\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_guides_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`investment_guides_steps_locales_locale_parent_id_unique\` ON \`investment_guides_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`investment_guides_public_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`investment_guides_public_services_order_idx\` ON \`investment_guides_public_services\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_public_services_parent_id_idx\` ON \`investment_guides_public_services\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`investment_guides_public_services_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_guides_public_services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`investment_guides_public_services_locales_locale_parent_id_u\` ON \`investment_guides_public_services_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`investment_guides_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`investment_guides_previous_slugs_order_idx\` ON \`investment_guides_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_previous_slugs_parent_id_idx\` ON \`investment_guides_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_previous_slugs_slug_idx\` ON \`investment_guides_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`investment_guides_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`investment_guides_change_log_order_idx\` ON \`investment_guides_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_change_log_parent_id_idx\` ON \`investment_guides_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`investment_guides_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_guides_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`investment_guides_change_log_locales_locale_parent_id_unique\` ON \`investment_guides_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`investment_guides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_returned_by\` text,
  	\`review_returned_at\` text,
  	\`review_notified\` numeric,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 100,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_vi_material_change_at\` text,
  	\`translation_en_updated_at\` text,
  	\`published_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`investment_guides_agency_idx\` ON \`investment_guides\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_workflow_state_idx\` ON \`investment_guides\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`investment_guides_slug_idx\` ON \`investment_guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_translation_translation_state_idx\` ON \`investment_guides\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_published_at_idx\` ON \`investment_guides\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_updated_at_idx\` ON \`investment_guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_created_at_idx\` ON \`investment_guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_deleted_at_idx\` ON \`investment_guides\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides__status_idx\` ON \`investment_guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`investment_guides_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`investment_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`investment_guides_locales_locale_parent_id_unique\` ON \`investment_guides_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`investment_guides_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`investment_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`investment_guides_rels_order_idx\` ON \`investment_guides_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_rels_parent_idx\` ON \`investment_guides_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_rels_path_idx\` ON \`investment_guides_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`investment_guides_rels_legal_documents_id_idx\` ON \`investment_guides_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`_investment_guides_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_steps_order_idx\` ON \`_investment_guides_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_steps_parent_id_idx\` ON \`_investment_guides_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_investment_guides_v_version_steps_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`time_limit\` text,
  	\`authority\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_guides_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_investment_guides_v_version_steps_locales_locale_parent_id_\` ON \`_investment_guides_v_version_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_investment_guides_v_version_public_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_public_services_order_idx\` ON \`_investment_guides_v_version_public_services\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_public_services_parent_id_idx\` ON \`_investment_guides_v_version_public_services\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_investment_guides_v_version_public_services_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_guides_v_version_public_services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_investment_guides_v_version_public_services_locales_locale_\` ON \`_investment_guides_v_version_public_services_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_investment_guides_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_previous_slugs_order_idx\` ON \`_investment_guides_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_previous_slugs_parent_id_idx\` ON \`_investment_guides_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_previous_slugs_slug_idx\` ON \`_investment_guides_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_investment_guides_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_change_log_order_idx\` ON \`_investment_guides_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_change_log_parent_id_idx\` ON \`_investment_guides_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_investment_guides_v_version_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_guides_v_version_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_investment_guides_v_version_change_log_locales_locale_paren\` ON \`_investment_guides_v_version_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_investment_guides_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_returned_by\` text,
  	\`version_review_returned_at\` text,
  	\`version_review_notified\` numeric,
  	\`version_slug\` text,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_vi_material_change_at\` text,
  	\`version_translation_en_updated_at\` text,
  	\`version_published_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`investment_guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_parent_idx\` ON \`_investment_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_version_agency_idx\` ON \`_investment_guides_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_version_workflow_state_idx\` ON \`_investment_guides_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_version_slug_idx\` ON \`_investment_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_translation_version_transla_idx\` ON \`_investment_guides_v\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_version_published_at_idx\` ON \`_investment_guides_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_version_updated_at_idx\` ON \`_investment_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_version_created_at_idx\` ON \`_investment_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_version_deleted_at_idx\` ON \`_investment_guides_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_version_version__status_idx\` ON \`_investment_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_created_at_idx\` ON \`_investment_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_updated_at_idx\` ON \`_investment_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_snapshot_idx\` ON \`_investment_guides_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_published_locale_idx\` ON \`_investment_guides_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_latest_idx\` ON \`_investment_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_autosave_idx\` ON \`_investment_guides_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_investment_guides_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_investment_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_investment_guides_v_locales_locale_parent_id_unique\` ON \`_investment_guides_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_investment_guides_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_investment_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_rels_order_idx\` ON \`_investment_guides_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_rels_parent_idx\` ON \`_investment_guides_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_rels_path_idx\` ON \`_investment_guides_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_investment_guides_v_rels_legal_documents_id_idx\` ON \`_investment_guides_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`enquiries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`project_id\` integer NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`company\` text,
  	\`country\` text,
  	\`email\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`locale\` text,
  	\`handled\` integer DEFAULT false,
  	\`handling_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`project_id\`) REFERENCES \`investment_projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`enquiries_project_idx\` ON \`enquiries\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_agency_idx\` ON \`enquiries\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_handled_idx\` ON \`enquiries\` (\`handled\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_updated_at_idx\` ON \`enquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_created_at_idx\` ON \`enquiries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`plans_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_previous_slugs_order_idx\` ON \`plans_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_previous_slugs_parent_id_idx\` ON \`plans_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_previous_slugs_slug_idx\` ON \`plans_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`plans_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_change_log_order_idx\` ON \`plans_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_change_log_parent_id_idx\` ON \`plans_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plans_change_log_locales_locale_parent_id_unique\` ON \`plans_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_returned_by\` text,
  	\`review_returned_at\` text,
  	\`review_notified\` numeric,
  	\`slug\` text,
  	\`kind\` text,
  	\`level\` text,
  	\`plan_status\` text,
  	\`area\` text,
  	\`period_start\` numeric,
  	\`period_end\` numeric,
  	\`vision_year\` numeric,
  	\`approving_document_id\` integer,
  	\`approval_reference\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_vi_material_change_at\` text,
  	\`translation_en_updated_at\` text,
  	\`published_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approving_document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_agency_idx\` ON \`plans\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_workflow_state_idx\` ON \`plans\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`plans_slug_idx\` ON \`plans\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`plans_kind_idx\` ON \`plans\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`plans_level_idx\` ON \`plans\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`plans_plan_status_idx\` ON \`plans\` (\`plan_status\`);`)
  await db.run(sql`CREATE INDEX \`plans_area_idx\` ON \`plans\` (\`area\`);`)
  await db.run(sql`CREATE INDEX \`plans_period_start_idx\` ON \`plans\` (\`period_start\`);`)
  await db.run(sql`CREATE INDEX \`plans_approving_document_idx\` ON \`plans\` (\`approving_document_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_translation_translation_state_idx\` ON \`plans\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`plans_published_at_idx\` ON \`plans\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`plans_updated_at_idx\` ON \`plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plans_created_at_idx\` ON \`plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`plans_deleted_at_idx\` ON \`plans\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`plans__status_idx\` ON \`plans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`plans_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`area_detail\` text,
  	\`change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plans_locales_locale_parent_id_unique\` ON \`plans_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_rels_order_idx\` ON \`plans_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`plans_rels_parent_idx\` ON \`plans_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_rels_path_idx\` ON \`plans_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`plans_rels_attachments_id_idx\` ON \`plans_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_version_previous_slugs_order_idx\` ON \`_plans_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_previous_slugs_parent_id_idx\` ON \`_plans_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_previous_slugs_slug_idx\` ON \`_plans_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_version_change_log_order_idx\` ON \`_plans_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_change_log_parent_id_idx\` ON \`_plans_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v_version_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_plans_v_version_change_log_locales_locale_parent_id_unique\` ON \`_plans_v_version_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_returned_by\` text,
  	\`version_review_returned_at\` text,
  	\`version_review_notified\` numeric,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_level\` text,
  	\`version_plan_status\` text,
  	\`version_area\` text,
  	\`version_period_start\` numeric,
  	\`version_period_end\` numeric,
  	\`version_vision_year\` numeric,
  	\`version_approving_document_id\` integer,
  	\`version_approval_reference\` text,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_vi_material_change_at\` text,
  	\`version_translation_en_updated_at\` text,
  	\`version_published_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approving_document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_parent_idx\` ON \`_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_agency_idx\` ON \`_plans_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_workflow_state_idx\` ON \`_plans_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_slug_idx\` ON \`_plans_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_kind_idx\` ON \`_plans_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_level_idx\` ON \`_plans_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_plan_status_idx\` ON \`_plans_v\` (\`version_plan_status\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_area_idx\` ON \`_plans_v\` (\`version_area\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_period_start_idx\` ON \`_plans_v\` (\`version_period_start\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_approving_document_idx\` ON \`_plans_v\` (\`version_approving_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_translation_version_translation_state_idx\` ON \`_plans_v\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_published_at_idx\` ON \`_plans_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_updated_at_idx\` ON \`_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_created_at_idx\` ON \`_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_deleted_at_idx\` ON \`_plans_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version__status_idx\` ON \`_plans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_created_at_idx\` ON \`_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_updated_at_idx\` ON \`_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_snapshot_idx\` ON \`_plans_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_published_locale_idx\` ON \`_plans_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_latest_idx\` ON \`_plans_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_autosave_idx\` ON \`_plans_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_area_detail\` text,
  	\`version_change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_plans_v_locales_locale_parent_id_unique\` ON \`_plans_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_rels_order_idx\` ON \`_plans_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_rels_parent_idx\` ON \`_plans_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_rels_path_idx\` ON \`_plans_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_rels_attachments_id_idx\` ON \`_plans_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`budget_disclosures_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`budget_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`budget_disclosures_previous_slugs_order_idx\` ON \`budget_disclosures_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_previous_slugs_parent_id_idx\` ON \`budget_disclosures_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_previous_slugs_slug_idx\` ON \`budget_disclosures_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`budget_disclosures_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`budget_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`budget_disclosures_change_log_order_idx\` ON \`budget_disclosures_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_change_log_parent_id_idx\` ON \`budget_disclosures_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`budget_disclosures_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`budget_disclosures_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`budget_disclosures_change_log_locales_locale_parent_id_uniqu\` ON \`budget_disclosures_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`budget_disclosures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_returned_by\` text,
  	\`review_returned_at\` text,
  	\`review_notified\` numeric,
  	\`slug\` text,
  	\`fiscal_year\` numeric,
  	\`family\` text,
  	\`form_code\` text,
  	\`document_number\` text,
  	\`document_date\` text,
  	\`table_file_id\` integer,
  	\`table\` text,
  	\`totals_report\` text,
  	\`totals_mismatches\` text,
  	\`totals_override_reason\` text,
  	\`totals_override_by_id\` integer,
  	\`totals_override_at\` text,
  	\`due_date\` text,
  	\`on_time\` integer,
  	\`days_late\` numeric,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_vi_material_change_at\` text,
  	\`translation_en_updated_at\` text,
  	\`published_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`table_file_id\`) REFERENCES \`budget_table_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`totals_override_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`budget_disclosures_agency_idx\` ON \`budget_disclosures\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_workflow_state_idx\` ON \`budget_disclosures\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`budget_disclosures_slug_idx\` ON \`budget_disclosures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_fiscal_year_idx\` ON \`budget_disclosures\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_family_idx\` ON \`budget_disclosures\` (\`family\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_table_file_idx\` ON \`budget_disclosures\` (\`table_file_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_totals_override_totals_override_by_idx\` ON \`budget_disclosures\` (\`totals_override_by_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_translation_translation_state_idx\` ON \`budget_disclosures\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_published_at_idx\` ON \`budget_disclosures\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_updated_at_idx\` ON \`budget_disclosures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_created_at_idx\` ON \`budget_disclosures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_deleted_at_idx\` ON \`budget_disclosures\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures__status_idx\` ON \`budget_disclosures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`budget_disclosures_locales\` (
  	\`title\` text,
  	\`note\` text,
  	\`change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`budget_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`budget_disclosures_locales_locale_parent_id_unique\` ON \`budget_disclosures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`budget_disclosures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`budget_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`budget_disclosures_rels_order_idx\` ON \`budget_disclosures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_rels_parent_idx\` ON \`budget_disclosures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_rels_path_idx\` ON \`budget_disclosures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`budget_disclosures_rels_attachments_id_idx\` ON \`budget_disclosures_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`_budget_disclosures_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_budget_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_previous_slugs_order_idx\` ON \`_budget_disclosures_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_previous_slugs_parent_id_idx\` ON \`_budget_disclosures_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_previous_slugs_slug_idx\` ON \`_budget_disclosures_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_budget_disclosures_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_budget_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_change_log_order_idx\` ON \`_budget_disclosures_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_change_log_parent_id_idx\` ON \`_budget_disclosures_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_budget_disclosures_v_version_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_budget_disclosures_v_version_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_budget_disclosures_v_version_change_log_locales_locale_pare\` ON \`_budget_disclosures_v_version_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_budget_disclosures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_returned_by\` text,
  	\`version_review_returned_at\` text,
  	\`version_review_notified\` numeric,
  	\`version_slug\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_family\` text,
  	\`version_form_code\` text,
  	\`version_document_number\` text,
  	\`version_document_date\` text,
  	\`version_table_file_id\` integer,
  	\`version_table\` text,
  	\`version_totals_report\` text,
  	\`version_totals_mismatches\` text,
  	\`version_totals_override_reason\` text,
  	\`version_totals_override_by_id\` integer,
  	\`version_totals_override_at\` text,
  	\`version_due_date\` text,
  	\`version_on_time\` integer,
  	\`version_days_late\` numeric,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_vi_material_change_at\` text,
  	\`version_translation_en_updated_at\` text,
  	\`version_published_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`budget_disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_table_file_id\`) REFERENCES \`budget_table_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_totals_override_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_parent_idx\` ON \`_budget_disclosures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_version_agency_idx\` ON \`_budget_disclosures_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_version_workflow_state_idx\` ON \`_budget_disclosures_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_version_slug_idx\` ON \`_budget_disclosures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_version_fiscal_year_idx\` ON \`_budget_disclosures_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_version_family_idx\` ON \`_budget_disclosures_v\` (\`version_family\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_version_table_file_idx\` ON \`_budget_disclosures_v\` (\`version_table_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_totals_override_version_to_idx\` ON \`_budget_disclosures_v\` (\`version_totals_override_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_translation_version_transl_idx\` ON \`_budget_disclosures_v\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_version_published_at_idx\` ON \`_budget_disclosures_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_version_updated_at_idx\` ON \`_budget_disclosures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_version_created_at_idx\` ON \`_budget_disclosures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_version_deleted_at_idx\` ON \`_budget_disclosures_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_version_version__status_idx\` ON \`_budget_disclosures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_created_at_idx\` ON \`_budget_disclosures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_updated_at_idx\` ON \`_budget_disclosures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_snapshot_idx\` ON \`_budget_disclosures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_published_locale_idx\` ON \`_budget_disclosures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_latest_idx\` ON \`_budget_disclosures_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_autosave_idx\` ON \`_budget_disclosures_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_budget_disclosures_v_locales\` (
  	\`version_title\` text,
  	\`version_note\` text,
  	\`version_change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_budget_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_budget_disclosures_v_locales_locale_parent_id_unique\` ON \`_budget_disclosures_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_budget_disclosures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_budget_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_rels_order_idx\` ON \`_budget_disclosures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_rels_parent_idx\` ON \`_budget_disclosures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_rels_path_idx\` ON \`_budget_disclosures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_budget_disclosures_v_rels_attachments_id_idx\` ON \`_budget_disclosures_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`budget_table_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`table\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`budget_table_files_agency_idx\` ON \`budget_table_files\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_table_files_updated_at_idx\` ON \`budget_table_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`budget_table_files_created_at_idx\` ON \`budget_table_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`budget_table_files_filename_idx\` ON \`budget_table_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_catalogue_applies_to\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosure_catalogue\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_catalogue_applies_to_order_idx\` ON \`disclosure_catalogue_applies_to\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_catalogue_applies_to_parent_idx\` ON \`disclosure_catalogue_applies_to\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_catalogue_matcher_filters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosure_catalogue\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_catalogue_matcher_filters_order_idx\` ON \`disclosure_catalogue_matcher_filters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_catalogue_matcher_filters_parent_id_idx\` ON \`disclosure_catalogue_matcher_filters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_catalogue\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`category\` text NOT NULL,
  	\`legal_basis_document_id\` integer,
  	\`matcher_collection\` text NOT NULL,
  	\`deadline_kind\` text DEFAULT 'working-days-after' NOT NULL,
  	\`deadline_days\` numeric,
  	\`report_period_end\` text,
  	\`required_per_period\` numeric DEFAULT 1,
  	\`requires_english\` integer DEFAULT false,
  	\`active\` integer DEFAULT true,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`legal_basis_document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_catalogue_key_idx\` ON \`disclosure_catalogue\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_catalogue_legal_basis_legal_basis_document_idx\` ON \`disclosure_catalogue\` (\`legal_basis_document_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_catalogue_updated_at_idx\` ON \`disclosure_catalogue\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_catalogue_created_at_idx\` ON \`disclosure_catalogue\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_catalogue_locales\` (
  	\`title\` text,
  	\`legal_basis_citation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosure_catalogue\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_catalogue_locales_locale_parent_id_unique\` ON \`disclosure_catalogue_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_catalogue_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosure_catalogue\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_catalogue_texts_order_parent\` ON \`disclosure_catalogue_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosure_catalogue_v_version_applies_to\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_disclosure_catalogue_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosure_catalogue_v_version_applies_to_order_idx\` ON \`_disclosure_catalogue_v_version_applies_to\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_catalogue_v_version_applies_to_parent_idx\` ON \`_disclosure_catalogue_v_version_applies_to\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosure_catalogue_v_version_matcher_filters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_disclosure_catalogue_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosure_catalogue_v_version_matcher_filters_order_idx\` ON \`_disclosure_catalogue_v_version_matcher_filters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_catalogue_v_version_matcher_filters_parent_id_idx\` ON \`_disclosure_catalogue_v_version_matcher_filters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosure_catalogue_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text NOT NULL,
  	\`version_category\` text NOT NULL,
  	\`version_legal_basis_document_id\` integer,
  	\`version_matcher_collection\` text NOT NULL,
  	\`version_deadline_kind\` text DEFAULT 'working-days-after' NOT NULL,
  	\`version_deadline_days\` numeric,
  	\`version_report_period_end\` text,
  	\`version_required_per_period\` numeric DEFAULT 1,
  	\`version_requires_english\` integer DEFAULT false,
  	\`version_active\` integer DEFAULT true,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosure_catalogue\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_legal_basis_document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosure_catalogue_v_parent_idx\` ON \`_disclosure_catalogue_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_catalogue_v_version_version_key_idx\` ON \`_disclosure_catalogue_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_catalogue_v_version_legal_basis_version_lega_idx\` ON \`_disclosure_catalogue_v\` (\`version_legal_basis_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_catalogue_v_version_version_updated_at_idx\` ON \`_disclosure_catalogue_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_catalogue_v_version_version_created_at_idx\` ON \`_disclosure_catalogue_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_catalogue_v_created_at_idx\` ON \`_disclosure_catalogue_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosure_catalogue_v_updated_at_idx\` ON \`_disclosure_catalogue_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_disclosure_catalogue_v_locales\` (
  	\`version_title\` text,
  	\`version_legal_basis_citation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_disclosure_catalogue_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_disclosure_catalogue_v_locales_locale_parent_id_unique\` ON \`_disclosure_catalogue_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosure_catalogue_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_disclosure_catalogue_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosure_catalogue_v_texts_order_parent\` ON \`_disclosure_catalogue_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`transparency_snapshots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`agency_kind\` text NOT NULL,
  	\`period_key\` text NOT NULL,
  	\`period_from\` text NOT NULL,
  	\`period_to\` text NOT NULL,
  	\`period_label\` text NOT NULL,
  	\`evaluated_on\` text NOT NULL,
  	\`computed_at\` text NOT NULL,
  	\`criteria_version\` text NOT NULL,
  	\`total\` numeric,
  	\`completeness\` numeric,
  	\`timeliness\` numeric,
  	\`freshness\` numeric,
  	\`english\` numeric,
  	\`answers\` numeric,
  	\`dossiers\` numeric,
  	\`points_lost_rows\` numeric,
  	\`score\` text NOT NULL,
  	\`inputs\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`transparency_snapshots_key_idx\` ON \`transparency_snapshots\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`transparency_snapshots_agency_idx\` ON \`transparency_snapshots\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`transparency_snapshots_agency_kind_idx\` ON \`transparency_snapshots\` (\`agency_kind\`);`)
  await db.run(sql`CREATE INDEX \`transparency_snapshots_period_key_idx\` ON \`transparency_snapshots\` (\`period_key\`);`)
  await db.run(sql`CREATE INDEX \`transparency_snapshots_period_to_idx\` ON \`transparency_snapshots\` (\`period_to\`);`)
  await db.run(sql`CREATE INDEX \`transparency_snapshots_criteria_version_idx\` ON \`transparency_snapshots\` (\`criteria_version\`);`)
  await db.run(sql`CREATE INDEX \`transparency_snapshots_total_idx\` ON \`transparency_snapshots\` (\`total\`);`)
  await db.run(sql`CREATE INDEX \`transparency_snapshots_updated_at_idx\` ON \`transparency_snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`transparency_snapshots_created_at_idx\` ON \`transparency_snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`agency_settings_nav_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agency_settings_nav_links_order_idx\` ON \`agency_settings_nav_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_settings_nav_links_parent_id_idx\` ON \`agency_settings_nav_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agency_settings_nav_links_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_settings_nav_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agency_settings_nav_links_locales_locale_parent_id_unique\` ON \`agency_settings_nav_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agency_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`information_requests_phone\` text,
  	\`information_requests_email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agency_settings_agency_idx\` ON \`agency_settings\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`agency_settings_updated_at_idx\` ON \`agency_settings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agency_settings_created_at_idx\` ON \`agency_settings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`agency_settings_locales\` (
  	\`header_tagline\` text,
  	\`footer_text\` text,
  	\`information_requests_unit\` text,
  	\`information_requests_address\` text,
  	\`information_requests_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agency_settings_locales_locale_parent_id_unique\` ON \`agency_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`action\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`title\` text,
  	\`agency_id\` integer,
  	\`version_id\` text,
  	\`comment\` text,
  	\`ip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_agency_idx\` ON \`audit_log\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`consultations_chapters_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_chapters_articles_order_idx\` ON \`consultations_chapters_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_chapters_articles_parent_id_idx\` ON \`consultations_chapters_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_chapters_articles_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations_chapters_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`consultations_chapters_articles_locales_locale_parent_id_uni\` ON \`consultations_chapters_articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_chapters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_chapters_order_idx\` ON \`consultations_chapters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_chapters_parent_id_idx\` ON \`consultations_chapters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_chapters_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`consultations_chapters_locales_locale_parent_id_unique\` ON \`consultations_chapters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_previous_slugs_order_idx\` ON \`consultations_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_previous_slugs_parent_id_idx\` ON \`consultations_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_previous_slugs_slug_idx\` ON \`consultations_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`consultations_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_change_log_order_idx\` ON \`consultations_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_change_log_parent_id_idx\` ON \`consultations_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`consultations_change_log_locales_locale_parent_id_unique\` ON \`consultations_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_returned_by\` text,
  	\`review_returned_at\` text,
  	\`review_notified\` numeric,
  	\`slug\` text,
  	\`draft_kind\` text DEFAULT 'hdnd-resolution',
  	\`open_date\` text,
  	\`close_date\` text,
  	\`concluded\` integer DEFAULT false,
  	\`report_published_at\` text,
  	\`final_document_id\` integer,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_vi_material_change_at\` text,
  	\`translation_en_updated_at\` text,
  	\`published_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`final_document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_agency_idx\` ON \`consultations\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_workflow_state_idx\` ON \`consultations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consultations_slug_idx\` ON \`consultations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`consultations_open_date_idx\` ON \`consultations\` (\`open_date\`);`)
  await db.run(sql`CREATE INDEX \`consultations_close_date_idx\` ON \`consultations\` (\`close_date\`);`)
  await db.run(sql`CREATE INDEX \`consultations_concluded_idx\` ON \`consultations\` (\`concluded\`);`)
  await db.run(sql`CREATE INDEX \`consultations_final_document_idx\` ON \`consultations\` (\`final_document_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_translation_translation_state_idx\` ON \`consultations\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`consultations_published_at_idx\` ON \`consultations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_updated_at_idx\` ON \`consultations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_at_idx\` ON \`consultations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_deleted_at_idx\` ON \`consultations\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations__status_idx\` ON \`consultations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`consultations_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`consulted\` text,
  	\`report_intro\` text,
  	\`change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`consultations_locales_locale_parent_id_unique\` ON \`consultations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_rels_order_idx\` ON \`consultations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_parent_idx\` ON \`consultations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_path_idx\` ON \`consultations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_attachments_id_idx\` ON \`consultations_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_chapters_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v_version_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_chapters_articles_order_idx\` ON \`_consultations_v_version_chapters_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_chapters_articles_parent_id_idx\` ON \`_consultations_v_version_chapters_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_chapters_articles_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v_version_chapters_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_consultations_v_version_chapters_articles_locales_locale_pa\` ON \`_consultations_v_version_chapters_articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_chapters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_chapters_order_idx\` ON \`_consultations_v_version_chapters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_chapters_parent_id_idx\` ON \`_consultations_v_version_chapters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_chapters_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v_version_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_consultations_v_version_chapters_locales_locale_parent_id_u\` ON \`_consultations_v_version_chapters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_previous_slugs_order_idx\` ON \`_consultations_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_previous_slugs_parent_id_idx\` ON \`_consultations_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_previous_slugs_slug_idx\` ON \`_consultations_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_change_log_order_idx\` ON \`_consultations_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_change_log_parent_id_idx\` ON \`_consultations_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v_version_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_consultations_v_version_change_log_locales_locale_parent_id\` ON \`_consultations_v_version_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_returned_by\` text,
  	\`version_review_returned_at\` text,
  	\`version_review_notified\` numeric,
  	\`version_slug\` text,
  	\`version_draft_kind\` text DEFAULT 'hdnd-resolution',
  	\`version_open_date\` text,
  	\`version_close_date\` text,
  	\`version_concluded\` integer DEFAULT false,
  	\`version_report_published_at\` text,
  	\`version_final_document_id\` integer,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_vi_material_change_at\` text,
  	\`version_translation_en_updated_at\` text,
  	\`version_published_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_final_document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_parent_idx\` ON \`_consultations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_agency_idx\` ON \`_consultations_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_workflow_state_idx\` ON \`_consultations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_slug_idx\` ON \`_consultations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_open_date_idx\` ON \`_consultations_v\` (\`version_open_date\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_close_date_idx\` ON \`_consultations_v\` (\`version_close_date\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_concluded_idx\` ON \`_consultations_v\` (\`version_concluded\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_final_document_idx\` ON \`_consultations_v\` (\`version_final_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_translation_version_translation_idx\` ON \`_consultations_v\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_published_at_idx\` ON \`_consultations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_updated_at_idx\` ON \`_consultations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_created_at_idx\` ON \`_consultations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_deleted_at_idx\` ON \`_consultations_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version__status_idx\` ON \`_consultations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_created_at_idx\` ON \`_consultations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_updated_at_idx\` ON \`_consultations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_snapshot_idx\` ON \`_consultations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_published_locale_idx\` ON \`_consultations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_latest_idx\` ON \`_consultations_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_autosave_idx\` ON \`_consultations_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_consulted\` text,
  	\`version_report_intro\` text,
  	\`version_change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_consultations_v_locales_locale_parent_id_unique\` ON \`_consultations_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_order_idx\` ON \`_consultations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_parent_idx\` ON \`_consultations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_path_idx\` ON \`_consultations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_attachments_id_idx\` ON \`_consultations_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`consultation_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consultation_id\` integer NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`article\` text,
  	\`name\` text NOT NULL,
  	\`organisation\` text,
  	\`email\` text,
  	\`text\` text NOT NULL,
  	\`attachment_id\` integer,
  	\`excerpt\` text,
  	\`lang\` text DEFAULT 'vi',
  	\`moderation\` text DEFAULT 'pending' NOT NULL,
  	\`moderation_reason\` text,
  	\`response\` text,
  	\`notified_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`comment_attachments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_comments_consultation_idx\` ON \`consultation_comments\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_agency_idx\` ON \`consultation_comments\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_article_idx\` ON \`consultation_comments\` (\`article\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_attachment_idx\` ON \`consultation_comments\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_moderation_idx\` ON \`consultation_comments\` (\`moderation\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_response_idx\` ON \`consultation_comments\` (\`response\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_updated_at_idx\` ON \`consultation_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_created_at_idx\` ON \`consultation_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`consultation_comments_locales\` (
  	\`explanation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultation_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`consultation_comments_locales_locale_parent_id_unique\` ON \`consultation_comments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comment_attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_attachments_agency_idx\` ON \`comment_attachments\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_attachments_updated_at_idx\` ON \`comment_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comment_attachments_created_at_idx\` ON \`comment_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comment_attachments_filename_idx\` ON \`comment_attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`ratings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`item\` text NOT NULL,
  	\`section\` text NOT NULL,
  	\`title\` text,
  	\`path\` text,
  	\`agency_id\` integer,
  	\`day\` text NOT NULL,
  	\`useful\` text,
  	\`score\` text,
  	\`reason\` text,
  	\`remark\` text,
  	\`lang\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ratings_key_idx\` ON \`ratings\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`ratings_item_idx\` ON \`ratings\` (\`item\`);`)
  await db.run(sql`CREATE INDEX \`ratings_section_idx\` ON \`ratings\` (\`section\`);`)
  await db.run(sql`CREATE INDEX \`ratings_agency_idx\` ON \`ratings\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`ratings_day_idx\` ON \`ratings\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`ratings_useful_idx\` ON \`ratings\` (\`useful\`);`)
  await db.run(sql`CREATE INDEX \`ratings_updated_at_idx\` ON \`ratings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ratings_created_at_idx\` ON \`ratings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`procedures_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`copies\` numeric DEFAULT 1,
  	\`form\` text DEFAULT 'original',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_documents_order_idx\` ON \`procedures_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_documents_parent_id_idx\` ON \`procedures_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_documents_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_documents_locales_locale_parent_id_unique\` ON \`procedures_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_previous_slugs_order_idx\` ON \`procedures_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_previous_slugs_parent_id_idx\` ON \`procedures_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_previous_slugs_slug_idx\` ON \`procedures_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`procedures_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_change_log_order_idx\` ON \`procedures_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_change_log_parent_id_idx\` ON \`procedures_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_change_log_locales_locale_parent_id_unique\` ON \`procedures_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_returned_by\` text,
  	\`review_returned_at\` text,
  	\`review_notified\` numeric,
  	\`code\` text,
  	\`code_digits\` text,
  	\`slug\` text,
  	\`field\` text DEFAULT 'other',
  	\`level\` text,
  	\`legacy_level\` text,
  	\`processing_days\` numeric,
  	\`national_url\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_vi_material_change_at\` text,
  	\`translation_en_updated_at\` text,
  	\`published_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_agency_idx\` ON \`procedures\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_state_idx\` ON \`procedures\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_code_idx\` ON \`procedures\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`procedures_code_digits_idx\` ON \`procedures\` (\`code_digits\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_slug_idx\` ON \`procedures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`procedures_field_idx\` ON \`procedures\` (\`field\`);`)
  await db.run(sql`CREATE INDEX \`procedures_level_idx\` ON \`procedures\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`procedures_translation_translation_state_idx\` ON \`procedures\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`procedures_published_at_idx\` ON \`procedures\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_deleted_at_idx\` ON \`procedures\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`procedures_locales\` (
  	\`name\` text,
  	\`partial_reason\` text,
  	\`processing_note\` text,
  	\`fees\` text,
  	\`applicants\` text,
  	\`submission\` text,
  	\`legal_basis_text\` text,
  	\`change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_locales_locale_parent_id_unique\` ON \`procedures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_rels_order_idx\` ON \`procedures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_parent_idx\` ON \`procedures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_path_idx\` ON \`procedures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_attachments_id_idx\` ON \`procedures_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_legal_documents_id_idx\` ON \`procedures_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`copies\` numeric DEFAULT 1,
  	\`form\` text DEFAULT 'original',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_documents_order_idx\` ON \`_procedures_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_documents_parent_id_idx\` ON \`_procedures_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_documents_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_procedures_v_version_documents_locales_locale_parent_id_uni\` ON \`_procedures_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_previous_slugs_order_idx\` ON \`_procedures_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_previous_slugs_parent_id_idx\` ON \`_procedures_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_previous_slugs_slug_idx\` ON \`_procedures_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_change_log_order_idx\` ON \`_procedures_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_change_log_parent_id_idx\` ON \`_procedures_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v_version_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_procedures_v_version_change_log_locales_locale_parent_id_un\` ON \`_procedures_v_version_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_returned_by\` text,
  	\`version_review_returned_at\` text,
  	\`version_review_notified\` numeric,
  	\`version_code\` text,
  	\`version_code_digits\` text,
  	\`version_slug\` text,
  	\`version_field\` text DEFAULT 'other',
  	\`version_level\` text,
  	\`version_legacy_level\` text,
  	\`version_processing_days\` numeric,
  	\`version_national_url\` text,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_vi_material_change_at\` text,
  	\`version_translation_en_updated_at\` text,
  	\`version_published_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_agency_idx\` ON \`_procedures_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_workflow_state_idx\` ON \`_procedures_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_code_idx\` ON \`_procedures_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_code_digits_idx\` ON \`_procedures_v\` (\`version_code_digits\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_slug_idx\` ON \`_procedures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_field_idx\` ON \`_procedures_v\` (\`version_field\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_level_idx\` ON \`_procedures_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_translation_version_translation_st_idx\` ON \`_procedures_v\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_published_at_idx\` ON \`_procedures_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_updated_at_idx\` ON \`_procedures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_created_at_idx\` ON \`_procedures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_deleted_at_idx\` ON \`_procedures_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version__status_idx\` ON \`_procedures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_created_at_idx\` ON \`_procedures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_updated_at_idx\` ON \`_procedures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_snapshot_idx\` ON \`_procedures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_published_locale_idx\` ON \`_procedures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_latest_idx\` ON \`_procedures_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_autosave_idx\` ON \`_procedures_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_locales\` (
  	\`version_name\` text,
  	\`version_partial_reason\` text,
  	\`version_processing_note\` text,
  	\`version_fees\` text,
  	\`version_applicants\` text,
  	\`version_submission\` text,
  	\`version_legal_basis_text\` text,
  	\`version_change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_procedures_v_locales_locale_parent_id_unique\` ON \`_procedures_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_order_idx\` ON \`_procedures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_parent_idx\` ON \`_procedures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_path_idx\` ON \`_procedures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_attachments_id_idx\` ON \`_procedures_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_legal_documents_id_idx\` ON \`_procedures_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`procedure_imports_plan\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`row\` numeric,
  	\`code\` text,
  	\`action\` text,
  	\`message\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedure_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedure_imports_plan_order_idx\` ON \`procedure_imports_plan\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedure_imports_plan_parent_id_idx\` ON \`procedure_imports_plan\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedure_imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`mode\` text DEFAULT 'dry-run' NOT NULL,
  	\`title\` text,
  	\`outcome\` text,
  	\`applied\` integer,
  	\`user_id\` integer,
  	\`to_create\` numeric,
  	\`to_update\` numeric,
  	\`refused\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`procedure_imports_user_idx\` ON \`procedure_imports\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`procedure_imports_updated_at_idx\` ON \`procedure_imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedure_imports_created_at_idx\` ON \`procedure_imports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedure_imports_filename_idx\` ON \`procedure_imports\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`dossiers_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text NOT NULL,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dossiers_history_order_idx\` ON \`dossiers_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_history_parent_id_idx\` ON \`dossiers_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dossiers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`procedure_code\` text NOT NULL,
  	\`procedure_id\` integer,
  	\`agency_id\` integer NOT NULL,
  	\`handling_unit\` text,
  	\`received_at\` text NOT NULL,
  	\`due_at\` text NOT NULL,
  	\`result_at\` text,
  	\`status\` text NOT NULL,
  	\`factor_hash\` text,
  	\`source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`dossiers_code_idx\` ON \`dossiers\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_procedure_code_idx\` ON \`dossiers\` (\`procedure_code\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_procedure_idx\` ON \`dossiers\` (\`procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_agency_idx\` ON \`dossiers\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_received_at_idx\` ON \`dossiers\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_due_at_idx\` ON \`dossiers\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_result_at_idx\` ON \`dossiers\` (\`result_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_status_idx\` ON \`dossiers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_updated_at_idx\` ON \`dossiers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_created_at_idx\` ON \`dossiers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`dossier_imports_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`row\` numeric,
  	\`field\` text,
  	\`message\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dossier_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dossier_imports_problems_order_idx\` ON \`dossier_imports_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dossier_imports_problems_parent_id_idx\` ON \`dossier_imports_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dossier_imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`agency_id\` integer,
  	\`source\` text,
  	\`user_id\` integer,
  	\`token_id\` integer,
  	\`created\` numeric,
  	\`updated\` numeric,
  	\`unchanged\` numeric,
  	\`refused\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`token_id\`) REFERENCES \`dossier_tokens\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dossier_imports_agency_idx\` ON \`dossier_imports\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`dossier_imports_user_idx\` ON \`dossier_imports\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`dossier_imports_token_idx\` ON \`dossier_imports\` (\`token_id\`);`)
  await db.run(sql`CREATE INDEX \`dossier_imports_updated_at_idx\` ON \`dossier_imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dossier_imports_created_at_idx\` ON \`dossier_imports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dossier_imports_filename_idx\` ON \`dossier_imports\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`dossier_tokens\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`token_hash\` text,
  	\`token_hint\` text,
  	\`revoked\` integer DEFAULT false,
  	\`revoked_at\` text,
  	\`last_used_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dossier_tokens_agency_idx\` ON \`dossier_tokens\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`dossier_tokens_token_hash_idx\` ON \`dossier_tokens\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`dossier_tokens_revoked_idx\` ON \`dossier_tokens\` (\`revoked\`);`)
  await db.run(sql`CREATE INDEX \`dossier_tokens_updated_at_idx\` ON \`dossier_tokens\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dossier_tokens_created_at_idx\` ON \`dossier_tokens\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`by\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_history_order_idx\` ON \`questions_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`questions_history_parent_id_idx\` ON \`questions_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`state\` text DEFAULT 'received' NOT NULL,
  	\`agency_id\` integer,
  	\`due_on\` text,
  	\`due_basis\` text,
  	\`reminded_for\` text,
  	\`received_on\` text NOT NULL,
  	\`assigned_on\` text,
  	\`closed_on\` text,
  	\`asker_kind\` text NOT NULL,
  	\`field\` text NOT NULL,
  	\`requested_agency_id\` integer,
  	\`asker_name\` text NOT NULL,
  	\`organisation\` text,
  	\`registration_number\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`title\` text NOT NULL,
  	\`question\` text NOT NULL,
  	\`consent_to_publish\` integer DEFAULT false,
  	\`public_asker\` text,
  	\`locale\` text,
  	\`refusal\` text,
  	\`duplicate_of_id\` integer,
  	\`answer_id\` integer,
  	\`private_answer\` text,
  	\`note\` text,
  	\`follow_token\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`duplicate_of_id\`) REFERENCES \`question_answers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`answer_id\`) REFERENCES \`question_answers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_code_idx\` ON \`questions\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`questions_state_idx\` ON \`questions\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`questions_agency_idx\` ON \`questions\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_due_on_idx\` ON \`questions\` (\`due_on\`);`)
  await db.run(sql`CREATE INDEX \`questions_received_on_idx\` ON \`questions\` (\`received_on\`);`)
  await db.run(sql`CREATE INDEX \`questions_field_idx\` ON \`questions\` (\`field\`);`)
  await db.run(sql`CREATE INDEX \`questions_requested_agency_idx\` ON \`questions\` (\`requested_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_duplicate_of_idx\` ON \`questions\` (\`duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_answer_idx\` ON \`questions\` (\`answer_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_follow_token_idx\` ON \`questions\` (\`follow_token\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`question_attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`question_attachments_id\`) REFERENCES \`question_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_rels_order_idx\` ON \`questions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_parent_idx\` ON \`questions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_path_idx\` ON \`questions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_question_attachments_id_idx\` ON \`questions_rels\` (\`question_attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`question_attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`question_attachments_agency_idx\` ON \`question_attachments\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`question_attachments_updated_at_idx\` ON \`question_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`question_attachments_created_at_idx\` ON \`question_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`question_attachments_filename_idx\` ON \`question_attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`question_answers_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`question_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`question_answers_previous_slugs_order_idx\` ON \`question_answers_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_previous_slugs_parent_id_idx\` ON \`question_answers_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_previous_slugs_slug_idx\` ON \`question_answers_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`question_answers_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`question_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`question_answers_change_log_order_idx\` ON \`question_answers_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_change_log_parent_id_idx\` ON \`question_answers_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`question_answers_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`question_answers_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`question_answers_change_log_locales_locale_parent_id_unique\` ON \`question_answers_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`question_answers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_returned_by\` text,
  	\`review_returned_at\` text,
  	\`review_notified\` numeric,
  	\`slug\` text,
  	\`code\` text,
  	\`field\` text,
  	\`asker_kind\` text,
  	\`public_asker\` text,
  	\`asked_on\` text,
  	\`due_on\` text,
  	\`answered_on\` text,
  	\`days_taken\` numeric,
  	\`on_time\` integer,
  	\`question_id\` integer,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_vi_material_change_at\` text,
  	\`translation_en_updated_at\` text,
  	\`published_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`question_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`question_answers_agency_idx\` ON \`question_answers\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_workflow_state_idx\` ON \`question_answers\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`question_answers_slug_idx\` ON \`question_answers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_code_idx\` ON \`question_answers\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_field_idx\` ON \`question_answers\` (\`field\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_asked_on_idx\` ON \`question_answers\` (\`asked_on\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_answered_on_idx\` ON \`question_answers\` (\`answered_on\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_question_idx\` ON \`question_answers\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_translation_translation_state_idx\` ON \`question_answers\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_published_at_idx\` ON \`question_answers\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_updated_at_idx\` ON \`question_answers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_created_at_idx\` ON \`question_answers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_deleted_at_idx\` ON \`question_answers\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`question_answers__status_idx\` ON \`question_answers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`question_answers_locales\` (
  	\`title\` text,
  	\`question_text\` text,
  	\`answer\` text,
  	\`change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`question_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`question_answers_locales_locale_parent_id_unique\` ON \`question_answers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`question_answers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`question_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`question_answers_rels_order_idx\` ON \`question_answers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_rels_parent_idx\` ON \`question_answers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_rels_path_idx\` ON \`question_answers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`question_answers_rels_legal_documents_id_idx\` ON \`question_answers_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`_question_answers_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_question_answers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_previous_slugs_order_idx\` ON \`_question_answers_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_previous_slugs_parent_id_idx\` ON \`_question_answers_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_previous_slugs_slug_idx\` ON \`_question_answers_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_question_answers_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_question_answers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_change_log_order_idx\` ON \`_question_answers_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_change_log_parent_id_idx\` ON \`_question_answers_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_question_answers_v_version_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_question_answers_v_version_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_question_answers_v_version_change_log_locales_locale_parent\` ON \`_question_answers_v_version_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_question_answers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_returned_by\` text,
  	\`version_review_returned_at\` text,
  	\`version_review_notified\` numeric,
  	\`version_slug\` text,
  	\`version_code\` text,
  	\`version_field\` text,
  	\`version_asker_kind\` text,
  	\`version_public_asker\` text,
  	\`version_asked_on\` text,
  	\`version_due_on\` text,
  	\`version_answered_on\` text,
  	\`version_days_taken\` numeric,
  	\`version_on_time\` integer,
  	\`version_question_id\` integer,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_vi_material_change_at\` text,
  	\`version_translation_en_updated_at\` text,
  	\`version_published_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`question_answers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_question_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_question_answers_v_parent_idx\` ON \`_question_answers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version_agency_idx\` ON \`_question_answers_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version_workflow_state_idx\` ON \`_question_answers_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version_slug_idx\` ON \`_question_answers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version_code_idx\` ON \`_question_answers_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version_field_idx\` ON \`_question_answers_v\` (\`version_field\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version_asked_on_idx\` ON \`_question_answers_v\` (\`version_asked_on\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version_answered_on_idx\` ON \`_question_answers_v\` (\`version_answered_on\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version_question_idx\` ON \`_question_answers_v\` (\`version_question_id\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_translation_version_translat_idx\` ON \`_question_answers_v\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version_published_at_idx\` ON \`_question_answers_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version_updated_at_idx\` ON \`_question_answers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version_created_at_idx\` ON \`_question_answers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version_deleted_at_idx\` ON \`_question_answers_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_version_version__status_idx\` ON \`_question_answers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_created_at_idx\` ON \`_question_answers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_updated_at_idx\` ON \`_question_answers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_snapshot_idx\` ON \`_question_answers_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_published_locale_idx\` ON \`_question_answers_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_latest_idx\` ON \`_question_answers_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_autosave_idx\` ON \`_question_answers_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_question_answers_v_locales\` (
  	\`version_title\` text,
  	\`version_question_text\` text,
  	\`version_answer\` text,
  	\`version_change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_question_answers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_question_answers_v_locales_locale_parent_id_unique\` ON \`_question_answers_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_question_answers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_question_answers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_question_answers_v_rels_order_idx\` ON \`_question_answers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_rels_parent_idx\` ON \`_question_answers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_rels_path_idx\` ON \`_question_answers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_question_answers_v_rels_legal_documents_id_idx\` ON \`_question_answers_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`information_requests_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`by\` text,
  	\`disclosure_id\` integer,
  	\`note\` text,
  	FOREIGN KEY (\`disclosure_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`information_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`information_requests_history_order_idx\` ON \`information_requests_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_history_parent_id_idx\` ON \`information_requests_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_history_disclosure_idx\` ON \`information_requests_history\` (\`disclosure_id\`);`)
  await db.run(sql`CREATE TABLE \`information_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`state\` text DEFAULT 'received' NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`channel\` text DEFAULT 'online' NOT NULL,
  	\`received_on\` text,
  	\`notice_due\` text,
  	\`due_on\` text,
  	\`closed_on\` text,
  	\`due_basis\` text,
  	\`extension_days\` numeric,
  	\`days_taken\` numeric,
  	\`on_time\` integer,
  	\`public_summary\` text NOT NULL,
  	\`requester_kind\` text NOT NULL,
  	\`requester_name\` text NOT NULL,
  	\`organisation\` text,
  	\`residence\` text,
  	\`identity_number\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`postal_address\` text,
  	\`information\` text NOT NULL,
  	\`document_name\` text,
  	\`delivery\` text NOT NULL,
  	\`purpose\` text NOT NULL,
  	\`ground\` text,
  	\`disclosure_id\` integer,
  	\`note\` text,
  	\`follow_token\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`disclosure_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`information_requests_code_idx\` ON \`information_requests\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_state_idx\` ON \`information_requests\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_agency_idx\` ON \`information_requests\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_disclosure_idx\` ON \`information_requests\` (\`disclosure_id\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_follow_token_idx\` ON \`information_requests\` (\`follow_token\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_updated_at_idx\` ON \`information_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_created_at_idx\` ON \`information_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`legal_guides_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_guides_previous_slugs_order_idx\` ON \`legal_guides_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_previous_slugs_parent_id_idx\` ON \`legal_guides_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_previous_slugs_slug_idx\` ON \`legal_guides_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`legal_guides_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_guides_change_log_order_idx\` ON \`legal_guides_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_change_log_parent_id_idx\` ON \`legal_guides_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_guides_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_guides_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_guides_change_log_locales_locale_parent_id_unique\` ON \`legal_guides_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_guides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_returned_by\` text,
  	\`review_returned_at\` text,
  	\`review_notified\` numeric,
  	\`slug\` text,
  	\`field\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_vi_material_change_at\` text,
  	\`translation_en_updated_at\` text,
  	\`published_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_guides_agency_idx\` ON \`legal_guides\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_workflow_state_idx\` ON \`legal_guides\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_guides_slug_idx\` ON \`legal_guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_field_idx\` ON \`legal_guides\` (\`field\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_translation_translation_state_idx\` ON \`legal_guides\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_published_at_idx\` ON \`legal_guides\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_updated_at_idx\` ON \`legal_guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_created_at_idx\` ON \`legal_guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_deleted_at_idx\` ON \`legal_guides\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides__status_idx\` ON \`legal_guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`legal_guides_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_guides_locales_locale_parent_id_unique\` ON \`legal_guides_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_guides_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_guides_rels_order_idx\` ON \`legal_guides_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_rels_parent_idx\` ON \`legal_guides_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_rels_path_idx\` ON \`legal_guides_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`legal_guides_rels_legal_documents_id_idx\` ON \`legal_guides_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_guides_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_previous_slugs_order_idx\` ON \`_legal_guides_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_previous_slugs_parent_id_idx\` ON \`_legal_guides_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_previous_slugs_slug_idx\` ON \`_legal_guides_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_legal_guides_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_change_log_order_idx\` ON \`_legal_guides_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_change_log_parent_id_idx\` ON \`_legal_guides_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_guides_v_version_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_guides_v_version_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_legal_guides_v_version_change_log_locales_locale_parent_id_\` ON \`_legal_guides_v_version_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_guides_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_returned_by\` text,
  	\`version_review_returned_at\` text,
  	\`version_review_notified\` numeric,
  	\`version_slug\` text,
  	\`version_field\` text,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_vi_material_change_at\` text,
  	\`version_translation_en_updated_at\` text,
  	\`version_published_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_parent_idx\` ON \`_legal_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_version_agency_idx\` ON \`_legal_guides_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_version_workflow_state_idx\` ON \`_legal_guides_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_version_slug_idx\` ON \`_legal_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_version_field_idx\` ON \`_legal_guides_v\` (\`version_field\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_translation_version_translation__idx\` ON \`_legal_guides_v\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_version_published_at_idx\` ON \`_legal_guides_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_version_updated_at_idx\` ON \`_legal_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_version_created_at_idx\` ON \`_legal_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_version_deleted_at_idx\` ON \`_legal_guides_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_version_version__status_idx\` ON \`_legal_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_created_at_idx\` ON \`_legal_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_updated_at_idx\` ON \`_legal_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_snapshot_idx\` ON \`_legal_guides_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_published_locale_idx\` ON \`_legal_guides_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_latest_idx\` ON \`_legal_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_autosave_idx\` ON \`_legal_guides_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_legal_guides_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_legal_guides_v_locales_locale_parent_id_unique\` ON \`_legal_guides_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_guides_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_legal_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_rels_order_idx\` ON \`_legal_guides_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_rels_parent_idx\` ON \`_legal_guides_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_rels_path_idx\` ON \`_legal_guides_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_legal_guides_v_rels_legal_documents_id_idx\` ON \`_legal_guides_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_consultants_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_consultants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_consultants_fields_order_idx\` ON \`legal_consultants_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`legal_consultants_fields_parent_idx\` ON \`legal_consultants_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_consultants_fields_value_idx\` ON \`legal_consultants_fields\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`legal_consultants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`work_phone\` text,
  	\`work_email\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_consultants_active_idx\` ON \`legal_consultants\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`legal_consultants_updated_at_idx\` ON \`legal_consultants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_consultants_created_at_idx\` ON \`legal_consultants\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`legal_consultants_locales\` (
  	\`position\` text,
  	\`organisation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_consultants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_consultants_locales_locale_parent_id_unique\` ON \`legal_consultants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`alerts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`severity\` text DEFAULT 'warning' NOT NULL,
  	\`agency_id\` integer,
  	\`starts_at\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`link\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`alerts_agency_idx\` ON \`alerts\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_starts_at_idx\` ON \`alerts\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_expires_at_idx\` ON \`alerts\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_updated_at_idx\` ON \`alerts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_created_at_idx\` ON \`alerts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`alerts_locales\` (
  	\`message\` text NOT NULL,
  	\`link_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`alerts_locales_locale_parent_id_unique\` ON \`alerts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`businesses_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`businesses_sessions_order_idx\` ON \`businesses_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`businesses_sessions_parent_id_idx\` ON \`businesses_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`businesses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`registration_number\` text NOT NULL,
  	\`legal_name\` text NOT NULL,
  	\`address\` text NOT NULL,
  	\`commune_id\` integer NOT NULL,
  	\`representative\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`verified\` integer DEFAULT false,
  	\`verified_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`_verified\` integer,
  	\`_verificationtoken\` text,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`businesses_registration_number_idx\` ON \`businesses\` (\`registration_number\`);`)
  await db.run(sql`CREATE INDEX \`businesses_commune_idx\` ON \`businesses\` (\`commune_id\`);`)
  await db.run(sql`CREATE INDEX \`businesses_verified_idx\` ON \`businesses\` (\`verified\`);`)
  await db.run(sql`CREATE INDEX \`businesses_updated_at_idx\` ON \`businesses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`businesses_created_at_idx\` ON \`businesses\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`businesses_email_idx\` ON \`businesses\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`market_images\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`owner_id\` integer NOT NULL,
  	\`approved\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`market_images_owner_idx\` ON \`market_images\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`market_images_approved_idx\` ON \`market_images\` (\`approved\`);`)
  await db.run(sql`CREATE INDEX \`market_images_updated_at_idx\` ON \`market_images\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`market_images_created_at_idx\` ON \`market_images\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`market_images_filename_idx\` ON \`market_images\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`market_images_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`market_images\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`market_images_sizes_card_sizes_card_filename_idx\` ON \`market_images\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`market_images_sizes_large_sizes_large_filename_idx\` ON \`market_images\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`market_images_locales\` (
  	\`alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`market_images\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`market_images_locales_locale_parent_id_unique\` ON \`market_images_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`booths_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`booths\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`booths_categories_order_idx\` ON \`booths_categories\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`booths_categories_parent_idx\` ON \`booths_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`booths_marketplace_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`booths\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`booths_marketplace_links_order_idx\` ON \`booths_marketplace_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`booths_marketplace_links_parent_id_idx\` ON \`booths_marketplace_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`booths\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`owner_id\` integer,
  	\`moderation_state\` text DEFAULT 'draft',
  	\`moderation_reason\` text,
  	\`moderation_decided_at\` text,
  	\`logo_id\` integer,
  	\`commune_id\` integer,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`contact_email\` text,
  	\`website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`market_images\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`booths_slug_idx\` ON \`booths\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`booths_owner_idx\` ON \`booths\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`booths_moderation_moderation_state_idx\` ON \`booths\` (\`moderation_state\`);`)
  await db.run(sql`CREATE INDEX \`booths_logo_idx\` ON \`booths\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`booths_commune_idx\` ON \`booths\` (\`commune_id\`);`)
  await db.run(sql`CREATE INDEX \`booths_updated_at_idx\` ON \`booths\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`booths_created_at_idx\` ON \`booths\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`booths__status_idx\` ON \`booths\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`booths_locales\` (
  	\`description\` text,
  	\`opening_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`booths\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`booths_locales_locale_parent_id_unique\` ON \`booths_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`booths_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`market_images_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`booths\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`market_images_id\`) REFERENCES \`market_images\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`booths_rels_order_idx\` ON \`booths_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`booths_rels_parent_idx\` ON \`booths_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`booths_rels_path_idx\` ON \`booths_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`booths_rels_market_images_id_idx\` ON \`booths_rels\` (\`market_images_id\`);`)
  await db.run(sql`CREATE TABLE \`_booths_v_version_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_booths_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_booths_v_version_categories_order_idx\` ON \`_booths_v_version_categories\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_version_categories_parent_idx\` ON \`_booths_v_version_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_booths_v_version_marketplace_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`platform\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_booths_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_booths_v_version_marketplace_links_order_idx\` ON \`_booths_v_version_marketplace_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_version_marketplace_links_parent_id_idx\` ON \`_booths_v_version_marketplace_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_booths_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_owner_id\` integer,
  	\`version_moderation_state\` text DEFAULT 'draft',
  	\`version_moderation_reason\` text,
  	\`version_moderation_decided_at\` text,
  	\`version_logo_id\` integer,
  	\`version_commune_id\` integer,
  	\`version_contact_phone\` text,
  	\`version_contact_address\` text,
  	\`version_contact_email\` text,
  	\`version_website\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`booths\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`market_images\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_commune_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_booths_v_parent_idx\` ON \`_booths_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_version_version_slug_idx\` ON \`_booths_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_version_version_owner_idx\` ON \`_booths_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_version_moderation_version_moderation_state_idx\` ON \`_booths_v\` (\`version_moderation_state\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_version_version_logo_idx\` ON \`_booths_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_version_version_commune_idx\` ON \`_booths_v\` (\`version_commune_id\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_version_version_updated_at_idx\` ON \`_booths_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_version_version_created_at_idx\` ON \`_booths_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_version_version__status_idx\` ON \`_booths_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_created_at_idx\` ON \`_booths_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_updated_at_idx\` ON \`_booths_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_snapshot_idx\` ON \`_booths_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_published_locale_idx\` ON \`_booths_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_latest_idx\` ON \`_booths_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_booths_v_locales\` (
  	\`version_description\` text,
  	\`version_opening_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_booths_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_booths_v_locales_locale_parent_id_unique\` ON \`_booths_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_booths_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`market_images_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_booths_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`market_images_id\`) REFERENCES \`market_images\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_booths_v_rels_order_idx\` ON \`_booths_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_rels_parent_idx\` ON \`_booths_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_rels_path_idx\` ON \`_booths_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_booths_v_rels_market_images_id_idx\` ON \`_booths_v_rels\` (\`market_images_id\`);`)
  await db.run(sql`CREATE TABLE \`products\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`owner_id\` integer,
  	\`moderation_state\` text DEFAULT 'draft',
  	\`moderation_reason\` text,
  	\`moderation_decided_at\` text,
  	\`category\` text,
  	\`ocop_stars\` numeric,
  	\`ocop_certificate_number\` text,
  	\`ocop_year\` numeric,
  	\`ocop_expires_on\` text,
  	\`price_min\` numeric,
  	\`price_max\` numeric,
  	\`price_unit\` text,
  	\`availability\` text DEFAULT 'in-stock',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`products_slug_idx\` ON \`products\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`products_owner_idx\` ON \`products\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`products_moderation_moderation_state_idx\` ON \`products\` (\`moderation_state\`);`)
  await db.run(sql`CREATE INDEX \`products_category_idx\` ON \`products\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`products_ocop_ocop_stars_idx\` ON \`products\` (\`ocop_stars\`);`)
  await db.run(sql`CREATE INDEX \`products_updated_at_idx\` ON \`products\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`products_created_at_idx\` ON \`products\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`products__status_idx\` ON \`products\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`products_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`origin\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`products_locales_locale_parent_id_unique\` ON \`products_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`products_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`market_images_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`market_images_id\`) REFERENCES \`market_images\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`products_rels_order_idx\` ON \`products_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`products_rels_parent_idx\` ON \`products_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`products_rels_path_idx\` ON \`products_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`products_rels_market_images_id_idx\` ON \`products_rels\` (\`market_images_id\`);`)
  await db.run(sql`CREATE TABLE \`_products_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_owner_id\` integer,
  	\`version_moderation_state\` text DEFAULT 'draft',
  	\`version_moderation_reason\` text,
  	\`version_moderation_decided_at\` text,
  	\`version_category\` text,
  	\`version_ocop_stars\` numeric,
  	\`version_ocop_certificate_number\` text,
  	\`version_ocop_year\` numeric,
  	\`version_ocop_expires_on\` text,
  	\`version_price_min\` numeric,
  	\`version_price_max\` numeric,
  	\`version_price_unit\` text,
  	\`version_availability\` text DEFAULT 'in-stock',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_products_v_parent_idx\` ON \`_products_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version_slug_idx\` ON \`_products_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version_owner_idx\` ON \`_products_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_moderation_version_moderation_state_idx\` ON \`_products_v\` (\`version_moderation_state\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version_category_idx\` ON \`_products_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_ocop_version_ocop_stars_idx\` ON \`_products_v\` (\`version_ocop_stars\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version_updated_at_idx\` ON \`_products_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version_created_at_idx\` ON \`_products_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_version__status_idx\` ON \`_products_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_created_at_idx\` ON \`_products_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_updated_at_idx\` ON \`_products_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_snapshot_idx\` ON \`_products_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_published_locale_idx\` ON \`_products_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_latest_idx\` ON \`_products_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_products_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`version_origin\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_products_v_locales_locale_parent_id_unique\` ON \`_products_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_products_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`market_images_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`market_images_id\`) REFERENCES \`market_images\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_products_v_rels_order_idx\` ON \`_products_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_rels_parent_idx\` ON \`_products_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_rels_path_idx\` ON \`_products_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_rels_market_images_id_idx\` ON \`_products_v_rels\` (\`market_images_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`width\` numeric,
  	\`required\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_text_order_idx\` ON \`surveys_blocks_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_text_parent_id_idx\` ON \`surveys_blocks_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_text_path_idx\` ON \`surveys_blocks_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_text_locales\` (
  	\`label\` text,
  	\`default_value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_text_locales_locale_parent_id_unique\` ON \`surveys_blocks_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_textarea\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`width\` numeric,
  	\`required\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_textarea_order_idx\` ON \`surveys_blocks_textarea\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_textarea_parent_id_idx\` ON \`surveys_blocks_textarea\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_textarea_path_idx\` ON \`surveys_blocks_textarea\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_textarea_locales\` (
  	\`label\` text,
  	\`default_value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_textarea\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_textarea_locales_locale_parent_id_unique\` ON \`surveys_blocks_textarea_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_radio_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_radio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_radio_options_order_idx\` ON \`surveys_blocks_radio_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_radio_options_parent_id_idx\` ON \`surveys_blocks_radio_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_radio_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_radio_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_radio_options_locales_locale_parent_id_unique\` ON \`surveys_blocks_radio_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_radio\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`width\` numeric,
  	\`required\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_radio_order_idx\` ON \`surveys_blocks_radio\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_radio_parent_id_idx\` ON \`surveys_blocks_radio\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_radio_path_idx\` ON \`surveys_blocks_radio\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_radio_locales\` (
  	\`label\` text,
  	\`default_value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_radio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_radio_locales_locale_parent_id_unique\` ON \`surveys_blocks_radio_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_multiple_choice_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_multiple_choice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_multiple_choice_options_order_idx\` ON \`surveys_blocks_multiple_choice_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_multiple_choice_options_parent_id_idx\` ON \`surveys_blocks_multiple_choice_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_multiple_choice_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_multiple_choice_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_multiple_choice_options_locales_locale_parent\` ON \`surveys_blocks_multiple_choice_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_multiple_choice\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`required\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_multiple_choice_order_idx\` ON \`surveys_blocks_multiple_choice\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_multiple_choice_parent_id_idx\` ON \`surveys_blocks_multiple_choice\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_multiple_choice_path_idx\` ON \`surveys_blocks_multiple_choice\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_multiple_choice_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_multiple_choice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_multiple_choice_locales_locale_parent_id_uniq\` ON \`surveys_blocks_multiple_choice_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_scale\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`min\` numeric DEFAULT 1,
  	\`max\` numeric DEFAULT 5,
  	\`required\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_blocks_scale_order_idx\` ON \`surveys_blocks_scale\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_scale_parent_id_idx\` ON \`surveys_blocks_scale\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_blocks_scale_path_idx\` ON \`surveys_blocks_scale\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`surveys_blocks_scale_locales\` (
  	\`label\` text,
  	\`min_label\` text,
  	\`max_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_blocks_scale\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_blocks_scale_locales_locale_parent_id_unique\` ON \`surveys_blocks_scale_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_previous_slugs_order_idx\` ON \`surveys_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_previous_slugs_parent_id_idx\` ON \`surveys_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_previous_slugs_slug_idx\` ON \`surveys_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`surveys_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_change_log_order_idx\` ON \`surveys_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_change_log_parent_id_idx\` ON \`surveys_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_change_log_locales_locale_parent_id_unique\` ON \`surveys_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_returned_by\` text,
  	\`review_returned_at\` text,
  	\`review_notified\` numeric,
  	\`slug\` text,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`one_per_visitor\` integer DEFAULT true,
  	\`live_results\` integer DEFAULT false,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_vi_material_change_at\` text,
  	\`translation_en_updated_at\` text,
  	\`published_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_agency_idx\` ON \`surveys\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_workflow_state_idx\` ON \`surveys\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_slug_idx\` ON \`surveys\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`surveys_start_date_idx\` ON \`surveys\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`surveys_end_date_idx\` ON \`surveys\` (\`end_date\`);`)
  await db.run(sql`CREATE INDEX \`surveys_translation_translation_state_idx\` ON \`surveys\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`surveys_published_at_idx\` ON \`surveys\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_updated_at_idx\` ON \`surveys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_created_at_idx\` ON \`surveys\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_deleted_at_idx\` ON \`surveys\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys__status_idx\` ON \`surveys\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`surveys_locales\` (
  	\`title\` text,
  	\`intro\` text,
  	\`change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_locales_locale_parent_id_unique\` ON \`surveys_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`width\` numeric,
  	\`required\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_text_order_idx\` ON \`_surveys_v_blocks_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_text_parent_id_idx\` ON \`_surveys_v_blocks_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_text_path_idx\` ON \`_surveys_v_blocks_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_text_locales\` (
  	\`label\` text,
  	\`default_value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v_blocks_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_surveys_v_blocks_text_locales_locale_parent_id_unique\` ON \`_surveys_v_blocks_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_textarea\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`width\` numeric,
  	\`required\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_textarea_order_idx\` ON \`_surveys_v_blocks_textarea\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_textarea_parent_id_idx\` ON \`_surveys_v_blocks_textarea\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_textarea_path_idx\` ON \`_surveys_v_blocks_textarea\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_textarea_locales\` (
  	\`label\` text,
  	\`default_value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v_blocks_textarea\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_surveys_v_blocks_textarea_locales_locale_parent_id_unique\` ON \`_surveys_v_blocks_textarea_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_radio_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v_blocks_radio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_radio_options_order_idx\` ON \`_surveys_v_blocks_radio_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_radio_options_parent_id_idx\` ON \`_surveys_v_blocks_radio_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_radio_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v_blocks_radio_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_surveys_v_blocks_radio_options_locales_locale_parent_id_uni\` ON \`_surveys_v_blocks_radio_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_radio\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`width\` numeric,
  	\`required\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_radio_order_idx\` ON \`_surveys_v_blocks_radio\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_radio_parent_id_idx\` ON \`_surveys_v_blocks_radio\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_radio_path_idx\` ON \`_surveys_v_blocks_radio\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_radio_locales\` (
  	\`label\` text,
  	\`default_value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v_blocks_radio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_surveys_v_blocks_radio_locales_locale_parent_id_unique\` ON \`_surveys_v_blocks_radio_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_multiple_choice_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v_blocks_multiple_choice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_multiple_choice_options_order_idx\` ON \`_surveys_v_blocks_multiple_choice_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_multiple_choice_options_parent_id_idx\` ON \`_surveys_v_blocks_multiple_choice_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_multiple_choice_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v_blocks_multiple_choice_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_surveys_v_blocks_multiple_choice_options_locales_locale_par\` ON \`_surveys_v_blocks_multiple_choice_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_multiple_choice\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`required\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_multiple_choice_order_idx\` ON \`_surveys_v_blocks_multiple_choice\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_multiple_choice_parent_id_idx\` ON \`_surveys_v_blocks_multiple_choice\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_multiple_choice_path_idx\` ON \`_surveys_v_blocks_multiple_choice\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_multiple_choice_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v_blocks_multiple_choice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_surveys_v_blocks_multiple_choice_locales_locale_parent_id_u\` ON \`_surveys_v_blocks_multiple_choice_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_scale\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`min\` numeric DEFAULT 1,
  	\`max\` numeric DEFAULT 5,
  	\`required\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_scale_order_idx\` ON \`_surveys_v_blocks_scale\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_scale_parent_id_idx\` ON \`_surveys_v_blocks_scale\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_blocks_scale_path_idx\` ON \`_surveys_v_blocks_scale\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_blocks_scale_locales\` (
  	\`label\` text,
  	\`min_label\` text,
  	\`max_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v_blocks_scale\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_surveys_v_blocks_scale_locales_locale_parent_id_unique\` ON \`_surveys_v_blocks_scale_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_previous_slugs_order_idx\` ON \`_surveys_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_previous_slugs_parent_id_idx\` ON \`_surveys_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_previous_slugs_slug_idx\` ON \`_surveys_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_change_log_order_idx\` ON \`_surveys_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_change_log_parent_id_idx\` ON \`_surveys_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_version_change_log_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v_version_change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_surveys_v_version_change_log_locales_locale_parent_id_uniqu\` ON \`_surveys_v_version_change_log_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_returned_by\` text,
  	\`version_review_returned_at\` text,
  	\`version_review_notified\` numeric,
  	\`version_slug\` text,
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_one_per_visitor\` integer DEFAULT true,
  	\`version_live_results\` integer DEFAULT false,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_vi_material_change_at\` text,
  	\`version_translation_en_updated_at\` text,
  	\`version_published_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_parent_idx\` ON \`_surveys_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_agency_idx\` ON \`_surveys_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_workflow_state_idx\` ON \`_surveys_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_slug_idx\` ON \`_surveys_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_start_date_idx\` ON \`_surveys_v\` (\`version_start_date\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_end_date_idx\` ON \`_surveys_v\` (\`version_end_date\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_translation_version_translation_state_idx\` ON \`_surveys_v\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_published_at_idx\` ON \`_surveys_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_updated_at_idx\` ON \`_surveys_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_created_at_idx\` ON \`_surveys_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_deleted_at_idx\` ON \`_surveys_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version__status_idx\` ON \`_surveys_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_created_at_idx\` ON \`_surveys_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_updated_at_idx\` ON \`_surveys_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_snapshot_idx\` ON \`_surveys_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_published_locale_idx\` ON \`_surveys_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_latest_idx\` ON \`_surveys_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_autosave_idx\` ON \`_surveys_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_locales\` (
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`version_change_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_surveys_v_locales_locale_parent_id_unique\` ON \`_surveys_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_responses_submission_data\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text NOT NULL,
  	\`value\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`survey_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_responses_submission_data_order_idx\` ON \`survey_responses_submission_data\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_submission_data_parent_id_idx\` ON \`survey_responses_submission_data\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_responses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`form_id\` integer NOT NULL,
  	\`agency_id\` integer,
  	\`lang\` text,
  	\`respondent_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_responses_form_idx\` ON \`survey_responses\` (\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_agency_idx\` ON \`survey_responses\` (\`agency_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_responses_respondent_key_idx\` ON \`survey_responses\` (\`respondent_key\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_updated_at_idx\` ON \`survey_responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_created_at_idx\` ON \`survey_responses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`agencies_id\` integer,
  	\`media_id\` integer,
  	\`attachments_id\` integer,
  	\`news_id\` integer,
  	\`legal_documents_id\` integer,
  	\`zones_id\` integer,
  	\`investment_projects_id\` integer,
  	\`investment_guides_id\` integer,
  	\`enquiries_id\` integer,
  	\`plans_id\` integer,
  	\`budget_disclosures_id\` integer,
  	\`budget_table_files_id\` integer,
  	\`disclosure_catalogue_id\` integer,
  	\`transparency_snapshots_id\` integer,
  	\`agency_settings_id\` integer,
  	\`audit_log_id\` integer,
  	\`consultations_id\` integer,
  	\`consultation_comments_id\` integer,
  	\`comment_attachments_id\` integer,
  	\`ratings_id\` integer,
  	\`procedures_id\` integer,
  	\`procedure_imports_id\` integer,
  	\`dossiers_id\` integer,
  	\`dossier_imports_id\` integer,
  	\`dossier_tokens_id\` integer,
  	\`questions_id\` integer,
  	\`question_attachments_id\` integer,
  	\`question_answers_id\` integer,
  	\`information_requests_id\` integer,
  	\`legal_guides_id\` integer,
  	\`legal_consultants_id\` integer,
  	\`alerts_id\` integer,
  	\`businesses_id\` integer,
  	\`market_images_id\` integer,
  	\`booths_id\` integer,
  	\`products_id\` integer,
  	\`surveys_id\` integer,
  	\`survey_responses_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zones_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`investment_projects_id\`) REFERENCES \`investment_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`investment_guides_id\`) REFERENCES \`investment_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiries_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`budget_disclosures_id\`) REFERENCES \`budget_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`budget_table_files_id\`) REFERENCES \`budget_table_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_catalogue_id\`) REFERENCES \`disclosure_catalogue\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transparency_snapshots_id\`) REFERENCES \`transparency_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agency_settings_id\`) REFERENCES \`agency_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultation_comments_id\`) REFERENCES \`consultation_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comment_attachments_id\`) REFERENCES \`comment_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ratings_id\`) REFERENCES \`ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedure_imports_id\`) REFERENCES \`procedure_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossiers_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossier_imports_id\`) REFERENCES \`dossier_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossier_tokens_id\`) REFERENCES \`dossier_tokens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`question_attachments_id\`) REFERENCES \`question_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`question_answers_id\`) REFERENCES \`question_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`information_requests_id\`) REFERENCES \`information_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_guides_id\`) REFERENCES \`legal_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_consultants_id\`) REFERENCES \`legal_consultants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`businesses_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`market_images_id\`) REFERENCES \`market_images\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`booths_id\`) REFERENCES \`booths\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`surveys_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`survey_responses_id\`) REFERENCES \`survey_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_zones_id_idx\` ON \`payload_locked_documents_rels\` (\`zones_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_investment_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`investment_projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_investment_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`investment_guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_budget_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`budget_disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_budget_table_files_id_idx\` ON \`payload_locked_documents_rels\` (\`budget_table_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_catalogue_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_catalogue_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transparency_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`transparency_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agency_settings_id_idx\` ON \`payload_locked_documents_rels\` (\`agency_settings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comment_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`comment_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ratings_id_idx\` ON \`payload_locked_documents_rels\` (\`ratings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedure_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`procedure_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dossiers_id_idx\` ON \`payload_locked_documents_rels\` (\`dossiers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dossier_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`dossier_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dossier_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`dossier_tokens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_question_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`question_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_question_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`question_answers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_information_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`information_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_consultants_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_consultants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_businesses_id_idx\` ON \`payload_locked_documents_rels\` (\`businesses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_market_images_id_idx\` ON \`payload_locked_documents_rels\` (\`market_images_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_booths_id_idx\` ON \`payload_locked_documents_rels\` (\`booths_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_surveys_id_idx\` ON \`payload_locked_documents_rels\` (\`surveys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_responses_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`businesses_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`businesses_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_businesses_id_idx\` ON \`payload_preferences_rels\` (\`businesses_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`owner_name\` text NOT NULL,
  	\`address\` text,
  	\`responsible\` text,
  	\`licence\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_services_order_idx\` ON \`home_page_services\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_services_parent_id_idx\` ON \`home_page_services\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_services_locales\` (
  	\`label\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_services_locales_locale_parent_id_unique\` ON \`home_page_services_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`show_transparency\` integer DEFAULT true,
  	\`show_invest\` integer DEFAULT true,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`home_page_locales\` (
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_locales_locale_parent_id_unique\` ON \`home_page_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`legal_documents_id\` integer,
  	\`plans_id\` integer,
  	\`budget_disclosures_id\` integer,
  	\`investment_projects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`budget_disclosures_id\`) REFERENCES \`budget_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`investment_projects_id\`) REFERENCES \`investment_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_rels_order_idx\` ON \`home_page_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_parent_idx\` ON \`home_page_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_path_idx\` ON \`home_page_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_news_id_idx\` ON \`home_page_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_legal_documents_id_idx\` ON \`home_page_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_plans_id_idx\` ON \`home_page_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_budget_disclosures_id_idx\` ON \`home_page_rels\` (\`budget_disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_rels_investment_projects_id_idx\` ON \`home_page_rels\` (\`investment_projects_id\`);`)
  await db.run(sql`CREATE TABLE \`transparency_criteria\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version\` text,
  	\`weights_completeness\` numeric DEFAULT 40 NOT NULL,
  	\`weights_timeliness\` numeric DEFAULT 30 NOT NULL,
  	\`weights_freshness\` numeric DEFAULT 10 NOT NULL,
  	\`weights_english\` numeric DEFAULT 10 NOT NULL,
  	\`weights_answers\` numeric DEFAULT 5 NOT NULL,
  	\`weights_dossiers\` numeric DEFAULT 5 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`transparency_criteria_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`transparency_criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`transparency_criteria_locales_locale_parent_id_unique\` ON \`transparency_criteria_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_transparency_criteria_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_version\` text,
  	\`version_weights_completeness\` numeric DEFAULT 40 NOT NULL,
  	\`version_weights_timeliness\` numeric DEFAULT 30 NOT NULL,
  	\`version_weights_freshness\` numeric DEFAULT 10 NOT NULL,
  	\`version_weights_english\` numeric DEFAULT 10 NOT NULL,
  	\`version_weights_answers\` numeric DEFAULT 5 NOT NULL,
  	\`version_weights_dossiers\` numeric DEFAULT 5 NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_transparency_criteria_v_created_at_idx\` ON \`_transparency_criteria_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_transparency_criteria_v_updated_at_idx\` ON \`_transparency_criteria_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_transparency_criteria_v_locales\` (
  	\`version_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_transparency_criteria_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_transparency_criteria_v_locales_locale_parent_id_unique\` ON \`_transparency_criteria_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`holidays_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`kind\` text DEFAULT 'holiday' NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`holidays\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`holidays_entries_order_idx\` ON \`holidays_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`holidays_entries_parent_id_idx\` ON \`holidays_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`holidays_entries_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`holidays_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`holidays_entries_locales_locale_parent_id_unique\` ON \`holidays_entries_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`holidays\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`consultation_periods_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`regime\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`min_days\` numeric NOT NULL,
  	\`verified\` integer DEFAULT false,
  	\`legal_basis\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultation_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_periods_rules_order_idx\` ON \`consultation_periods_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultation_periods_rules_parent_id_idx\` ON \`consultation_periods_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultation_periods\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`law64_from\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_agencies_roles\`;`)
  await db.run(sql`DROP TABLE \`users_agencies\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`agencies_domains\`;`)
  await db.run(sql`DROP TABLE \`agencies_leaders\`;`)
  await db.run(sql`DROP TABLE \`agencies_leaders_locales\`;`)
  await db.run(sql`DROP TABLE \`agencies_english_gaps\`;`)
  await db.run(sql`DROP TABLE \`agencies\`;`)
  await db.run(sql`DROP TABLE \`agencies_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`attachments\`;`)
  await db.run(sql`DROP TABLE \`attachments_locales\`;`)
  await db.run(sql`DROP TABLE \`news_topics\`;`)
  await db.run(sql`DROP TABLE \`news_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`news_change_log\`;`)
  await db.run(sql`DROP TABLE \`news_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`news_locales\`;`)
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_fields\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_relations\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_change_log\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`legal_documents\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_fields\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_relations\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`zones_tenants\`;`)
  await db.run(sql`DROP TABLE \`zones_tenants_locales\`;`)
  await db.run(sql`DROP TABLE \`zones_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`zones_change_log\`;`)
  await db.run(sql`DROP TABLE \`zones_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`zones\`;`)
  await db.run(sql`DROP TABLE \`zones_locales\`;`)
  await db.run(sql`DROP TABLE \`_zones_v_version_tenants\`;`)
  await db.run(sql`DROP TABLE \`_zones_v_version_tenants_locales\`;`)
  await db.run(sql`DROP TABLE \`_zones_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_zones_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_zones_v_version_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`_zones_v\`;`)
  await db.run(sql`DROP TABLE \`_zones_v_locales\`;`)
  await db.run(sql`DROP TABLE \`investment_projects_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`investment_projects_change_log\`;`)
  await db.run(sql`DROP TABLE \`investment_projects_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`investment_projects\`;`)
  await db.run(sql`DROP TABLE \`investment_projects_locales\`;`)
  await db.run(sql`DROP TABLE \`investment_projects_rels\`;`)
  await db.run(sql`DROP TABLE \`_investment_projects_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_investment_projects_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_investment_projects_v_version_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`_investment_projects_v\`;`)
  await db.run(sql`DROP TABLE \`_investment_projects_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_investment_projects_v_rels\`;`)
  await db.run(sql`DROP TABLE \`investment_guides_steps\`;`)
  await db.run(sql`DROP TABLE \`investment_guides_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`investment_guides_public_services\`;`)
  await db.run(sql`DROP TABLE \`investment_guides_public_services_locales\`;`)
  await db.run(sql`DROP TABLE \`investment_guides_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`investment_guides_change_log\`;`)
  await db.run(sql`DROP TABLE \`investment_guides_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`investment_guides\`;`)
  await db.run(sql`DROP TABLE \`investment_guides_locales\`;`)
  await db.run(sql`DROP TABLE \`investment_guides_rels\`;`)
  await db.run(sql`DROP TABLE \`_investment_guides_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_investment_guides_v_version_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_investment_guides_v_version_public_services\`;`)
  await db.run(sql`DROP TABLE \`_investment_guides_v_version_public_services_locales\`;`)
  await db.run(sql`DROP TABLE \`_investment_guides_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_investment_guides_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_investment_guides_v_version_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`_investment_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_investment_guides_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_investment_guides_v_rels\`;`)
  await db.run(sql`DROP TABLE \`enquiries\`;`)
  await db.run(sql`DROP TABLE \`plans_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`plans_change_log\`;`)
  await db.run(sql`DROP TABLE \`plans_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`plans\`;`)
  await db.run(sql`DROP TABLE \`plans_locales\`;`)
  await db.run(sql`DROP TABLE \`plans_rels\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_rels\`;`)
  await db.run(sql`DROP TABLE \`budget_disclosures_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`budget_disclosures_change_log\`;`)
  await db.run(sql`DROP TABLE \`budget_disclosures_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`budget_disclosures\`;`)
  await db.run(sql`DROP TABLE \`budget_disclosures_locales\`;`)
  await db.run(sql`DROP TABLE \`budget_disclosures_rels\`;`)
  await db.run(sql`DROP TABLE \`_budget_disclosures_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_budget_disclosures_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_budget_disclosures_v_version_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`_budget_disclosures_v\`;`)
  await db.run(sql`DROP TABLE \`_budget_disclosures_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_budget_disclosures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`budget_table_files\`;`)
  await db.run(sql`DROP TABLE \`disclosure_catalogue_applies_to\`;`)
  await db.run(sql`DROP TABLE \`disclosure_catalogue_matcher_filters\`;`)
  await db.run(sql`DROP TABLE \`disclosure_catalogue\`;`)
  await db.run(sql`DROP TABLE \`disclosure_catalogue_locales\`;`)
  await db.run(sql`DROP TABLE \`disclosure_catalogue_texts\`;`)
  await db.run(sql`DROP TABLE \`_disclosure_catalogue_v_version_applies_to\`;`)
  await db.run(sql`DROP TABLE \`_disclosure_catalogue_v_version_matcher_filters\`;`)
  await db.run(sql`DROP TABLE \`_disclosure_catalogue_v\`;`)
  await db.run(sql`DROP TABLE \`_disclosure_catalogue_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_disclosure_catalogue_v_texts\`;`)
  await db.run(sql`DROP TABLE \`transparency_snapshots\`;`)
  await db.run(sql`DROP TABLE \`agency_settings_nav_links\`;`)
  await db.run(sql`DROP TABLE \`agency_settings_nav_links_locales\`;`)
  await db.run(sql`DROP TABLE \`agency_settings\`;`)
  await db.run(sql`DROP TABLE \`agency_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`consultations_chapters_articles\`;`)
  await db.run(sql`DROP TABLE \`consultations_chapters_articles_locales\`;`)
  await db.run(sql`DROP TABLE \`consultations_chapters\`;`)
  await db.run(sql`DROP TABLE \`consultations_chapters_locales\`;`)
  await db.run(sql`DROP TABLE \`consultations_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`consultations_change_log\`;`)
  await db.run(sql`DROP TABLE \`consultations_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`consultations\`;`)
  await db.run(sql`DROP TABLE \`consultations_locales\`;`)
  await db.run(sql`DROP TABLE \`consultations_rels\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_chapters_articles\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_chapters_articles_locales\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_chapters\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_chapters_locales\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`consultation_comments\`;`)
  await db.run(sql`DROP TABLE \`consultation_comments_locales\`;`)
  await db.run(sql`DROP TABLE \`comment_attachments\`;`)
  await db.run(sql`DROP TABLE \`ratings\`;`)
  await db.run(sql`DROP TABLE \`procedures_documents\`;`)
  await db.run(sql`DROP TABLE \`procedures_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`procedures_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`procedures_change_log\`;`)
  await db.run(sql`DROP TABLE \`procedures_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures_locales\`;`)
  await db.run(sql`DROP TABLE \`procedures_rels\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`procedure_imports_plan\`;`)
  await db.run(sql`DROP TABLE \`procedure_imports\`;`)
  await db.run(sql`DROP TABLE \`dossiers_history\`;`)
  await db.run(sql`DROP TABLE \`dossiers\`;`)
  await db.run(sql`DROP TABLE \`dossier_imports_problems\`;`)
  await db.run(sql`DROP TABLE \`dossier_imports\`;`)
  await db.run(sql`DROP TABLE \`dossier_tokens\`;`)
  await db.run(sql`DROP TABLE \`questions_history\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_rels\`;`)
  await db.run(sql`DROP TABLE \`question_attachments\`;`)
  await db.run(sql`DROP TABLE \`question_answers_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`question_answers_change_log\`;`)
  await db.run(sql`DROP TABLE \`question_answers_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`question_answers\`;`)
  await db.run(sql`DROP TABLE \`question_answers_locales\`;`)
  await db.run(sql`DROP TABLE \`question_answers_rels\`;`)
  await db.run(sql`DROP TABLE \`_question_answers_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_question_answers_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_question_answers_v_version_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`_question_answers_v\`;`)
  await db.run(sql`DROP TABLE \`_question_answers_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_question_answers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`information_requests_history\`;`)
  await db.run(sql`DROP TABLE \`information_requests\`;`)
  await db.run(sql`DROP TABLE \`legal_guides_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`legal_guides_change_log\`;`)
  await db.run(sql`DROP TABLE \`legal_guides_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`legal_guides\`;`)
  await db.run(sql`DROP TABLE \`legal_guides_locales\`;`)
  await db.run(sql`DROP TABLE \`legal_guides_rels\`;`)
  await db.run(sql`DROP TABLE \`_legal_guides_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_legal_guides_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_legal_guides_v_version_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`_legal_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_legal_guides_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_legal_guides_v_rels\`;`)
  await db.run(sql`DROP TABLE \`legal_consultants_fields\`;`)
  await db.run(sql`DROP TABLE \`legal_consultants\`;`)
  await db.run(sql`DROP TABLE \`legal_consultants_locales\`;`)
  await db.run(sql`DROP TABLE \`alerts\`;`)
  await db.run(sql`DROP TABLE \`alerts_locales\`;`)
  await db.run(sql`DROP TABLE \`businesses_sessions\`;`)
  await db.run(sql`DROP TABLE \`businesses\`;`)
  await db.run(sql`DROP TABLE \`market_images\`;`)
  await db.run(sql`DROP TABLE \`market_images_locales\`;`)
  await db.run(sql`DROP TABLE \`booths_categories\`;`)
  await db.run(sql`DROP TABLE \`booths_marketplace_links\`;`)
  await db.run(sql`DROP TABLE \`booths\`;`)
  await db.run(sql`DROP TABLE \`booths_locales\`;`)
  await db.run(sql`DROP TABLE \`booths_rels\`;`)
  await db.run(sql`DROP TABLE \`_booths_v_version_categories\`;`)
  await db.run(sql`DROP TABLE \`_booths_v_version_marketplace_links\`;`)
  await db.run(sql`DROP TABLE \`_booths_v\`;`)
  await db.run(sql`DROP TABLE \`_booths_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_booths_v_rels\`;`)
  await db.run(sql`DROP TABLE \`products\`;`)
  await db.run(sql`DROP TABLE \`products_locales\`;`)
  await db.run(sql`DROP TABLE \`products_rels\`;`)
  await db.run(sql`DROP TABLE \`_products_v\`;`)
  await db.run(sql`DROP TABLE \`_products_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_products_v_rels\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_text\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_text_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_textarea\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_textarea_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_radio_options\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_radio_options_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_radio\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_radio_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_multiple_choice_options\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_multiple_choice_options_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_multiple_choice\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_multiple_choice_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_scale\`;`)
  await db.run(sql`DROP TABLE \`surveys_blocks_scale_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`surveys_change_log\`;`)
  await db.run(sql`DROP TABLE \`surveys_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`surveys\`;`)
  await db.run(sql`DROP TABLE \`surveys_locales\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_text\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_text_locales\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_textarea\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_textarea_locales\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_radio_options\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_radio_options_locales\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_radio\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_radio_locales\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_multiple_choice_options\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_multiple_choice_options_locales\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_multiple_choice\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_multiple_choice_locales\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_scale\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_blocks_scale_locales\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_version_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_version_change_log_locales\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_locales\`;`)
  await db.run(sql`DROP TABLE \`survey_responses_submission_data\`;`)
  await db.run(sql`DROP TABLE \`survey_responses\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_services\`;`)
  await db.run(sql`DROP TABLE \`home_page_services_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page\`;`)
  await db.run(sql`DROP TABLE \`home_page_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_rels\`;`)
  await db.run(sql`DROP TABLE \`transparency_criteria\`;`)
  await db.run(sql`DROP TABLE \`transparency_criteria_locales\`;`)
  await db.run(sql`DROP TABLE \`_transparency_criteria_v\`;`)
  await db.run(sql`DROP TABLE \`_transparency_criteria_v_locales\`;`)
  await db.run(sql`DROP TABLE \`holidays_entries\`;`)
  await db.run(sql`DROP TABLE \`holidays_entries_locales\`;`)
  await db.run(sql`DROP TABLE \`holidays\`;`)
  await db.run(sql`DROP TABLE \`consultation_periods_rules\`;`)
  await db.run(sql`DROP TABLE \`consultation_periods\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
