CREATE TABLE `messaging_settings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`modem_enabled` integer NOT NULL,
	`modem_ports` text NOT NULL,
	`modem_pin` text,
	`modem_smsc` text,
	`modem_daily_limit` integer NOT NULL,
	`bulk_threshold` integer NOT NULL,
	`panel` text,
	`routes` text NOT NULL,
	`quiet_start` text,
	`quiet_end` text,
	`delivery_reports` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sms_campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`name` text NOT NULL,
	`body` text NOT NULL,
	`audience` text NOT NULL,
	`audience_label` text NOT NULL,
	`custom_fields` text NOT NULL,
	`gateway` text NOT NULL,
	`status` text NOT NULL,
	`recipients` integer NOT NULL,
	`duplicates` integer NOT NULL,
	`opted_out` integer NOT NULL,
	`no_mobile` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sms_fragments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sender` text NOT NULL,
	`reference` integer NOT NULL,
	`total` integer NOT NULL,
	`seq` integer NOT NULL,
	`text` text NOT NULL,
	`sent_at` text DEFAULT '' NOT NULL,
	`received_at` integer NOT NULL,
	`consumed` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sms_fragments_part` ON `sms_fragments` (`sender`,`reference`,`total`,`seq`,`sent_at`);--> statement-breakpoint
CREATE INDEX `sms_fragments_open` ON `sms_fragments` (`consumed`,`received_at`);--> statement-breakpoint
CREATE TABLE `sms_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`direction` text NOT NULL,
	`campaign_id` integer,
	`party_id` integer,
	`number` text NOT NULL,
	`text` text NOT NULL,
	`kind` text,
	`gateway` text,
	`status` text NOT NULL,
	`parts_total` integer NOT NULL,
	`concat_ref` integer,
	`error` text,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`sent_at` integer,
	`delivered_at` integer,
	`interaction_id` integer,
	`received_at` integer,
	`incomplete` integer DEFAULT false NOT NULL,
	`fingerprint` text,
	`rule_action` text,
	`referred_to` integer,
	`read_at` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `sms_campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `sms_messages_out_status` ON `sms_messages` (`direction`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `sms_messages_campaign` ON `sms_messages` (`campaign_id`,`status`);--> statement-breakpoint
CREATE INDEX `sms_messages_party` ON `sms_messages` (`party_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `sms_messages_number` ON `sms_messages` (`number`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `sms_messages_fingerprint` ON `sms_messages` (`fingerprint`);--> statement-breakpoint
CREATE TABLE `sms_opt_outs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`number` text NOT NULL,
	`source` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sms_opt_outs_number` ON `sms_opt_outs` (`number`);--> statement-breakpoint
CREATE TABLE `sms_parts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`gateway` text NOT NULL,
	`priority` integer NOT NULL,
	`status` text NOT NULL,
	`reference` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`not_before` integer DEFAULT 0 NOT NULL,
	`submitted_at` integer,
	`final_at` integer,
	`error` text,
	FOREIGN KEY (`message_id`) REFERENCES `sms_messages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sms_parts_next` ON `sms_parts` (`gateway`,`status`,`priority`,`id`);--> statement-breakpoint
CREATE INDEX `sms_parts_message` ON `sms_parts` (`message_id`,`seq`);--> statement-breakpoint
CREATE INDEX `sms_parts_sent` ON `sms_parts` (`gateway`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `sms_parts_reference` ON `sms_parts` (`reference`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `sms_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`keyword` text NOT NULL,
	`match` text NOT NULL,
	`action` text NOT NULL,
	`reply_text` text,
	`refer_to_user_id` integer,
	`active` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sms_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`name` text NOT NULL,
	`body` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `messaging_settings` (`id`, `created_at`, `updated_at`, `modem_enabled`, `modem_ports`, `modem_daily_limit`, `bulk_threshold`, `routes`, `delivery_reports`)
VALUES (1, 0, 0, 0, '[]', 100, 50, '{"single":"modem","campaign":"modem","autoReply":"modem"}', 1);
