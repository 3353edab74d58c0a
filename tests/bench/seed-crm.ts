import Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { persianSortKey } from '../../src-shared/domain/persian-text';
import { createCore } from '../../src-main/create-core';
import { partySearchText, type PartyRowData } from '../../src-main/modules/parties/party-record';
import { CITIES, FIRST_NAMES, LAST_NAMES } from './persian-names';

export const SEED_VERSION = 1;
export const BENCH_ADMIN = { username: 'admin', password: 'bench-admin-1' };

export interface CrmSeedSize {
  people: number;
  interactions: number;
}

export const FULL_SIZE: CrmSeedSize = { people: 1_000_000, interactions: 5_000_000 };

// Deterministic, so every run measures the same data.
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededMobile(index: number): string {
  return `+9891${String((index * 7919) % 100_000_000).padStart(8, '0')}`;
}

export function seededName(index: number): { firstName: string; lastName: string } {
  const next = random(index + 1);
  return { firstName: FIRST_NAMES[Math.floor(next() * FIRST_NAMES.length)]!, lastName: LAST_NAMES[Math.floor(next() * LAST_NAMES.length)]! };
}

const SUBJECTS = ['پیگیری پیش‌فاکتور', 'تماس برای قرار ملاقات', 'ارسال کاتالوگ', 'شکایت از تأخیر ارسال', 'تمدید قرارداد', 'تبریک تولد', 'جلسهٔ معرفی محصول'];
const METHODS = ['call', 'sms', 'email', 'letter', 'visit', 'meeting'];

// A database at the current schema holding `size` people (each with a mobile and a landline) and
// `size.interactions` interactions, written straight with SQL (seeding is not what is measured).
// Kept in bench-data/ and reused while the seed version and the schema stay the same.
export async function seedCrm(folder: string, size: CrmSeedSize = FULL_SIZE): Promise<string> {
  const dataDir = join(folder, `crm-${size.people}-${size.interactions}`);
  const dbPath = join(dataDir, 'peyvand.sqlite');
  const core = existsSync(dbPath) ? createCore({ dataDir }) : null;
  if (core) {
    const schemaVersion = core.schemaVersion;
    await core.close();
    const db = new Database(dbPath, { readonly: true });
    const marker = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'bench_seed'").get()
      ? (db.prepare('SELECT version, schema_version AS schemaVersion FROM bench_seed').get() as { version: number; schemaVersion: number })
      : null;
    db.close();
    if (marker?.version === SEED_VERSION && marker.schemaVersion === schemaVersion) return dataDir;
  }
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const fresh = createCore({ dataDir });
  await fresh.call({ method: 'auth.setupAdmin', input: { officeName: 'دفتر آزمون', defaultAreaCode: '021', displayName: 'مدیر', ...BENCH_ADMIN } }, null);
  const schemaVersion = fresh.schemaVersion;
  await fresh.close();

  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const now = Date.now();
  const next = random(42);
  const insertParty = db.prepare(`INSERT INTO parties (id, version, created_at, updated_at, kind, code, display_name, sort_key, active,
    activity_types, certificates, roles, group_ids, manager_ids, first_name, last_name, gender, city, birth_date)
    VALUES (?, 1, ?, ?, 'person', ?, ?, ?, 1, '[]', '[]', '["customer"]', '[]', '[]', ?, ?, ?, ?, ?)`);
  const insertContact = db.prepare(`INSERT INTO contact_points (version, created_at, updated_at, party_id, kind, value, lookup_key,
    preferred, no_sms, no_call, no_letter, no_email) VALUES (1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)`);
  const insertSearch = db.prepare('INSERT INTO party_search (rowid, tokens) VALUES (?, ?)');
  const insertInteraction = db.prepare(`INSERT INTO interactions (version, created_at, updated_at, party_id, subject, method, occurred_at, user_id)
    VALUES (1, ?, ?, ?, ?, ?, ?, 1)`);

  const BATCH = 50_000;
  for (let start = 0; start < size.people; start += BATCH) {
    db.transaction(() => {
      for (let i = start; i < Math.min(size.people, start + BATCH); i++) {
        const id = i + 1;
        const { firstName, lastName } = seededName(i);
        const displayName = `${firstName} ${lastName}`;
        const createdAt = now - Math.floor(next() * 3 * 365 * 86_400_000);
        const birthDate = `${1950 + Math.floor(next() * 55)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
        const code = String(1000 + id);
        insertParty.run(id, createdAt, createdAt, code, displayName, persianSortKey(displayName), firstName, lastName, next() < 0.5 ? 'male' : 'female', CITIES[i % CITIES.length]!, birthDate);
        const mobile = seededMobile(i);
        const landline = `+9821${String(20_000_000 + Math.floor(next() * 79_999_999))}`;
        insertContact.run(createdAt, createdAt, id, 'mobile', mobile, mobile, 1);
        insertContact.run(createdAt, createdAt, id, 'phone', landline, landline, 0);
        const row = { displayName, code, nationalCode: null, legalNationalId: null, economicCode: null, brand: null, registrationNo: null } as unknown as PartyRowData;
        insertSearch.run(id, partySearchText(row, [{ kind: 'mobile', lookupKey: mobile }, { kind: 'phone', lookupKey: landline }]));
      }
    })();
  }
  for (let start = 0; start < size.interactions; start += BATCH * 2) {
    db.transaction(() => {
      for (let i = start; i < Math.min(size.interactions, start + BATCH * 2); i++) {
        const at = now - Math.floor(next() * 3 * 365 * 86_400_000);
        insertInteraction.run(at, at, 1 + Math.floor(next() * size.people), SUBJECTS[i % SUBJECTS.length]!, METHODS[i % METHODS.length]!, at);
      }
    })();
  }
  db.exec('ANALYZE');
  db.exec('CREATE TABLE bench_seed (version INTEGER NOT NULL, schema_version INTEGER NOT NULL)');
  db.prepare('INSERT INTO bench_seed VALUES (?, ?)').run(SEED_VERSION, schemaVersion);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return dataDir;
}
