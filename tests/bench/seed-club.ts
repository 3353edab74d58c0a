import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiReply } from '../../src-shared/api/wire';
import { createCore, type Core } from '../../src-main/create-core';
import { cardCodeFor } from '../../src-main/modules/club/cards';
import { addMonths } from '../../src-main/modules/club/points';
import { round } from './figures';
import { BENCH_ADMIN, FULL_SIZE, random, seedCrm, SEED_VERSION as CRM_SEED_VERSION } from './seed-crm';

// The customer club on top of the CRM seed: every seeded person a member with a card, ~10 ledger entries each
// (purchases earning by a spend and a product rule, gift redemptions, adjustments), their point lots, the
// purchases and some wallets. History goes back 30 months and the nightly run has never run, so every lot
// earned more than 12 months before the seed's "now" is due to expire. Kept in its own copy of the CRM
// database (the CRM benches measure theirs as seeded) and reused while both seed versions and the schema match.

export const CLUB_SEED_VERSION = 1;

export interface ClubSeed {
  dataDir: string;
  // The seed's "now": benches run the core on a clock that starts here, so the data never ages.
  now: number;
  members: number;
  ledgerRows: number;
}

const MEMBERS = FULL_SIZE.people;
const LEDGER_ROWS_PER_MEMBER = 10;
const HISTORY_MONTHS = 30;
// The club's defaults (the settings row its migration inserts).
const POINTS_EXPIRY_MONTHS = 12;
const TIER_WINDOW_MONTHS = 12;
const MONTH_MS = 30.44 * 86_400_000;
const FIRST_MEMBERSHIP_NUMBER = 100_001;
const ADMIN_ID = 1;

// What the seed configures through the core, as an office would.
export const SPEND_RULE = { kind: 'spend', name: 'هر ۱۰۰ هزار ریال خرید', points: 1, rialsPerPoint: 100_000 } as const;
export const PRODUCT_RULE = { kind: 'product', name: 'قهوه', points: 5, match: 'قهوه' } as const;
export const TIERS = [
  { name: 'برنزی', threshold: 0, discountPercent: 0, pointMultiplier: 1 },
  { name: 'نقره‌ای', threshold: 150, discountPercent: 5, pointMultiplier: 1.25 },
  { name: 'طلایی', threshold: 400, discountPercent: 10, pointMultiplier: 1.5 },
] as const;
export const COFFEE_PRICE = 1_200_000;
const OTHER_ITEMS = [
  { product: 'کیک شکلاتی', group: 'شیرینی', unitPriceRials: 950_000 },
  { product: 'چای ماسالا', group: 'نوشیدنی', unitPriceRials: 700_000 },
  { product: 'ساندویچ مرغ', group: 'غذا', unitPriceRials: 2_400_000 },
  { product: 'آبمیوهٔ طبیعی', group: 'نوشیدنی', unitPriceRials: 1_100_000 },
  { product: 'بستنی', group: 'شیرینی', unitPriceRials: 800_000 },
] as const;

export function membershipNumberOf(member: number): string {
  return String(FIRST_MEMBERSHIP_NUMBER + member);
}

// One member in fifty lost a card: the first is blocked and the second is the one in use.
function reissued(member: number): boolean {
  return member % 50 === 7;
}

// The card the member holds now (`member` counts from 0, like the CRM seed's people).
export function activeCardCode(member: number): string {
  return cardCodeFor(membershipNumberOf(member), reissued(member) ? 2 : 1);
}

// Unique among a million members: 6-digit codes (what the core hands out) run out at 900,000.
function referralCodeOf(member: number): string {
  return String(1_000_000 + ((member * 7_919) % 9_000_000));
}

