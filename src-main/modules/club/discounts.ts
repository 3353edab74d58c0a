import { and, eq, isNull } from 'drizzle-orm';
import type { Discount } from '../../../src-shared/api/club';
import type { WriteCtx } from '../../core/context';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { discountRials, refusalOf, type Refusal } from './coupons';
import { clubCouponUses, clubDiscounts } from './schema';

type AnyDb = ReadDb | WriteDb;

const DISCOUNTS_SQL = `SELECT id, name, kind, code, percent, amount_rials AS amountRials, valid_from AS validFrom, valid_to AS validTo,
    tier_ids AS tierIds, max_uses AS maxUses, max_uses_per_member AS maxUsesPerMember, min_purchase_rials AS minPurchaseRials,
    (SELECT count(*) FROM club_coupon_uses u WHERE u.discount_id = club_discounts.id) AS used, active, version
  FROM club_discounts WHERE deleted_at IS NULL ORDER BY valid_from, id`;

// Read on every swipe (the offers valid now): prepared once.
export function listDiscounts(db: AnyDb): Discount[] {
  return (prepared(db, DISCOUNTS_SQL).all() as (Omit<Discount, 'tierIds' | 'active'> & { tierIds: string; active: number })[]).map((row) => ({
    ...row,
    tierIds: JSON.parse(row.tierIds) as number[],
    active: row.active === 1,
  }));
}

function usageOf(db: AnyDb, discountId: number, memberId: number) {
  return prepared(db, 'SELECT count(*) AS total, COALESCE(SUM(member_id = ?), 0) AS byMember FROM club_coupon_uses WHERE discount_id = ?').get(memberId, discountId) as {
    total: number;
    byMember: number;
  };
}

// The discounts a member may use today (the panel shows them before the purchase is typed in).
export function offersFor(db: AnyDb, memberId: number, tierId: number | null, today: string) {
  return listDiscounts(db)
    .filter((d) => {
      const refusal = refusalOf(d, today, tierId, Number.MAX_SAFE_INTEGER, usageOf(db, d.id, memberId));
      return refusal === null;
    })
    .map((d) => ({ discountId: d.id, name: d.name, kind: d.kind, code: d.code, percent: d.percent, amountRials: d.amountRials, validTo: d.validTo }));
}

export type CouponResult = { valid: true; discountId: number; name: string; discountRials: number } | { valid: false; reason: Refusal | 'unknown' };

export function checkCoupon(db: AnyDb, memberId: number, tierId: number | null, code: string, amountRials: number, today: string): CouponResult {
  const discount = listDiscounts(db).find((d) => d.kind === 'code' && d.code === code.toUpperCase());
  if (!discount) return { valid: false, reason: 'unknown' };
  const reason = refusalOf(discount, today, tierId, amountRials, usageOf(db, discount.id, memberId));
  if (reason) return { valid: false, reason };
  return { valid: true, discountId: discount.id, name: discount.name, discountRials: discountRials(discount, amountRials) };
}

// The best occasion discount for this amount (occasions do not add up with each other).
export function bestOccasion(db: AnyDb, memberId: number, tierId: number | null, amountRials: number, today: string): { discountId: number; rials: number } | null {
  let best: { discountId: number; rials: number } | null = null;
  for (const d of listDiscounts(db)) {
    if (d.kind !== 'occasion' || refusalOf(d, today, tierId, amountRials, usageOf(db, d.id, memberId)) !== null) continue;
    const rials = discountRials(d, amountRials);
    if (best === null || rials > best.rials) best = { discountId: d.id, rials };
  }
  return best;
}

export function recordUse(ctx: WriteCtx, discountId: number, memberId: number, purchaseId: number): void {
  ctx.records.insert(clubCouponUses, { discountId, memberId, purchaseId });
}

export function discountById(db: AnyDb, id: number) {
  return db.select().from(clubDiscounts).where(and(eq(clubDiscounts.id, id), isNull(clubDiscounts.deletedAt))).get();
}
