import type { EarnRuleKind } from '../../../src-shared/api/club';
import { foldForSearch } from '../../../src-shared/domain/persian-text';

// What a purchase earns, rule by rule, so each earning keeps its own rule (and expiry) in the ledger.

export interface EarnRuleLike {
  id: number;
  kind: EarnRuleKind;
  points: number;
  rialsPerPoint: number | null;
  match: string | null;
}

export interface PurchaseLine {
  product: string;
  group: string | null;
  quantity: number;
}

export interface Earning {
  ruleId: number;
  points: number;
}

const sameName = (a: string | null, b: string | null) => a !== null && b !== null && foldForSearch(a) === foldForSearch(b);

// `paidRials`: what the member paid (after discounts and points, wallet included). The tier's multiplier
// applies to every purchase rule; fractions of a point are dropped, never rounded up.
export function purchaseEarnings(rules: readonly EarnRuleLike[], paidRials: number, lines: readonly PurchaseLine[], multiplier: number): Earning[] {
  const earnings: Earning[] = [];
  for (const rule of rules) {
    let base = 0;
    if (rule.kind === 'spend' && rule.rialsPerPoint) base = Math.floor(paidRials / rule.rialsPerPoint) * rule.points;
    else if (rule.kind === 'product' || rule.kind === 'productGroup') {
      const units = lines
        .filter((line) => sameName(rule.match, rule.kind === 'product' ? line.product : line.group))
        .reduce((sum, line) => sum + line.quantity, 0);
      base = Math.floor(units) * rule.points;
    }
    const points = Math.floor(base * multiplier);
    if (points > 0) earnings.push({ ruleId: rule.id, points });
  }
  return earnings;
}

// Occasion rules (join, referral, birthday, survey) give their points once per occasion, whatever the tier.
export function occasionRules<R extends EarnRuleLike>(rules: readonly R[], kind: Exclude<EarnRuleKind, 'spend' | 'product' | 'productGroup'>): R[] {
  return rules.filter((rule) => rule.kind === kind);
}
