import type { ClubReport, MemberValue, RFM_SEGMENTS } from '../../../src-shared/api/club';
import { fromJalali, localDayStart, toJalali, todayIsoDate } from '../../../src-shared/domain/jalali';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { requireMember } from './members';
import { listTiers } from './settings';
import type { z } from 'zod';

type AnyDb = ReadDb | WriteDb;

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
// A member who bought in the last 90 days is active; one who bought before but not in 180 days has lapsed.
const ACTIVE_DAYS = 90;
const LAPSED_DAYS = 180;
const TOP_MEMBERS = 10;

function jalaliMonthStart(jy: number, jm: number): number {
  const year = jy + Math.floor((jm - 1) / 12);
  const month = ((((jm - 1) % 12) + 12) % 12) + 1;
  return localDayStart(fromJalali(year, month, 1));
}

function sum(db: AnyDb, query: string, ...params: unknown[]): number {
  return (prepared(db, query).get(...params) as { n: number | null }).n ?? 0;
}

export function clubReport(db: AnyDb, months: number, now: number): z.input<typeof ClubReport> {
  const tiers = listTiers(db);
  const byTier = (prepared(db, "SELECT tier_id AS tierId, count(*) AS members FROM club_members WHERE status = 'active' GROUP BY tier_id").all() as { tierId: number | null; members: number }[]).map(
    (row) => ({ ...row, name: tiers.find((t) => t.id === row.tierId)?.name ?? null }),
  );
  const statuses = Object.fromEntries((prepared(db, 'SELECT status, count(*) AS n FROM club_members GROUP BY status').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));
  const { jy, jm } = toJalali(todayIsoDate(now));
  const thisMonth = jalaliMonthStart(jy, jm);
  const monthRows = [];
  for (let back = months - 1; back >= 0; back--) {
    const from = jalaliMonthStart(jy, jm - back);
    const to = jalaliMonthStart(jy, jm - back + 1);
    const kindSum = (kind: string) => sum(db, 'SELECT SUM(points) AS n FROM club_ledger WHERE at >= ? AND at < ? AND kind = ?', from, to, kind);
    const start = toJalali(todayIsoDate(from));
    monthRows.push({
      month: `${start.jy}-${String(start.jm).padStart(2, '0')}`,
      newMembers: sum(db, 'SELECT count(*) AS n FROM club_members WHERE joined_at >= ? AND joined_at < ?', from, to),
      earned: kindSum('earn'),
      redeemed: 0 - kindSum('redeem'),
      expired: 0 - kindSum('expire'),
      spentRials: sum(db, 'SELECT SUM(amount_rials - discount_rials) AS n FROM club_purchases WHERE at >= ? AND at < ?', from, to),
    });
  }
  const topMembers = prepared(
    db,
    `SELECT p.member_id AS memberId, pa.display_name AS name, SUM(p.amount_rials - p.discount_rials) AS spentRials, count(*) AS purchases,
       (SELECT COALESCE(SUM(points), 0) FROM club_ledger l WHERE l.member_id = p.member_id) AS points
     FROM club_purchases p JOIN club_members m ON m.id = p.member_id JOIN parties pa ON pa.id = m.party_id
     WHERE p.at >= ? GROUP BY p.member_id ORDER BY spentRials DESC LIMIT ?`,
  ).all(now - YEAR, TOP_MEMBERS) as z.input<typeof ClubReport>['topMembers'];
  return {
    byTier,
    members: {
      total: Object.values(statuses).reduce((a, b) => a + b, 0),
      active: sum(db, 'SELECT count(DISTINCT member_id) AS n FROM club_purchases WHERE at >= ?', now - ACTIVE_DAYS * DAY),
      lapsed: sum(db, 'SELECT count(*) AS n FROM (SELECT MAX(at) AS last FROM club_purchases GROUP BY member_id) WHERE last < ?', now - LAPSED_DAYS * DAY),
      newThisMonth: sum(db, 'SELECT count(*) AS n FROM club_members WHERE joined_at >= ?', thisMonth),
      suspended: statuses.suspended ?? 0,
      expired: statuses.expired ?? 0,
    },
    months: monthRows,
    topMembers,
  };
}

// Percentiles (0 to 100) of recency (days since the last purchase), frequency and spend over the last
// year, computed by the nightly run for the whole club.
export interface RfmBounds {
  recency: number[];
  frequency: number[];
  monetary: number[];
  averageTenureYears: number;
}

