CREATE TABLE `calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`line_id` text NOT NULL,
	`line_name` text NOT NULL,
	`direction` text NOT NULL,
	`state` text NOT NULL,
	`number` text,
	`withheld` text,
	`party_id` integer,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`rings` integer DEFAULT 0 NOT NULL,
	`user_id` integer,
	`interaction_id` integer,
	`note` text,
	`called_back` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `calls_started` ON `calls` (`started_at`);--> statement-breakpoint
CREATE INDEX `calls_missed` ON `calls` (`state`,`called_back`,`started_at`);--> statement-breakpoint
CREATE INDEX `calls_party` ON `calls` (`party_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `telephony_settings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`lines` text NOT NULL,
	`ring_timeout_seconds` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `telephony_settings` (`id`, `created_at`, `updated_at`, `lines`, `ring_timeout_seconds`) VALUES (1, 0, 0, '[]', 8);
