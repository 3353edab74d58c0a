ALTER TABLE `attachments` ADD `interaction_id` integer REFERENCES interactions(id);--> statement-breakpoint
CREATE INDEX `attachments_interaction` ON `attachments` (`interaction_id`);