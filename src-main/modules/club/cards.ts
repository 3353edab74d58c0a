import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { WriteCtx } from '../../core/context';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { clubCards } from './schema';

// Card codes are digits only: a scanner on a Persian keyboard layout types digits as Persian digits,
// which we fold back, but it would turn Latin letters into Persian ones. The last digit is a Luhn check
// digit, so a misread or mistyped digit is caught instead of finding someone else.

export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

// The membership number, the issue count (so a reissued card differs), and the check digit.
export function cardCodeFor(membershipNumber: string, issue: number): string {
  const body = `${membershipNumber}${String(issue % 100).padStart(2, '0')}`;
  return `${body}${luhnDigit(body)}`;
}

export function cardsOf(db: ReadDb | WriteDb, memberId: number) {
  return prepared(
    db,
    'SELECT code, issued_at AS issuedAt, blocked_at AS blockedAt, block_reason AS blockReason FROM club_cards WHERE member_id = ? ORDER BY issued_at DESC, id DESC',
  ).all(memberId) as { code: string; issuedAt: number; blockedAt: number | null; blockReason: string | null }[];
}

export function activeCard(db: ReadDb | WriteDb, memberId: number) {
  return db
    .select({ id: clubCards.id, code: clubCards.code })
    .from(clubCards)
    .where(and(eq(clubCards.memberId, memberId), isNull(clubCards.blockedAt)))
    .get();
}

// `code`: a pre-printed card scanned at the counter; otherwise the next code of the member's series.
export function issueCard(ctx: WriteCtx, memberId: number, membershipNumber: string, code: string | undefined): string {
  let chosen = code;
  if (chosen === undefined) {
    const issued = ctx.db.select({ id: clubCards.id }).from(clubCards).where(eq(clubCards.memberId, memberId)).all().length;
    chosen = cardCodeFor(membershipNumber, issued + 1);
  }
  if (ctx.db.select({ id: clubCards.id }).from(clubCards).where(eq(clubCards.code, chosen)).get()) throw new AppError('club.cardTaken', { code: chosen });
  ctx.records.insert(clubCards, { code: chosen, memberId, issuedAt: ctx.clock.now(), blockedAt: null, blockReason: null });
  return chosen;
}

export function blockCard(ctx: WriteCtx, cardId: number, reason: string): void {
  ctx.records.update(clubCards, cardId, { blockedAt: ctx.clock.now(), blockReason: reason });
}
