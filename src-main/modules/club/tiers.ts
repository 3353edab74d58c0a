import type { Tier } from '../../../src-shared/api/club';

type TierLike = Pick<Tier, 'id' | 'name' | 'threshold'>;

// Tiers are ordered by threshold; a member qualifies for the highest one whose threshold they reach in
// the rolling window.
export function qualifyingTier<T extends TierLike>(tiers: readonly T[], progress: number): T | null {
  let best: T | null = null;
  for (const tier of tiers) if (progress >= tier.threshold && (best === null || tier.threshold > best.threshold)) best = tier;
  return best;
}

function rank(tiers: readonly TierLike[], id: number | null): number {
  if (id === null) return -1;
  const tier = tiers.find((t) => t.id === id);
  // A removed tier ranks below every tier, so its members move to what they qualify for.
  return tier ? tiers.filter((t) => t.threshold < tier.threshold).length : -1;
}

export type TierDecision<T> = { change: 'up' | 'down'; to: T | null } | { change: 'none' };

// Upgrades happen at once; a downgrade waits for the end of the evaluation window (`atReview`), so a
// member keeps what they earned for the whole window.
export function decideTier<T extends TierLike>(tiers: readonly T[], currentId: number | null, progress: number, atReview: boolean): TierDecision<T> {
  const target = qualifyingTier(tiers, progress);
  const from = rank(tiers, currentId);
  const to = rank(tiers, target?.id ?? null);
  if (to > from) return { change: 'up', to: target };
  if (to < from && atReview) return { change: 'down', to: target };
  return { change: 'none' };
}

// The next tier above both the one held and what the window's progress already reaches.
export function nextTier<T extends TierLike>(tiers: readonly T[], progress: number, currentId: number | null): { name: string; missing: number } | null {
  const held = tiers.find((t) => t.id === currentId)?.threshold ?? -1;
  const above = tiers.filter((t) => t.threshold > held && t.threshold > progress).sort((a, b) => a.threshold - b.threshold)[0];
  return above ? { name: above.name, missing: above.threshold - progress } : null;
}