export async function call<T = unknown>(core: Core, token: string, method: string, input: unknown): Promise<T> {
  const reply: ApiReply = await core.call({ method, input }, token);
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

export async function signIn(core: Core): Promise<string> {
  return (await call<{ token: string }>(core, '', 'auth.login', BENCH_ADMIN)).token;
}

// A copy of a database file that can be opened on its own: its WAL is folded into it first.
export function copyDatabase(fromDir: string, toDir: string): string {
  const from = join(fromDir, 'peyvand.sqlite');
  const db = new Database(from);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  rmSync(toDir, { recursive: true, force: true });
  mkdirSync(toDir, { recursive: true });
  copyFileSync(from, join(toDir, 'peyvand.sqlite'));
  return toDir;
}

interface Marker {
  version: number;
  crmVersion: number;
  schemaVersion: number;
  now: number;
  ledgerRows: number;
}

function readMarker(dbPath: string): Marker | null {
  if (!existsSync(dbPath)) return null;
  const db = new Database(dbPath, { readonly: true });
  try {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'bench_club_seed'").get()) return null;
    return db
      .prepare('SELECT version, crm_version AS crmVersion, schema_version AS schemaVersion, now, ledger_rows AS ledgerRows FROM bench_club_seed')
      .get() as Marker;
  } finally {
    db.close();
  }
}

export async function seedClub(folder: string): Promise<ClubSeed> {
  const crmDir = await seedCrm(folder);
  const dataDir = join(folder, `club-${MEMBERS}`);
  const dbPath = join(dataDir, 'peyvand.sqlite');
  const crmSchema = readCrmSchemaVersion(crmDir);
  const marker = readMarker(dbPath);
  if (marker && marker.version === CLUB_SEED_VERSION && marker.crmVersion === CRM_SEED_VERSION && marker.schemaVersion === crmSchema) {
    return { dataDir, now: marker.now, members: MEMBERS, ledgerRows: marker.ledgerRows };
  }
  progress('copying the CRM seed');
  copyDatabase(crmDir, dataDir);
  const core = createCore({ dataDir, clubTiming: { nightly: false } });
  try {
    const token = await signIn(core);
    await call(core, token, 'club.saveRule', SPEND_RULE);
    await call(core, token, 'club.saveRule', PRODUCT_RULE);
    for (const tier of TIERS) await call(core, token, 'club.saveTier', tier);
  } finally {
    await core.close();
  }
  const now = Date.now();
  const ledgerRows = writeClub(dbPath, now, crmSchema);
  return { dataDir, now, members: MEMBERS, ledgerRows };
}

function readCrmSchemaVersion(crmDir: string): number {
  const db = new Database(join(crmDir, 'peyvand.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT schema_version AS v FROM bench_seed').get() as { v: number }).v;
  } finally {
    db.close();
  }
}

function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

const CLUB_TABLES = ['club_members', 'club_cards', 'club_ledger', 'club_point_lots', 'club_purchases', 'club_wallet'];

interface Lot {
  id: number;
  expiresAt: number;
  remaining: number;
}

