import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { OpenedDatabase } from './open';

export class DatabaseTooNewError extends Error {
  constructor(readonly unknownMigrations: number) {
    super('database-too-new');
    this.name = 'DatabaseTooNewError';
  }
}

// Without statistics for every index (a migration adds one to a table that already had stats), SQLite
// picked the created-date index for a list sorted by name and sorted a million rows: 4.9 s instead of
// 19 ms. PRAGMA optimize analyses only what needs it; the limit keeps it well under a second.
export function refreshPlannerStatistics(database: OpenedDatabase): void {
  database.writer.pragma('analysis_limit = 1000');
  database.writer.pragma('optimize');
}

export interface MigrationResult {
  schemaVersion: number;
  applied: number;
  backupPath: string | null;
}

function appliedMigrationTimes(database: OpenedDatabase): number[] {
  const exists = database.writer
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!exists) return [];
  const rows = database.writer.prepare('SELECT created_at AS at FROM __drizzle_migrations').all() as { at: number }[];
  return rows.map((row) => Number(row.at));
}

// A database written by a newer Peyvand has migrations this build does not know: opening it could corrupt
// data the newer code relies on, so refuse. Before changing a database that holds data, keep a copy.
export function migrateDatabase(
  database: OpenedDatabase,
  options: { migrationsFolder: string; dbPath: string; now: number },
): MigrationResult {
  const migrations = readMigrationFiles({ migrationsFolder: options.migrationsFolder });
  const known = new Set(migrations.map((migration) => migration.folderMillis));
  const applied = appliedMigrationTimes(database);
  const unknown = applied.filter((at) => !known.has(at));
  if (unknown.length > 0) throw new DatabaseTooNewError(unknown.length);

  const done = new Set(applied);
  const pending = migrations.filter((migration) => !done.has(migration.folderMillis));
  let backupPath: string | null = null;
  if (pending.length > 0 && applied.length > 0) {
    backupPath = `${options.dbPath}.before-v${migrations.length}-${options.now}.bak`;
    database.writer.prepare('VACUUM INTO ?').run(backupPath);
  }
  if (pending.length > 0) migrate(database.writeDb, { migrationsFolder: options.migrationsFolder });
  refreshPlannerStatistics(database);
  return { schemaVersion: migrations.length, applied: pending.length, backupPath };
}
