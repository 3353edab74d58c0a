import { createHmac } from 'node:crypto';

// A reproducible weighted draw without replacement (Efraimidis–Spirakis): each entry gets the key
// u^(1/w) from a uniform u that depends only on the seed and the entry's position, and the k largest keys
// win. Anyone holding the seed and the stored list gets the same winners in the same order.

export interface DrawEntry {
  memberId: number;
  weight: number;
}

function uniform(seed: string, position: number): number {
  const digest = createHmac('sha256', seed).update(String(position)).digest();
  // 52 random bits, mapped into (0, 1): never exactly 0, whose logarithm has no order.
  const bits = digest.readUIntBE(0, 6) * 16 + (digest[6]! >> 4);
  return (bits + 1) / (2 ** 52 + 2);
}

export function drawWinners(seed: string, entries: readonly DrawEntry[], count: number): number[] {
  const keyed: { memberId: number; key: number }[] = [];
  entries.forEach((entry, position) => {
    if (entry.weight <= 0) return;
    // log(u)/w orders entries like u^(1/w) without underflowing for large weights.
    keyed.push({ memberId: entry.memberId, key: Math.log(uniform(seed, position)) / entry.weight });
  });
  keyed.sort((a, b) => b.key - a.key || a.memberId - b.memberId);
  return keyed.slice(0, count).map((entry) => entry.memberId);
}
