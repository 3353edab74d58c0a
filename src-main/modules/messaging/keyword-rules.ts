import { foldForSearch, toAsciiDigits } from '../../../src-shared/domain/persian-text';

// Customers type keywords in every way: «لغو», «لغو.», «  لغو», with Arabic ي/ك, Persian digits. Folding
// both sides the way search does makes them the same word.
export function foldKeyword(text: string): string {
  return toAsciiDigits(foldForSearch(text))
    .replace(/[.!؟?،,؛;:«»"'()\-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface KeywordRule {
  id: number;
  keyword: string;
  match: 'exact' | 'contains';
  active: boolean;
}

// An exact match wins over a "contains" one; among equals the oldest rule wins, so adding a rule never
// silently changes what an existing keyword does.
export function findRule<R extends KeywordRule>(text: string, rules: readonly R[]): R | null {
  const folded = foldKeyword(text);
  if (folded === '') return null;
  const active = rules.filter((rule) => rule.active).sort((a, b) => a.id - b.id);
  const exact = active.find((rule) => rule.match === 'exact' && foldKeyword(rule.keyword) === folded);
  if (exact) return exact;
  const words = ` ${folded} `;
  return active.find((rule) => rule.match === 'contains' && words.includes(` ${foldKeyword(rule.keyword)} `)) ?? null;
}
