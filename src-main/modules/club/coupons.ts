import type { Discount } from '../../../src-shared/api/club';

// Whether a discount applies to a member today, and what it takes off an amount. Pure: the counter's
// check and the purchase use the same rules.

export type DiscountTerms = Pick<Discount, 'active' | 'validFrom' | 'validTo' | 'tierIds' | 'maxUses' | 'maxUsesPerMember' | 'minPurchaseRials' | 'percent' | 'amountRials'>;

export type Refusal = 'inactive' | 'notYet' | 'ended' | 'usedUp' | 'usedByMember' | 'tier' | 'minPurchase';

export interface Usage {
  total: number;
  byMember: number;
}

// `today` is an ISO date; validFrom and validTo are inclusive.
export function refusalOf(discount: DiscountTerms, today: string, tierId: number | null, amountRials: number, usage: Usage): Refusal | null {
  if (!discount.active) return 'inactive';
  if (today < discount.validFrom) return 'notYet';
  if (today > discount.validTo) return 'ended';
  if (discount.tierIds.length > 0 && (tierId === null || !discount.tierIds.includes(tierId))) return 'tier';
  if (discount.maxUses !== null && usage.total >= discount.maxUses) return 'usedUp';
  if (discount.maxUsesPerMember !== null && usage.byMember >= discount.maxUsesPerMember) return 'usedByMember';
  if (amountRials < discount.minPurchaseRials) return 'minPurchase';
  return null;
}

// Never more than the amount itself.
export function discountRials(discount: Pick<DiscountTerms, 'percent' | 'amountRials'>, amountRials: number): number {
  const off = discount.percent !== null ? Math.floor((amountRials * discount.percent) / 100) : (discount.amountRials ?? 0);
  return Math.min(off, amountRials);
}
