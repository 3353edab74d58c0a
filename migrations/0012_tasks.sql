CREATE TABLE `task_referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`task_id` integer NOT NULL,
	`from_user_id` integer,
	`to_user_id` integer NOT NULL,
	`at` integer NOT NULL,
	`note` text,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `task_referrals_task` ON `task_referrals` (`task_id`,`at`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`priority` text NOT NULL,
	`party_id` integer,
	`due_at` integer,
	`assignee_id` integer NOT NULL,
	`referrer_id` integer,
	`referred_at` integer,
	`completed_at` integer,
	`result` text,
	`description` text,
	`source` text NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `tasks_assignee_open` ON `tasks` (`assignee_id`,`completed_at`,`due_at`);--> statement-breakpoint
CREATE INDEX `tasks_referrer` ON `tasks` (`referrer_id`,`completed_at`);--> statement-breakpoint
CREATE INDEX `tasks_party` ON `tasks` (`party_id`,`completed_at`);