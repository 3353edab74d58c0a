import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../../src-shared/api/errors';
import type { LedgerEntry, LEDGER_KINDS } from '../../../src-shared/api/club';
import type { WriteCtx } from '../../core/context';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { users } from '../auth/schema';
import { clubEarnRules, clubLedger } from './schema';

type AnyDb = ReadDb | WriteDb;
type LedgerKind = (typeof LEDGER_KINDS)[number];

// Points live in two places: the ledger (append-only, audited: the truth of what happened and why) and
// the lots (what is left of each earning). Every change keeps balance == sum of remaining lots, so a
// redemption or an expiry never takes points that are not there.

export function addMonths(at: number, months: number): number {
  const date = new Date(at);
  date.setMonth(date.getMonth() + months);
  return date.getTime();
}

export function pointsBalance(db: AnyDb, memberId: number): number {
  return (prepared(db, 'SELECT COALESCE(SUM(points), 0) AS n FROM club_ledger WHERE member_id = ?').get(memberId) as { n: number }).n;
}

// The earliest expiry within `horizon` and everything that expires by then.
export function expiringSoon(db: AnyDb, memberId: number, until: number): { points: number; at: number } | null {
  const row = prepared(
    db,
    'SELECT MIN(expires_at) AS at, COALESCE(SUM(remaining), 0) AS points FROM club_point_lots WHERE member_id = ? AND remaining > 0 AND expires_at <= ?',
  ).get(memberId, until) as { at: number | null; points: number };
  return row.at === null ? null : { points: row.points, at: row.at };
}

interface NewEntry {
  memberId: number;
  kind: LedgerKind;
  points: number;
  reason: string | null;
  ruleId?: number | null;
  purchaseId?: number | null;
  expiresAt?: number | null;
  reversesId?: number | null;
}

function append(ctx: WriteCtx, entry: NewEntry): number {
  return ctx.records.insert(clubLedger, {
    memberId: entry.memberId,
    at: ctx.clock.now(),
    kind: entry.kind,
    points: entry.points,
    reason: entry.reason,
    ruleId: entry.ruleId ?? null,
    purchaseId: entry.purchaseId ?? null,
    expiresAt: entry.expiresAt ?? null,
    reversesId: entry.reversesId ?? null,
  }).id;
}

function addLot(db: WriteDb, entryId: number, memberId: number, expiresAt: number, points: number): void {
  prepared(db, 'INSERT INTO club_point_lots (entry_id, member_id, expires_at, remaining) VALUES (?, ?, ?, ?)').run(entryId, memberId, expiresAt, points);
}

// Points given: an earning (by a rule), a positive adjustment, or a reversed redemption.
export function credit(ctx: WriteCtx, entry: Omit<NewEntry, 'expiresAt'> & { expiresAt: number }): number {
  const id = append(ctx, entry);
  addLot(ctx.db, id, entry.memberId, entry.expiresAt, entry.points);
  return id;
}

// Takes points from the lots that expire first (first in, first out), or refuses without changing anything.
function consumeLots(db: WriteDb, memberId: number, points: number): void {
  const lots = prepared(db, 'SELECT entry_id AS id, remaining FROM club_point_lots WHERE member_id = ? AND remaining > 0 ORDER BY expires_at, entry_id').all(memberId) as {
    id: number;
    remaining: number;
  }[];
  const available = lots.reduce((sum, lot) => sum + lot.remaining, 0);
  if (available < points) throw new AppError('club.insufficientPoints', { balance: available });
  const take = prepared(db, 'UPDATE club_point_lots SET remaining = remaining - ? WHERE entry_id = ?');
  let left = points;
  for (const lot of lots) {
    if (left === 0) break;
    const taken = Math.min(left, lot.remaining);
    take.run(taken, lot.id);
    left -= taken;
  }
}

// Points taken: a redemption or a negative adjustment. `points` is positive.
export function debit(ctx: WriteCtx, entry: Omit<NewEntry, 'points' | 'expiresAt'> & { points: number }): number {
  consumeLots(ctx.db, entry.memberId, entry.points);
  return append(ctx, { ...entry, points: -entry.points });
}

// The ledger entries of points the nightly run expired, one per member (it has emptied their lots itself).
export function expirePoints(ctx: WriteCtx, expired: readonly { memberId: number; points: number }[]): void {
  const at = ctx.clock.now();
  ctx.records.insertMany(
    clubLedger,
    expired.map(({ memberId, points }) => ({ memberId, at, kind: 'expire' as const, points: -points, reason: null, ruleId: null, purchaseId: null, expiresAt: null, reversesId: null })),
  );
}

// The only undo: a counter-entry. An earning can be reversed while all of it is still unspent; a
// redemption or a negative adjustment gives its points back as a fresh lot.
export function reverseEntry(ctx: WriteCtx, entryId: number, reason: string, expiryMonths: number): number {
  const entry = ctx.db.select().from(clubLedger).where(eq(clubLedger.id, entryId)).get();
  if (!entry) throw new AppError('record.notFound', { table: 'club_ledger', id: entryId });
  if (entry.kind === 'expire' || entry.kind === 'reverse') throw new AppError('club.notReversible');
  if (ctx.db.select({ id: clubLedger.id }).from(clubLedger).where(eq(clubLedger.reversesId, entryId)).get()) throw new AppError('club.alreadyReversed');
  const base = { memberId: entry.memberId, kind: 'reverse' as const, reason, reversesId: entryId, purchaseId: entry.purchaseId };
  if (entry.points > 0) {
    const lot = prepared(ctx.db, 'SELECT remaining FROM club_point_lots WHERE entry_id = ?').get(entryId) as { remaining: number } | undefined;
    if (!lot || lot.remaining < entry.points) throw new AppError('club.pointsUsed');
    prepared(ctx.db, 'UPDATE club_point_lots SET remaining = 0 WHERE entry_id = ?').run(entryId);
    return append(ctx, { ...base, points: -entry.points });
  }
  return credit(ctx, { ...base, points: -entry.points, expiresAt: addMonths(ctx.clock.now(), expiryMonths) });
}

export function memberOfEntry(db: AnyDb, entryId: number): number {
  const row = db.select({ memberId: clubLedger.memberId }).from(clubLedger).where(eq(clubLedger.id, entryId)).get();
  if (!row) throw new AppError('record.notFound', { table: 'club_ledger', id: entryId });
  return row.memberId;
}

const reversal = alias(clubLedger, 'reversal');

export function ledgerPage(db: AnyDb, memberId: number, offset: number, limit: number): { rows: LedgerEntry[]; total: number; balance: number } {
  const rows = db
    .select({
      id: clubLedger.id,
      at: clubLedger.at,
      kind: clubLedger.kind,
      points: clubLedger.points,
      reason: clubLedger.reason,
      ruleName: clubEarnRules.name,
      purchaseId: clubLedger.purchaseId,
      expiresAt: clubLedger.expiresAt,
      reversesId: clubLedger.reversesId,
      reversedById: reversal.id,
      userName: users.displayName,
    })
    .from(clubLedger)
    .leftJoin(clubEarnRules, eq(clubEarnRules.id, clubLedger.ruleId))
    .leftJoin(reversal, eq(reversal.reversesId, clubLedger.id))
    .leftJoin(users, eq(users.id, clubLedger.createdBy))
    .where(eq(clubLedger.memberId, memberId))
    .orderBy(desc(clubLedger.at), desc(clubLedger.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(clubLedger).where(and(eq(clubLedger.memberId, memberId))).get()?.n ?? 0;
  return { rows, total, balance: pointsBalance(db, memberId) };
}
