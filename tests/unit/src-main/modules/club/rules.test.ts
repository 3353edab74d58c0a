import { describe, expect, it } from 'vitest';
import { cardCodeFor, luhnDigit } from '../../../../../src-main/modules/club/cards';
import { discountRials, refusalOf, type DiscountTerms } from '../../../../../src-main/modules/club/coupons';
import { drawWinners } from '../../../../../src-main/modules/club/draw';
import { purchaseEarnings, type EarnRuleLike } from '../../../../../src-main/modules/club/earning';
import { rfmSegment } from '../../../../../src-main/modules/club/reports';
import { decideTier, nextTier, qualifyingTier } from '../../../../../src-main/modules/club/tiers';

describe('earning rules', () => {
  const spend: EarnRuleLike = { id: 1, kind: 'spend', points: 1, rialsPerPoint: 100_000, match: null };
  const coffee: EarnRuleLike = { id: 2, kind: 'product', points: 5, rialsPerPoint: null, match: 'قهوه ی' };
  const drinks: EarnRuleLike = { id: 3, kind: 'productGroup', points: 2, rialsPerPoint: null, match: 'نوشیدنی' };
  const birthday: EarnRuleLike = { id: 4, kind: 'birthday', points: 50, rialsPerPoint: null, match: null };

  it('gives a point per 100,000 Rials paid and drops the fraction', () => {
    expect(purchaseEarnings([spend], 4_599_999, [], 1)).toEqual([{ ruleId: 1, points: 45 }]);
    expect(purchaseEarnings([spend], 99_999, [], 1)).toEqual([]);
  });

  it('counts units of a product or a product group, matching Arabic and Persian letters alike', () => {
    const lines = [
      { product: 'قهوه ي', group: 'نوشیدنی', quantity: 2 },
      { product: 'چاي', group: 'نوشيدني', quantity: 3 },
      { product: 'کیک', group: null, quantity: 1 },
    ];
    expect(purchaseEarnings([coffee, drinks, birthday], 0, lines, 1)).toEqual([
      { ruleId: 2, points: 10 },
      { ruleId: 3, points: 10 },
    ]);
  });

  it('multiplies by the tier and never rounds up', () => {
    expect(purchaseEarnings([spend], 1_000_000, [], 1.5)).toEqual([{ ruleId: 1, points: 15 }]);
    expect(purchaseEarnings([spend], 300_000, [], 1.5)).toEqual([{ ruleId: 1, points: 4 }]);
  });
});

describe('tiers', () => {
  const tiers = [
    { id: 1, name: 'برنزی', threshold: 0 },
    { id: 3, name: 'طلایی', threshold: 500 },
    { id: 2, name: 'نقره‌ای', threshold: 100 },
  ];

  it('qualifies for the highest threshold reached', () => {
    expect(qualifyingTier(tiers, 99)?.name).toBe('برنزی');
    expect(qualifyingTier(tiers, 100)?.name).toBe('نقره‌ای');
    expect(qualifyingTier(tiers, 10_000)?.name).toBe('طلایی');
    expect(qualifyingTier([{ id: 9, name: 'ویژه', threshold: 10 }], 5)).toBeNull();
  });

  it('upgrades at once, also past a tier', () => {
    expect(decideTier(tiers, 1, 600, false)).toEqual({ change: 'up', to: tiers[1] });
    expect(decideTier(tiers, null, 0, false)).toEqual({ change: 'up', to: tiers[0] });
  });

  it('downgrades only at the end of the window', () => {
    expect(decideTier(tiers, 3, 120, false)).toEqual({ change: 'none' });
    expect(decideTier(tiers, 3, 120, true)).toEqual({ change: 'down', to: tiers[2] });
    expect(decideTier(tiers, 2, 150, true)).toEqual({ change: 'none' });
  });

  it('moves members of a removed tier to what they qualify for', () => {
    expect(decideTier(tiers, 42, 150, false)).toEqual({ change: 'up', to: tiers[2] });
  });

  it('tells how far the next tier is', () => {
    expect(nextTier(tiers, 40, 1)).toEqual({ name: 'نقره‌ای', missing: 60 });
    // Held gold from an earlier window: nothing above it.
    expect(nextTier(tiers, 40, 3)).toBeNull();
  });
});

