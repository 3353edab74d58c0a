CREATE TABLE `letters_register` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`number` text NOT NULL,
	`at` integer NOT NULL,
	`party_id` integer NOT NULL,
	`template_id` integer NOT NULL,
	`template_name` text NOT NULL,
	`interaction_id` integer,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `letters_register_number` ON `letters_register` (`number`);--> statement-breakpoint
CREATE INDEX `letters_register_party` ON `letters_register` (`party_id`,`at`);--> statement-breakpoint
CREATE INDEX `letters_register_at` ON `letters_register` (`at`);--> statement-breakpoint
CREATE TABLE `print_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`deleted_at` integer,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`layout` text NOT NULL
);
--> statement-breakpoint
-- Starter templates an office edits to its own letterhead and stationery.
INSERT INTO `print_templates` (`id`, `created_at`, `updated_at`, `name`, `kind`, `layout`) VALUES
  (1, 0, 0, 'نامهٔ رسمی A4', 'letter', '{"kind": "letter", "paper": "A4", "letterhead": null, "numberPrefix": "", "attachments": "ندارد", "subject": "", "salutation": "{خطاب رسمی}", "body": "با سلام و احترام،\nبه استحضار می‌رساند ...", "closing": "با سپاس", "signatureName": "", "signatureTitle": ""}'),
  (2, 0, 0, 'پاکت DL', 'envelope', '{"kind": "envelope", "size": "DL", "widthMm": 220, "heightMm": 110, "sender": "فرستنده:", "recipient": "گیرنده: {خطاب رسمی}\n{نشانی}"}'),
  (3, 0, 0, 'برچسب ۳×۸ (۷۰×۳۷)', 'labels', '{"kind": "labels", "pageWidthMm": 210, "pageHeightMm": 297, "rows": 8, "columns": 3, "labelWidthMm": 70, "labelHeightMm": 37, "topMm": 0, "rightMm": 0, "gapXMm": 0, "gapYMm": 0, "paddingMm": 4, "fontSize": 10, "content": "{خطاب رسمی}\n{نشانی}\nکد پستی: {کد پستی}", "calibrations": []}');
