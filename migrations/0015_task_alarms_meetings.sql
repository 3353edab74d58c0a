CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`path` text,
	`due_at` integer NOT NULL,
	`at` integer NOT NULL,
	`late` integer NOT NULL,
	`read_at` integer
);
--> statement-breakpoint
CREATE INDEX `notifications_user` ON `notifications` (`user_id`,`read_at`,`at`);--> statement-breakpoint
CREATE TABLE `alarms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`subject_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`fire_at` integer NOT NULL,
	`fired_at` integer
);
--> statement-breakpoint
CREATE INDEX `alarms_due` ON `alarms` (`fire_at`) WHERE fired_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `alarms_once` ON `alarms` (`kind`,`subject_id`,`user_id`,`fire_at`);--> statement-breakpoint
CREATE TABLE `meeting_participants` (
	`meeting_id` integer NOT NULL,
	`user_id` integer,
	`party_id` integer
);
--> statement-breakpoint
CREATE INDEX `meeting_participants_user` ON `meeting_participants` (`user_id`,`meeting_id`);--> statement-breakpoint
CREATE INDEX `meeting_participants_party` ON `meeting_participants` (`party_id`,`meeting_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`title` text NOT NULL,
	`start_at` integer NOT NULL,
	`end_at` integer NOT NULL,
	`place` text,
	`notes` text,
	`user_ids` text NOT NULL,
	`party_ids` text NOT NULL,
	`reminder_minutes` integer
);
--> statement-breakpoint
CREATE INDEX `meetings_time` ON `meetings` (`start_at`,`end_at`);--> statement-breakpoint
DROP INDEX `tasks_assignee_open`;--> statement-breakpoint
DROP INDEX `tasks_referrer`;--> statement-breakpoint
ALTER TABLE `tasks` ADD `type` text;--> statement-breakpoint
ALTER TABLE `tasks` ADD `status` text;--> statement-breakpoint
ALTER TABLE `tasks` ADD `company_id` integer REFERENCES parties(id);--> statement-breakpoint
ALTER TABLE `tasks` ADD `start_at` integer;--> statement-breakpoint
ALTER TABLE `tasks` ADD `reminder_at` integer;--> statement-breakpoint
ALTER TABLE `tasks` ADD `percent` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `tasks` ADD `colour` text;--> statement-breakpoint
ALTER TABLE `tasks` ADD `icon` text;--> statement-breakpoint
ALTER TABLE `tasks` ADD `depends_on` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `tasks_company` ON `tasks` (`company_id`,`completed_at`);--> statement-breakpoint
CREATE INDEX `tasks_assignee_open` ON `tasks` (`assignee_id`,`completed_at`,`due_at`,`referrer_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `tasks_referrer` ON `tasks` (`referrer_id`,`completed_at`,`assignee_id`) WHERE deleted_at IS NULL;