function percentiles(values: number[]): number[] {
  if (values.length === 0) return [];
  const sorted = [...values].sort((a, b) => a - b);
  return Array.from({ length: 101 }, (_, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
}

// Grouped by member in SQL: the member index reads a club's purchases in table order, where a year's
// purchases read in date order cost a random read each (70 s against 5 s for 4 million purchases).
export function computeRfmBounds(db: AnyDb, now: number): RfmBounds {
  const rows = prepared(db, 'SELECT MAX(at) AS last, count(*) AS purchases, SUM(amount_rials - discount_rials) AS spent FROM club_purchases WHERE at >= ? GROUP BY member_id').all(now - YEAR) as {
    last: number;
    purchases: number;
    spent: number;
  }[];
  const tenure = sum(db, 'SELECT AVG(? - joined_at) AS n FROM club_members', now);
  return {
    recency: percentiles(rows.map((r) => Math.floor((now - r.last) / DAY))),
    frequency: percentiles(rows.map((r) => r.purchases)),
    monetary: percentiles(rows.map((r) => r.spent)),
    averageTenureYears: tenure / YEAR,
  };
}

// 1 (worst) to 5 (best): the share of the club this member does at least as well as, in fifths.
function score(value: number, percentileValues: number[], lowerIsBetter: boolean): number {
  if (percentileValues.length === 0) return 3;
  const beaten = percentileValues.filter((p) => (lowerIsBetter ? p >= value : p <= value)).length;
  return Math.max(1, Math.ceil((5 * beaten) / percentileValues.length));
}

export function rfmSegment(r: number, f: number, m: number, isNew: boolean): (typeof RFM_SEGMENTS)[number] {
  if (isNew) return 'new';
  if (r >= 4 && f >= 4 && m >= 4) return 'champions';
  if (r >= 3 && f >= 4) return 'loyal';
  if (r >= 4 && f <= 2) return 'promising';
  if (r <= 1 && f <= 2) return 'lost';
  if (r <= 2 && f >= 3) return 'atRisk';
  return 'needsAttention';
}

export function memberValue(db: AnyDb, memberId: number, now: number, bounds: RfmBounds | null): z.input<typeof MemberValue> {
  const member = requireMember(db, memberId);
  const stats = prepared(db, 'SELECT count(*) AS purchases, COALESCE(SUM(amount_rials - discount_rials), 0) AS spent, MAX(at) AS last FROM club_purchases WHERE member_id = ?').get(memberId) as {
    purchases: number;
    spent: number;
    last: number | null;
  };
  const yearsSoFar = Math.max((now - member.joinedAt) / YEAR, 1 / 12);
  const frequencyPerYear = stats.purchases / yearsSoFar;
  const averagePurchaseRials = stats.purchases ? Math.round(stats.spent / stats.purchases) : 0;
  const retentionYears = Math.max(yearsSoFar, bounds?.averageTenureYears ?? 0);
  let rfm = null;
  if (bounds && stats.last !== null) {
    const yearStats = prepared(db, 'SELECT count(*) AS purchases, COALESCE(SUM(amount_rials - discount_rials), 0) AS spent FROM club_purchases WHERE member_id = ? AND at >= ?').get(memberId, now - YEAR) as {
      purchases: number;
      spent: number;
    };
    const recency = score(Math.floor((now - stats.last) / DAY), bounds.recency, true);
    const frequency = score(yearStats.purchases, bounds.frequency, false);
    const monetary = score(yearStats.spent, bounds.monetary, false);
    rfm = { recency, frequency, monetary, segment: rfmSegment(recency, frequency, monetary, now - member.joinedAt < 30 * DAY && stats.purchases <= 1) };
  }
  return {
    purchases: stats.purchases,
    spentRials: stats.spent,
    averagePurchaseRials,
    frequencyPerYear: Math.round(frequencyPerYear * 100) / 100,
    retentionYears: Math.round(retentionYears * 100) / 100,
    lifetimeValueRials: Math.round(frequencyPerYear * averagePurchaseRials * retentionYears),
    lastPurchaseAt: stats.last,
    rfm,
  };
}

export function readStat<T>(db: AnyDb, key: string): T | null {
  const row = prepared(db, 'SELECT value FROM club_stats WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : null;
}

export function writeStat(db: WriteDb, key: string, value: unknown, now: number): void {
  prepared(db, 'INSERT INTO club_stats (key, value, at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, at = excluded.at').run(key, JSON.stringify(value), now);
}

