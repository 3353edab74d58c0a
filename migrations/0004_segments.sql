CREATE TABLE `segments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`filter` text NOT NULL,
	`shared` integer NOT NULL,
	`owner_id` integer
);
--> statement-breakpoint
CREATE INDEX `segments_owner` ON `segments` (`owner_id`);