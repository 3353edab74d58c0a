import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, defaultMigrationsFolder } from '../../../src-main/create-core';
import { DatabaseTooNewError } from '../../../src-main/core/db/migrate';

const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'peyvand-migrate-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

// A copy of the real migrations plus one more, as the next release of Peyvand would ship them.
function migrationsWithOneMore(sql: string): string {
  const folder = tempFolder();
  cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const journalPath = join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  const last = journal.entries.at(-1);
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_next_release' });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(join(folder, '9999_next_release.sql'), sql);
  return folder;
}

describe('database migrations at start-up', () => {
  it('creates every table on an empty folder, in WAL mode with foreign keys on', async () => {
    const dataDir = tempFolder();
    const core = createCore({ dataDir });
    await core.close();
    const db = new Database(join(dataDir, 'peyvand.sqlite'), { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['users', 'access_templates', 'sessions', 'audit_log', 'office_settings']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('keeps a copy of a database that holds data before migrating it, and keeps the data', async () => {
    const dataDir = tempFolder();
    const first = createCore({ dataDir });
    await first.call({ method: 'auth.setupAdmin', input: { officeName: 'دفتر', defaultAreaCode: '021', username: 'admin', displayName: 'مدیر', password: 'admin-pass-1' } }, null);
    const installedVersion = first.schemaVersion;
    await first.close();

    const next = createCore({ dataDir, migrationsFolder: migrationsWithOneMore('CREATE TABLE `next_feature` (`id` integer PRIMARY KEY);') });
    expect(next.schemaVersion).toBe(installedVersion + 1);
    const status = await next.call({ method: 'auth.status', input: {} }, null);
    expect(status).toEqual({ ok: true, value: { needsSetup: false, officeName: 'دفتر' } });
    await next.close();

    const backups = readdirSync(dataDir).filter((name) => name.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    const backup = new Database(join(dataDir, backups[0]!), { readonly: true });
    expect(backup.prepare('SELECT username FROM users').pluck().all()).toEqual(['admin']);
    expect(backup.prepare("SELECT name FROM sqlite_master WHERE name = 'next_feature'").get()).toBeUndefined();
    backup.close();
  });

  it('makes no copy when nothing needs migrating', async () => {
    const dataDir = tempFolder();
    await createCore({ dataDir }).close();
    await createCore({ dataDir }).close();
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.bak'))).toEqual([]);
  });

  it('refuses a database written by a newer Peyvand and leaves it untouched', async () => {
    const dataDir = tempFolder();
    await createCore({ dataDir, migrationsFolder: migrationsWithOneMore('CREATE TABLE `next_feature` (`id` integer PRIMARY KEY);') }).close();
    const dbPath = join(dataDir, 'peyvand.sqlite');
    const before = readFileSync(dbPath);
    expect(() => createCore({ dataDir })).toThrow(DatabaseTooNewError);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    expect(existsSync(dbPath)).toBe(true);
  });
});
