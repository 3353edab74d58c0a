CREATE TABLE `groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`parent_id` integer,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `groups_parent` ON `groups` (`parent_id`);--> statement-breakpoint
CREATE TABLE `interactions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`party_id` integer NOT NULL,
	`company_id` integer,
	`subject` text NOT NULL,
	`method` text NOT NULL,
	`direction` text,
	`occurred_at` integer NOT NULL,
	`user_id` integer,
	`products` text,
	`result` text,
	`effect` text,
	`description` text,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`company_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `interactions_party_time` ON `interactions` (`party_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `interactions_company` ON `interactions` (`company_id`);--> statement-breakpoint
CREATE TABLE `contact_points` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`party_id` integer NOT NULL,
	`kind` text NOT NULL,
	`label` text,
	`value` text NOT NULL,
	`lookup_key` text,
	`extension` text,
	`province` text,
	`city` text,
	`region` text,
	`address_line` text,
	`postal_code` text,
	`po_box` text,
	`latitude` real,
	`longitude` real,
	`preferred` integer NOT NULL,
	`no_sms` integer NOT NULL,
	`no_call` integer NOT NULL,
	`no_letter` integer NOT NULL,
	`no_email` integer NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_points_party` ON `contact_points` (`party_id`);--> statement-breakpoint
CREATE INDEX `contact_points_lookup` ON `contact_points` (`lookup_key`) WHERE lookup_key IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`display_name` text NOT NULL,
	`sort_key` text NOT NULL,
	`active` integer NOT NULL,
	`priority` text,
	`color` text,
	`icon` text,
	`referral_source` text,
	`activity_types` text NOT NULL,
	`certificates` text NOT NULL,
	`income` integer,
	`credit_limit` integer,
	`roles` text NOT NULL,
	`group_ids` text NOT NULL,
	`manager_ids` text NOT NULL,
	`country` text,
	`province` text,
	`city` text,
	`region` text,
	`description` text,
	`prefix` text,
	`gender` text,
	`first_name` text,
	`last_name` text,
	`national_code` text,
	`birth_certificate_no` text,
	`marital_status` text,
	`birth_date` text,
	`wedding_date` text,
	`education_field` text,
	`education_degree` text,
	`religion` text,
	`favorite_color` text,
	`languages` text,
	`psychology_notes` text,
	`company_type` text,
	`brand` text,
	`economic_code` text,
	`legal_national_id` text,
	`registration_no` text,
	`founded_on` text,
	`founded_year` integer,
	`employees_count` integer,
	`ownership` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parties_code` ON `parties` (`code`);--> statement-breakpoint
CREATE INDEX `parties_kind_sort` ON `parties` (`kind`,`deleted_at`,`sort_key`);--> statement-breakpoint
CREATE INDEX `parties_sort` ON `parties` (`sort_key`);--> statement-breakpoint
CREATE INDEX `parties_national_code` ON `parties` (`national_code`) WHERE national_code IS NOT NULL;--> statement-breakpoint
CREATE INDEX `parties_legal_id` ON `parties` (`legal_national_id`) WHERE legal_national_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `parties_birth_date` ON `parties` (`birth_date`) WHERE birth_date IS NOT NULL;--> statement-breakpoint
CREATE TABLE `party_groups` (
	`party_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	PRIMARY KEY(`party_id`, `group_id`),
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `party_groups_group` ON `party_groups` (`group_id`,`party_id`);--> statement-breakpoint
CREATE TABLE `party_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`person_id` integer NOT NULL,
	`company_id` integer NOT NULL,
	`position` text,
	FOREIGN KEY (`person_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`company_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `party_links_person` ON `party_links` (`person_id`);--> statement-breakpoint
CREATE INDEX `party_links_company` ON `party_links` (`company_id`);--> statement-breakpoint
CREATE TABLE `party_managers` (
	`party_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`party_id`, `user_id`),
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `party_managers_user` ON `party_managers` (`user_id`,`party_id`);