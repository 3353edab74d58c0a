DROP INDEX `club_point_lots_expiry`;--> statement-breakpoint
CREATE INDEX `club_point_lots_expiry` ON `club_point_lots` (`expires_at`);