describe('coupon validity', () => {
  const yalda: DiscountTerms = {
    active: true,
    validFrom: '2026-12-01',
    validTo: '2026-12-22',
    tierIds: [],
    maxUses: 100,
    maxUsesPerMember: 1,
    minPurchaseRials: 500_000,
    percent: 20,
    amountRials: null,
  };
  const unused = { total: 0, byMember: 0 };

  it('holds on its first and last day only', () => {
    expect(refusalOf(yalda, '2026-11-30', null, 1_000_000, unused)).toBe('notYet');
    expect(refusalOf(yalda, '2026-12-01', null, 1_000_000, unused)).toBeNull();
    expect(refusalOf(yalda, '2026-12-22', null, 1_000_000, unused)).toBeNull();
    expect(refusalOf(yalda, '2026-12-23', null, 1_000_000, unused)).toBe('ended');
  });

  it('counts uses in all and per member, and checks the tier and the minimum', () => {
    expect(refusalOf(yalda, '2026-12-10', null, 1_000_000, { total: 100, byMember: 0 })).toBe('usedUp');
    expect(refusalOf(yalda, '2026-12-10', null, 1_000_000, { total: 5, byMember: 1 })).toBe('usedByMember');
    expect(refusalOf({ ...yalda, tierIds: [3] }, '2026-12-10', 2, 1_000_000, unused)).toBe('tier');
    expect(refusalOf({ ...yalda, tierIds: [3] }, '2026-12-10', null, 1_000_000, unused)).toBe('tier');
    expect(refusalOf(yalda, '2026-12-10', null, 499_999, unused)).toBe('minPurchase');
    expect(refusalOf({ ...yalda, active: false }, '2026-12-10', null, 1_000_000, unused)).toBe('inactive');
  });

  it('never takes off more than the amount', () => {
    expect(discountRials({ percent: 20, amountRials: null }, 1_000_005)).toBe(200_001);
    expect(discountRials({ percent: null, amountRials: 300_000 }, 200_000)).toBe(200_000);
  });
});

describe('draws', () => {
  const entries = Array.from({ length: 200 }, (_, i) => ({ memberId: i + 1, weight: 1 }));

  it('draws the same winners, in the same order, from the same seed and list', () => {
    const first = drawWinners('nowruz-1405', entries, 5);
    expect(first).toHaveLength(5);
    expect(new Set(first).size).toBe(5);
    expect(drawWinners('nowruz-1405', entries, 5)).toEqual(first);
    expect(drawWinners('nowruz-1406', entries, 5)).not.toEqual(first);
  });

  it('favours heavier weights and never draws a zero weight', () => {
    const weighted = [
      { memberId: 1, weight: 1 },
      { memberId: 2, weight: 99 },
      { memberId: 3, weight: 0 },
    ];
    let heavyFirst = 0;
    for (let seed = 0; seed < 500; seed++) {
      const [winner, second] = drawWinners(`s${seed}`, weighted, 3);
      if (winner === 2) heavyFirst++;
      expect([winner, second].sort()).toEqual([1, 2]);
    }
    // P = 0.99; 500 draws give about 495.
    expect(heavyFirst).toBeGreaterThan(480);
  });
});

describe('card codes', () => {
  it('end in a Luhn check digit and differ per issue', () => {
    expect(luhnDigit('7992739871')).toBe(3);
    expect(cardCodeFor('100001', 1)).toBe(`10000101${luhnDigit('10000101')}`);
    expect(cardCodeFor('100001', 2)).not.toBe(cardCodeFor('100001', 1));
  });
});

describe('RFM segments', () => {
  it('names the usual groups', () => {
    expect(rfmSegment(5, 5, 5, false)).toBe('champions');
    expect(rfmSegment(3, 4, 2, false)).toBe('loyal');
    expect(rfmSegment(5, 1, 1, false)).toBe('promising');
    expect(rfmSegment(2, 4, 4, false)).toBe('atRisk');
    expect(rfmSegment(1, 1, 1, false)).toBe('lost');
    expect(rfmSegment(3, 3, 3, false)).toBe('needsAttention');
    expect(rfmSegment(5, 1, 1, true)).toBe('new');
  });
});
