import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpOffice, startTestCore, type TestCore } from '../../support/test-core';
import { createPerson } from '../../support/crm-fixtures';

// The hot lookups must use an index whatever the table size: a full scan is fine on ten rows and a
// disaster on a million, so check the plan rather than the time.
describe('query plans of the hot lookups', () => {
  let office: TestCore;
  let db: Database.Database;
  beforeAll(async () => {
    office = await startTestCore('direct');
    const admin = await setUpOffice(office);
    await createPerson(admin, { contactPoints: [{ kind: 'mobile', value: '09121234567' }] });
    db = new Database(join(office.dataDir, 'peyvand.sqlite'), { readonly: true });
  });
  afterAll(async () => {
    db.close();
    await office.close();
  });

  const plan = (sql: string, ...params: unknown[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join('\n');

  it('a phone typed any way is found through the lookup-key index', () => {
    expect(plan('SELECT party_id FROM contact_points WHERE lookup_key = ? AND deleted_at IS NULL', '+989121234567')).toMatch(
      /USING INDEX contact_points_lookup/,
    );
  });

  it('a name prefix is an index range on the Persian sort key', () => {
    expect(plan('SELECT id FROM parties WHERE sort_key >= ? AND sort_key < ? AND deleted_at IS NULL ORDER BY sort_key LIMIT 20', 'a', 'b')).toMatch(
      /USING INDEX parties_sort/,
    );
  });

  it('word prefixes go to the full-text index', () => {
    expect(plan('SELECT rowid FROM party_search WHERE party_search MATCH ?', '"علی"*')).toMatch(/VIRTUAL TABLE INDEX/);
  });

  it('a list page in name order walks the kind + sort index instead of sorting the table', () => {
    const detail = plan("SELECT * FROM parties WHERE kind = 'person' AND deleted_at IS NULL ORDER BY sort_key, id LIMIT 100");
    expect(detail).toMatch(/USING INDEX parties_kind_sort/);
    expect(detail).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  it('the other list orders (newest first, by code) walk an index too', () => {
    const newest = plan("SELECT * FROM parties WHERE kind = 'person' AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 100");
    expect(newest).toMatch(/USING INDEX parties_kind_created/);
    expect(newest).not.toMatch(/TEMP B-TREE/);
    const byCode = plan("SELECT * FROM parties WHERE kind = 'person' AND deleted_at IS NULL ORDER BY length(code), code LIMIT 100");
    expect(byCode).toMatch(/USING INDEX parties_kind_code/);
    expect(byCode).not.toMatch(/TEMP B-TREE/);
  });

  it('own-records scope uses the manager index', () => {
    expect(plan('SELECT party_id FROM party_managers WHERE user_id = ?', 1)).toMatch(/party_managers_user|PRIMARY KEY|COVERING INDEX/);
  });

  it('a code and a national code are unique-index lookups', () => {
    expect(plan('SELECT * FROM parties WHERE code = ?', '1001')).toMatch(/USING INDEX parties_code/);
    expect(plan('SELECT * FROM parties WHERE national_code = ?', '0084575948')).toMatch(/USING INDEX parties_national_code/);
  });
});
