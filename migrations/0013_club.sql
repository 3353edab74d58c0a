CREATE TABLE `club_cards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`code` text NOT NULL,
	`member_id` integer NOT NULL,
	`issued_at` integer NOT NULL,
	`blocked_at` integer,
	`block_reason` text,
	FOREIGN KEY (`member_id`) REFERENCES `club_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `club_cards_code` ON `club_cards` (`code`);--> statement-breakpoint
CREATE INDEX `club_cards_member` ON `club_cards` (`member_id`);--> statement-breakpoint
CREATE TABLE `club_coupon_uses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`discount_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`purchase_id` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `club_coupon_uses_discount` ON `club_coupon_uses` (`discount_id`,`member_id`);--> statement-breakpoint
CREATE TABLE `club_discounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`code` text,
	`percent` real,
	`amount_rials` integer,
	`valid_from` text NOT NULL,
	`valid_to` text NOT NULL,
	`tier_ids` text NOT NULL,
	`max_uses` integer,
	`max_uses_per_member` integer,
	`min_purchase_rials` integer NOT NULL,
	`active` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `club_discounts_code` ON `club_discounts` (`code`);--> statement-breakpoint
CREATE TABLE `club_draw_entries` (
	`draw_id` integer NOT NULL,
	`position` integer NOT NULL,
	`member_id` integer NOT NULL,
	`weight` integer NOT NULL,
	PRIMARY KEY(`draw_id`, `position`)
);
--> statement-breakpoint
CREATE TABLE `club_draws` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`name` text NOT NULL,
	`criteria` text NOT NULL,
	`criteria_label` text NOT NULL,
	`seed` text NOT NULL,
	`eligible_count` integer NOT NULL,
	`winners_wanted` integer NOT NULL,
	`winners` text NOT NULL,
	`run_at` integer NOT NULL,
	`announced_at` integer
);
--> statement-breakpoint
CREATE TABLE `club_earn_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`points` integer NOT NULL,
	`rials_per_point` integer,
	`match` text,
	`expiry_months` integer,
	`active` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `club_ledger` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`member_id` integer NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`points` integer NOT NULL,
	`reason` text,
	`rule_id` integer,
	`purchase_id` integer,
	`expires_at` integer,
	`reverses_id` integer
);
--> statement-breakpoint
CREATE INDEX `club_ledger_member` ON `club_ledger` (`member_id`,`at`);--> statement-breakpoint
CREATE UNIQUE INDEX `club_ledger_reverses` ON `club_ledger` (`reverses_id`) WHERE reverses_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `club_ledger_month` ON `club_ledger` (`at`,`kind`);--> statement-breakpoint
CREATE TABLE `club_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`party_id` integer NOT NULL,
	`membership_number` text NOT NULL,
	`referral_code` text NOT NULL,
	`referred_by_id` integer,
	`joined_at` integer NOT NULL,
	`status` text NOT NULL,
	`status_reason` text,
	`expires_at` integer,
	`fee_paid_rials` integer NOT NULL,
	`answers` text NOT NULL,
	`tier_id` integer,
	`tier_review_at` integer,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `club_members_party` ON `club_members` (`party_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `club_members_number` ON `club_members` (`membership_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `club_members_referral` ON `club_members` (`referral_code`);--> statement-breakpoint
CREATE INDEX `club_members_tier` ON `club_members` (`tier_id`,`status`);--> statement-breakpoint
CREATE INDEX `club_members_review` ON `club_members` (`tier_review_at`);--> statement-breakpoint
CREATE INDEX `club_members_expires` ON `club_members` (`expires_at`) WHERE expires_at IS NOT NULL;--> statement-breakpoint
CREATE TABLE `club_occasions` (
	`member_id` integer NOT NULL,
	`key` text NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`member_id`, `key`)
);
--> statement-breakpoint
CREATE TABLE `club_point_lots` (
	`entry_id` integer PRIMARY KEY NOT NULL,
	`member_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`remaining` integer NOT NULL,
	`notice_sent_at` integer
);
--> statement-breakpoint
CREATE INDEX `club_point_lots_member` ON `club_point_lots` (`member_id`,`expires_at`) WHERE remaining > 0;--> statement-breakpoint
CREATE INDEX `club_point_lots_expiry` ON `club_point_lots` (`expires_at`) WHERE remaining > 0;--> statement-breakpoint
CREATE TABLE `club_purchases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`member_id` integer NOT NULL,
	`at` integer NOT NULL,
	`amount_rials` integer NOT NULL,
	`discount_rials` integer NOT NULL,
	`wallet_rials` integer NOT NULL,
	`points_redeemed` integer NOT NULL,
	`points_earned` integer NOT NULL,
	`coupon_code` text,
	`items` text NOT NULL,
	`cashier_id` integer,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `club_purchases_member` ON `club_purchases` (`member_id`,`at`);--> statement-breakpoint
CREATE INDEX `club_purchases_at` ON `club_purchases` (`at`);--> statement-breakpoint
CREATE TABLE `club_settings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`mode` text NOT NULL,
	`membership_fee_rials` integer NOT NULL,
	`membership_months` integer,
	`application_questions` text NOT NULL,
	`points_expiry_months` integer NOT NULL,
	`point_value_rials` integer NOT NULL,
	`expiry_notice_days` integer NOT NULL,
	`tier_basis` text NOT NULL,
	`tier_window_months` integer NOT NULL,
	`sms_wallet_changed` text NOT NULL,
	`sms_tier_changed` text NOT NULL,
	`sms_points_expiring` text NOT NULL,
	`sms_birthday` text NOT NULL,
	`sms_draw_winner` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `club_stats` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `club_tier_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`member_id` integer NOT NULL,
	`from_tier_id` integer,
	`to_tier_id` integer,
	`reason` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `club_tier_changes_member` ON `club_tier_changes` (`member_id`);--> statement-breakpoint
CREATE TABLE `club_tiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`name` text NOT NULL,
	`threshold` integer NOT NULL,
	`discount_percent` real NOT NULL,
	`point_multiplier` real NOT NULL,
	`colour` text
);
--> statement-breakpoint
CREATE TABLE `club_wallet` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`member_id` integer NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_rials` integer NOT NULL,
	`balance_rials` integer NOT NULL,
	`reason` text,
	`purchase_id` integer
);
--> statement-breakpoint
CREATE INDEX `club_wallet_member` ON `club_wallet` (`member_id`,`id`);--> statement-breakpoint
INSERT INTO `club_settings` (`id`, `created_at`, `updated_at`, `mode`, `membership_fee_rials`, `membership_months`, `application_questions`, `points_expiry_months`, `point_value_rials`, `expiry_notice_days`, `tier_basis`, `tier_window_months`, `sms_wallet_changed`, `sms_tier_changed`, `sms_points_expiring`, `sms_birthday`, `sms_draw_winner`) VALUES (1, 0, 0, 'open', 0, NULL, '[]', 12, 0, 14, 'points', 12, '{خطاب} {نام خانوادگی}، موجودی کیف پول شما در باشگاه مشتریان {مبلغ} {تغییر} یافت و اکنون {کیف پول} است.', '{خطاب} {نام خانوادگی}، سطح شما در باشگاه مشتریان به «{سطح}» تغییر کرد.', '{خطاب} {نام خانوادگی}، {مبلغ} امتیاز شما در باشگاه مشتریان در {تاریخ} منقضی می‌شود.', '{خطاب} {نام خانوادگی}، زادروزتان خجسته باد! باشگاه مشتریان', '{خطاب} {نام خانوادگی}، تبریک! شما برنده قرعه‌کشی «{قرعه‌کشی}» باشگاه مشتریان شدید.');