function writeClub(dbPath: string, now: number, schemaVersion: number): number {
  const db = new Database(dbPath);
  // A failed seed is thrown away (it has no marker), so no journal; sorting for the indexes in two threads.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -2000000');
  db.pragma('temp_store = MEMORY');
  db.pragma('threads = 2');
  const ids = (table: string) => (db.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
  const [spendRuleId, productRuleId] = ids('club_earn_rules') as [number, number];
  const tierIds = ids('club_tiers');
  // Bulk rows go in faster without the indexes; the migrations' own statements build them again at the end.
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${CLUB_TABLES.map(() => '?').join(', ')})`)
    .all(...CLUB_TABLES) as { name: string; sql: string }[];
  for (const { name } of indexes) db.exec(`DROP INDEX ${name}`);

  const insertMember = db.prepare(`INSERT INTO club_members (id, created_at, created_by, updated_at, updated_by, party_id, membership_number, referral_code,
    joined_at, status, fee_paid_rials, answers, tier_id, tier_review_at) VALUES (?, ?, ${ADMIN_ID}, ?, ${ADMIN_ID}, ?, ?, ?, ?, 'active', 0, '[]', ?, ?)`);
  const insertCard = db.prepare(`INSERT INTO club_cards (created_at, created_by, updated_at, code, member_id, issued_at, blocked_at, block_reason)
    VALUES (?, ${ADMIN_ID}, ?, ?, ?, ?, ?, ?)`);
  const insertLedger = db.prepare(`INSERT INTO club_ledger (id, created_at, created_by, updated_at, member_id, at, kind, points, reason, rule_id, purchase_id, expires_at)
    VALUES (?, ?, ${ADMIN_ID}, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertLot = db.prepare('INSERT INTO club_point_lots (entry_id, member_id, expires_at, remaining) VALUES (?, ?, ?, ?)');
  const insertPurchase = db.prepare(`INSERT INTO club_purchases (id, created_at, created_by, updated_at, member_id, at, amount_rials, discount_rials, wallet_rials,
    points_redeemed, points_earned, items, cashier_id) VALUES (?, ?, ${ADMIN_ID}, ?, ?, ?, ?, 0, ?, 0, ?, ?, ${ADMIN_ID})`);
  const insertWallet = db.prepare(`INSERT INTO club_wallet (created_at, created_by, updated_at, member_id, at, kind, amount_rials, balance_rials, reason, purchase_id)
    VALUES (?, ${ADMIN_ID}, ?, ?, ?, ?, ?, ?, ?, ?)`);

  const next = random(2024);
  const windowStart = addMonths(now, -TIER_WINDOW_MONTHS);
  let ledgerId = 0;
  let purchaseId = 0;
  const started = Date.now();

  const seedMember = (member: number) => {
    const memberId = member + 1;
    const joinedAt = now - Math.floor(next() * HISTORY_MONTHS * MONTH_MS);
    const wanted = 1 + Math.floor(next() * (2 * LEDGER_ROWS_PER_MEMBER - 1));
    const times = Array.from({ length: wanted }, () => joinedAt + Math.floor(next() * (now - 60_000 - joinedAt))).sort((a, b) => a - b);
    const lots: Lot[] = [];
    let oldest = 0;
    let balance = 0;
    let wallet = next() < 0.2 ? 0 : null;
    let window = 0;
    let rows = 0;
    const entry = (at: number, kind: string, points: number, reason: string | null, ruleId: number | null, purchase: number | null) => {
      ledgerId++;
      rows++;
      balance += points;
      const expiresAt = points > 0 ? addMonths(at, POINTS_EXPIRY_MONTHS) : null;
      insertLedger.run(ledgerId, at, at, memberId, at, kind, points, reason, ruleId, purchase, expiresAt);
      if (expiresAt !== null) lots.push({ id: ledgerId, expiresAt, remaining: points });
      if (kind === 'earn' && at >= windowStart) window += points;
    };
    // First in, first out, like the core's debit: the lots all last 12 months, so the oldest go first.
    const spend = (at: number, kind: string, points: number, reason: string) => {
      let left = points;
      for (; left > 0; oldest++) {
        const lot = lots[oldest]!;
        const taken = Math.min(left, lot.remaining);
        lot.remaining -= taken;
        left -= taken;
        if (lot.remaining > 0) break;
      }
      entry(at, kind, -points, reason, null, null);
    };
    const walletEntry = (at: number, kind: string, amount: number, reason: string | null, purchase: number | null) => {
      wallet = (wallet ?? 0) + amount;
      insertWallet.run(at, at, memberId, at, kind, amount, wallet, reason, purchase);
    };
    const purchase = (at: number) => {
      const coffees = next() < 0.5 ? 1 + Math.floor(next() * 3) : 0;
      const other = OTHER_ITEMS[Math.floor(next() * OTHER_ITEMS.length)]!;
      const quantity = 1 + Math.floor(next() * 4);
      const amount = coffees * COFFEE_PRICE + quantity * other.unitPriceRials;
      const items = [
        ...(coffees > 0 ? [{ product: 'قهوه', group: 'نوشیدنی', quantity: coffees, unitPriceRials: COFFEE_PRICE }] : []),
        { product: other.product, group: other.group, quantity, unitPriceRials: other.unitPriceRials },
      ];
      const fromWallet = wallet !== null && wallet > 0 && next() < 0.5 ? Math.min(wallet, amount) : 0;
      const spendPoints = Math.floor(amount / SPEND_RULE.rialsPerPoint) * SPEND_RULE.points;
      const productPoints = coffees * PRODUCT_RULE.points;
      purchaseId++;
      insertPurchase.run(purchaseId, at, at, memberId, at, amount, fromWallet, spendPoints + productPoints, JSON.stringify(items));
      if (fromWallet > 0) walletEntry(at, 'spend', -fromWallet, 'پرداخت خرید', purchaseId);
      entry(at, 'earn', spendPoints, null, spendRuleId, purchaseId);
      if (productPoints > 0) entry(at, 'earn', productPoints, null, productRuleId, purchaseId);
    };

    if (wallet !== null) walletEntry(joinedAt, 'charge', 5_000_000 * (1 + Math.floor(next() * 10)), 'شارژ نقدی', null);
    // Every event writes at least one ledger row, so there is a time for each.
    for (let i = 0; rows < wanted; i++) {
      const at = times[i]!;
      const kind = next();
      if (kind < 0.1 && balance >= 100) spend(at, 'redeem', 50 * (1 + Math.floor(next() * Math.floor(balance / 50))), 'هدیه');
      else if (kind < 0.14) entry(at, 'adjust', 10 * (1 + Math.floor(next() * 20)), 'جبران تأخیر سفارش', null, null);
      else if (kind < 0.16 && balance > 0) spend(at, 'adjust', Math.min(balance, 10 * (1 + Math.floor(next() * 5))), 'اصلاح ثبت اشتباه');
      else purchase(at);
    }

    for (const lot of lots) insertLot.run(lot.id, memberId, lot.expiresAt, lot.remaining);
    let tier = 0;
    while (tier + 1 < TIERS.length && window >= TIERS[tier + 1]!.threshold) tier++;
    // A tier is reviewed 12 months after it was last earned: about one member in 365 is due tonight.
    const reviewAt = now - 86_400_000 + Math.floor(next() * 365 * 86_400_000);
    const number = membershipNumberOf(member);
    insertMember.run(memberId, joinedAt, joinedAt, memberId, number, referralCodeOf(member), joinedAt, tierIds[tier]!, reviewAt);
    if (reissued(member)) {
      const lostAt = joinedAt + Math.floor((now - joinedAt) / 2);
      insertCard.run(joinedAt, lostAt, cardCodeFor(number, 1), memberId, joinedAt, lostAt, 'گم شده');
      insertCard.run(lostAt, lostAt, cardCodeFor(number, 2), memberId, lostAt, null, null);
    } else insertCard.run(joinedAt, joinedAt, cardCodeFor(number, 1), memberId, joinedAt, null, null);
  };

  const BATCH = 50_000;
  for (let start = 0; start < MEMBERS; start += BATCH) {
    db.transaction(() => {
      for (let member = start; member < Math.min(MEMBERS, start + BATCH); member++) seedMember(member);
    })();
    progress(`club seed: ${start + BATCH} of ${MEMBERS} members, ${ledgerId} ledger rows, ${purchaseId} purchases, ${round((Date.now() - started) / 1000, 1)} s`);
  }
  for (const { name, sql } of indexes) {
    db.exec(sql);
    progress(`club seed: index ${name} built, ${round((Date.now() - started) / 1000, 1)} s`);
  }
  // club.join carries on after the seeded membership numbers.
  db.prepare('INSERT OR REPLACE INTO sequences (name, value) VALUES (?, ?)').run('club_membership_number', FIRST_MEMBERSHIP_NUMBER + MEMBERS - 1);
  for (const table of CLUB_TABLES) db.exec(`ANALYZE ${table}`);
  checkBalances(db);
  db.exec('CREATE TABLE bench_club_seed (version INTEGER NOT NULL, crm_version INTEGER NOT NULL, schema_version INTEGER NOT NULL, now INTEGER NOT NULL, ledger_rows INTEGER NOT NULL)');
  db.prepare('INSERT INTO bench_club_seed VALUES (?, ?, ?, ?, ?)').run(CLUB_SEED_VERSION, CRM_SEED_VERSION, schemaVersion, now, ledgerId);
  db.pragma('journal_mode = WAL');
  db.close();
  return ledgerId;
}

// The invariant the core keeps: per member, the ledger's sum is what is left in the lots.
export function checkBalances(db: Database.Database): void {
  const wrong = db
    .prepare(
      `SELECT count(*) AS n FROM (SELECT member_id, SUM(points) AS points FROM club_ledger GROUP BY member_id) l
       LEFT JOIN (SELECT member_id, SUM(remaining) AS points FROM club_point_lots GROUP BY member_id) p USING (member_id)
       WHERE l.points != COALESCE(p.points, 0)`,
    )
    .get() as { n: number };
  if (wrong.n > 0) throw new Error(`${wrong.n} members whose ledger does not add up to their lots`);
}
