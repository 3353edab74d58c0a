CREATE INDEX `parties_kind_created` ON `parties` (`kind`,`deleted_at`,`created_at`);--> statement-breakpoint
CREATE INDEX `parties_kind_code` ON `parties` (`kind`,`deleted_at`,length("code"),`code`);