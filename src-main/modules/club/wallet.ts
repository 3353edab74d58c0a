import { desc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { WALLET_KINDS } from '../../../src-shared/api/club';
import type { WriteCtx } from '../../core/context';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { users } from '../auth/schema';
import { clubWallet } from './schema';

type AnyDb = ReadDb | WriteDb;

// Each entry carries the balance after it, so the balance is one indexed read and a statement never
// needs a running sum. Writes are serialised by the core's write lock, so the last entry is the balance.
export function walletBalance(db: AnyDb, memberId: number): number {
  const row = prepared(db, 'SELECT balance_rials AS balance FROM club_wallet WHERE member_id = ? ORDER BY id DESC LIMIT 1').get(memberId) as { balance: number } | undefined;
  return row?.balance ?? 0;
}

export function changeWallet(
  ctx: WriteCtx,
  memberId: number,
  kind: (typeof WALLET_KINDS)[number],
  amountRials: number,
  reason: string | null,
  purchaseId: number | null = null,
): number {
  const before = walletBalance(ctx.db, memberId);
  const signed = kind === 'spend' ? -amountRials : amountRials;
  if (before + signed < 0) throw new AppError('club.insufficientWallet', { balance: before });
  const balanceRials = before + signed;
  ctx.records.insert(clubWallet, { memberId, at: ctx.clock.now(), kind, amountRials: signed, balanceRials, reason, purchaseId });
  return balanceRials;
}

export function walletPage(db: AnyDb, memberId: number, offset: number, limit: number) {
  const rows = db
    .select({
      id: clubWallet.id,
      at: clubWallet.at,
      kind: clubWallet.kind,
      amountRials: clubWallet.amountRials,
      balanceRials: clubWallet.balanceRials,
      reason: clubWallet.reason,
      purchaseId: clubWallet.purchaseId,
      userName: users.displayName,
    })
    .from(clubWallet)
    .leftJoin(users, eq(users.id, clubWallet.createdBy))
    .where(eq(clubWallet.memberId, memberId))
    .orderBy(desc(clubWallet.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(clubWallet).where(eq(clubWallet.memberId, memberId)).get()?.n ?? 0;
  return { rows, total, balance: walletBalance(db, memberId) };
}
