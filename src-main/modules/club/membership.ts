import { randomInt } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { EarnRuleKind } from '../../../src-shared/api/club';
import { AppError } from '../../../src-shared/api/errors';
import type { WriteCtx } from '../../core/context';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { nextInSequence } from '../../core/db/sequences';
import { logInteraction } from '../interactions/queries';
import { parties } from '../parties/schema';
import { activeCard, blockCard, issueCard } from './cards';
import { occasionRules } from './earning';
import { requireMember } from './members';
import { addMonths, credit } from './points';
import { clubMembers } from './schema';
import { listRules, readClubSettings } from './settings';
import { reviewTier } from './standing';

type AnyDb = ReadDb | WriteDb;

// Membership numbers start at six digits, so a number never looks like a short code or a year.
const FIRST_MEMBERSHIP_NUMBER = 100_000;
const REFERRAL_CODE_ATTEMPTS = 20;

export function requireActiveMember(db: AnyDb, memberId: number) {
  const member = requireMember(db, memberId);
  if (member.status !== 'active') throw new AppError('club.notActive');
  return member;
}

// Claims a once-only occasion (a birthday in a year, a survey, joining); false if it was claimed before.
export function claimOccasion(db: WriteDb, memberId: number, key: string, now: number): boolean {
  return prepared(db, 'INSERT OR IGNORE INTO club_occasions (member_id, key, at) VALUES (?, ?, ?)').run(memberId, key, now).changes === 1;
}

// The points of every active rule of one occasion kind.
export function awardOccasion(ctx: WriteCtx, memberId: number, kind: Exclude<EarnRuleKind, 'spend' | 'product' | 'productGroup'>, reason: string | null): number {
  const settings = readClubSettings(ctx.db);
  let total = 0;
  for (const rule of occasionRules(listRules(ctx.db, true), kind)) {
    credit(ctx, { memberId, kind: 'earn', points: rule.points, reason, ruleId: rule.id, expiresAt: addMonths(ctx.clock.now(), rule.expiryMonths ?? settings.pointsExpiryMonths) });
    total += rule.points;
  }
  return total;
}

// Eight random digits: members cannot guess each other's, digits for the same reason as card codes, and a
// club of millions still finds a free one in a try or two.
function newReferralCode(db: WriteDb): string {
  for (let attempt = 0; attempt < REFERRAL_CODE_ATTEMPTS; attempt++) {
    const code = String(randomInt(10_000_000, 100_000_000));
    if (!db.select({ id: clubMembers.id }).from(clubMembers).where(eq(clubMembers.referralCode, code)).get()) return code;
  }
  throw new Error('no free referral code found');
}

export interface JoinInput {
  partyId: number;
  cardCode?: string;
  referralCode?: string;
  feePaidRials: number;
  answers: string[];
}

export function join(ctx: WriteCtx, input: JoinInput): number {
  const now = ctx.clock.now();
  const settings = readClubSettings(ctx.db);
  const party = ctx.db.select({ kind: parties.kind, deletedAt: parties.deletedAt }).from(parties).where(eq(parties.id, input.partyId)).get();
  if (!party || party.deletedAt !== null) throw new AppError('record.notFound', { table: 'parties', id: input.partyId });
  if (party.kind !== 'person') throw new AppError('club.notAPerson');
  const existing = ctx.db.select({ number: clubMembers.membershipNumber }).from(clubMembers).where(eq(clubMembers.partyId, input.partyId)).get();
  if (existing) throw new AppError('club.alreadyMember', { number: existing.number });
  if (settings.mode === 'closed') {
    if (input.feePaidRials < settings.membershipFeeRials) throw new AppError('club.feeRequired', { fee: settings.membershipFeeRials });
    const answered = settings.applicationQuestions.every((_, i) => (input.answers[i] ?? '').trim() !== '');
    if (!answered) throw new AppError('club.answersRequired');
  }
  const referrer =
    input.referralCode === undefined
      ? undefined
      : ctx.db.select({ id: clubMembers.id, status: clubMembers.status }).from(clubMembers).where(eq(clubMembers.referralCode, input.referralCode)).get();
  if (input.referralCode !== undefined && (!referrer || referrer.status !== 'active')) throw new AppError('club.referralUnknown', { code: input.referralCode });

  const membershipNumber = String(
    nextInSequence(ctx.db, 'club_membership_number', () => FIRST_MEMBERSHIP_NUMBER + (ctx.db.select({ n: count() }).from(clubMembers).get()?.n ?? 0)),
  );
  const member = ctx.records.insert(clubMembers, {
    partyId: input.partyId,
    membershipNumber,
    referralCode: newReferralCode(ctx.db),
    referredById: referrer?.id ?? null,
    joinedAt: now,
    status: 'active',
    statusReason: null,
    expiresAt: settings.membershipMonths === null ? null : addMonths(now, settings.membershipMonths),
    feePaidRials: input.feePaidRials,
    answers: input.answers,
    tierId: null,
    tierReviewAt: null,
  });
  issueCard(ctx, member.id, membershipNumber, input.cardCode);
  if (claimOccasion(ctx.db, member.id, 'join', now)) awardOccasion(ctx, member.id, 'join', 'عضویت در باشگاه');
  if (referrer) {
    awardOccasion(ctx, member.id, 'referral', `معرفی‌شده توسط عضو ${referrer.id}`);
    awardOccasion(ctx, referrer.id, 'referral', `معرفی عضو جدید ${membershipNumber}`);
    reviewTier(ctx, referrer.id, settings, false);
  }
  reviewTier(ctx, member.id, settings, false);
  logInteraction(ctx, {
    partyId: input.partyId,
    subject: 'عضویت در باشگاه مشتریان',
    method: 'visit',
    direction: 'incoming',
    occurredAt: now,
    userId: ctx.session?.userId ?? null,
    description: `شمارهٔ عضویت ${membershipNumber}`,
  });
  return member.id;
}

export function setStatus(ctx: WriteCtx, memberId: number, status: 'active' | 'suspended', reason: string): void {
  const member = requireMember(ctx.db, memberId);
  // An expired membership is renewed, not simply switched back on: the fee may be due.
  if (status === 'active' && member.status === 'expired') throw new AppError('club.notActive');
  ctx.records.update(clubMembers, memberId, { status, statusReason: reason });
}

export function renew(ctx: WriteCtx, memberId: number, feePaidRials: number): void {
  const member = requireMember(ctx.db, memberId);
  const settings = readClubSettings(ctx.db);
  if (settings.mode === 'closed' && feePaidRials < settings.membershipFeeRials) throw new AppError('club.feeRequired', { fee: settings.membershipFeeRials });
  const now = ctx.clock.now();
  const from = Math.max(now, member.expiresAt ?? now);
  ctx.records.update(clubMembers, memberId, {
    status: member.status === 'suspended' ? 'suspended' : 'active',
    expiresAt: settings.membershipMonths === null ? null : addMonths(from, settings.membershipMonths),
    feePaidRials: member.feePaidRials + feePaidRials,
  });
}

export function reissueCard(ctx: WriteCtx, memberId: number, reason: string, cardCode: string | undefined): void {
  const member = requireMember(ctx.db, memberId);
  const current = activeCard(ctx.db, memberId);
  if (current) blockCard(ctx, current.id, reason);
  issueCard(ctx, memberId, member.membershipNumber, cardCode);
}
