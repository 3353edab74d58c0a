import { eq } from 'drizzle-orm';
import type { ClubSettings } from '../../../src-shared/api/club';
import type { WriteCtx } from '../../core/context';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { addMonths } from './points';
import { clubMembers, clubTierChanges } from './schema';
import { listTiers } from './settings';
import { decideTier } from './tiers';
import { formatMoney } from '../../../src-shared/domain/money';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';

type AnyDb = ReadDb | WriteDb;

// Where a member stands in the rolling window: points earned or given (not reversed), or Rials spent
// after discounts.
export function windowProgress(db: AnyDb, memberId: number, basis: ClubSettings['tierBasis'], since: number): number {
  const sql =
    basis === 'points'
      ? `SELECT COALESCE(SUM(e.points), 0) AS n FROM club_ledger e WHERE e.member_id = ? AND e.kind IN ('earn', 'adjust') AND e.points > 0 AND e.at >= ?
         AND NOT EXISTS (SELECT 1 FROM club_ledger r WHERE r.reverses_id = e.id)`
      : 'SELECT COALESCE(SUM(amount_rials - discount_rials), 0) AS n FROM club_purchases WHERE member_id = ? AND at >= ?';
  return (prepared(db, sql).get(memberId, since) as { n: number }).n;
}

export function windowStart(settings: ClubSettings, now: number): number {
  return addMonths(now, -settings.tierWindowMonths);
}

export interface TierChangeResult {
  fromTier: string | null;
  toTier: string | null;
  reason: string;
  toTierId: number | null;
}

function describeProgress(settings: ClubSettings, progress: number): string {
  const amount = settings.tierBasis === 'points' ? `${toPersianDigits(progress)} امتیاز` : formatMoney(progress, 'rial');
  return `${amount} در ${toPersianDigits(settings.tierWindowMonths)} ماه اخیر`;
}

// Moves the member up at once, or down at the end of their window (`atReview`); the change and its
// reason are recorded. A member who keeps their tier at a review starts a new window.
export function reviewTier(ctx: WriteCtx, memberId: number, settings: ClubSettings, atReview: boolean): TierChangeResult | null {
  const now = ctx.clock.now();
  const member = ctx.db.select({ tierId: clubMembers.tierId }).from(clubMembers).where(eq(clubMembers.id, memberId)).get()!;
  const tiers = listTiers(ctx.db);
  const progress = windowProgress(ctx.db, memberId, settings.tierBasis, windowStart(settings, now));
  const decision = decideTier(tiers, member.tierId, progress, atReview);
  const nextReview = addMonths(now, settings.tierWindowMonths);
  if (decision.change === 'none') {
    if (atReview) ctx.records.update(clubMembers, memberId, { tierReviewAt: member.tierId === null ? null : nextReview });
    return null;
  }
  const to = decision.to;
  const fromName = tiers.find((t) => t.id === member.tierId)?.name ?? null;
  const reason =
    decision.change === 'up'
      ? `ارتقا به «${to!.name}» با ${describeProgress(settings, progress)}`
      : `${to ? `تنزل به «${to.name}»` : 'خروج از سطح‌ها'} در پایان دورهٔ ارزیابی با ${describeProgress(settings, progress)}`;
  ctx.records.update(clubMembers, memberId, { tierId: to?.id ?? null, tierReviewAt: to ? nextReview : null });
  ctx.records.insert(clubTierChanges, { memberId, fromTierId: member.tierId, toTierId: to?.id ?? null, reason });
  return { fromTier: fromName, toTier: to?.name ?? null, reason, toTierId: to?.id ?? null };
}
