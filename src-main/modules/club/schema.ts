import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { DISCOUNT_KINDS, EARN_RULE_KINDS, LEDGER_KINDS, MEMBER_STATUSES, TIER_BASES, WALLET_KINDS } from '../../../src-shared/api/club';
import { auditedColumns } from '../../core/db/columns';
import { parties } from '../parties/schema';

// One row (id 1), inserted by its migration.
export const clubSettings = sqliteTable('club_settings', {
  ...auditedColumns(),
  mode: text('mode').$type<'open' | 'closed'>().notNull(),
  membershipFeeRials: integer('membership_fee_rials').notNull(),
  membershipMonths: integer('membership_months'),
  applicationQuestions: text('application_questions', { mode: 'json' }).$type<string[]>().notNull(),
  pointsExpiryMonths: integer('points_expiry_months').notNull(),
  pointValueRials: integer('point_value_rials').notNull(),
  expiryNoticeDays: integer('expiry_notice_days').notNull(),
  tierBasis: text('tier_basis').$type<(typeof TIER_BASES)[number]>().notNull(),
  tierWindowMonths: integer('tier_window_months').notNull(),
  smsWalletChanged: text('sms_wallet_changed').notNull(),
  smsTierChanged: text('sms_tier_changed').notNull(),
  smsPointsExpiring: text('sms_points_expiring').notNull(),
  smsBirthday: text('sms_birthday').notNull(),
  smsDrawWinner: text('sms_draw_winner').notNull(),
});

export const clubTiers = sqliteTable('club_tiers', {
  ...auditedColumns(),
  name: text('name').notNull(),
  threshold: integer('threshold').notNull(),
  discountPercent: real('discount_percent').notNull(),
  pointMultiplier: real('point_multiplier').notNull(),
  colour: text('colour'),
});

export const clubEarnRules = sqliteTable('club_earn_rules', {
  ...auditedColumns(),
  kind: text('kind').$type<(typeof EARN_RULE_KINDS)[number]>().notNull(),
  name: text('name').notNull(),
  points: integer('points').notNull(),
  rialsPerPoint: integer('rials_per_point'),
  // Folded like search text, so a product typed with Arabic ی still matches.
  match: text('match'),
  expiryMonths: integer('expiry_months'),
  active: integer('active', { mode: 'boolean' }).notNull(),
});

export const clubDiscounts = sqliteTable(
  'club_discounts',
  {
    ...auditedColumns(),
    name: text('name').notNull(),
    kind: text('kind').$type<(typeof DISCOUNT_KINDS)[number]>().notNull(),
    code: text('code'),
    percent: real('percent'),
    amountRials: integer('amount_rials'),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to').notNull(),
    tierIds: text('tier_ids', { mode: 'json' }).$type<number[]>().notNull(),
    maxUses: integer('max_uses'),
    maxUsesPerMember: integer('max_uses_per_member'),
    minPurchaseRials: integer('min_purchase_rials').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull(),
  },
  (t) => [index('club_discounts_code').on(t.code)],
);

export const clubMembers = sqliteTable(
  'club_members',
  {
    ...auditedColumns(),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    membershipNumber: text('membership_number').notNull(),
    referralCode: text('referral_code').notNull(),
    referredById: integer('referred_by_id'),
    joinedAt: integer('joined_at').notNull(),
    status: text('status').$type<(typeof MEMBER_STATUSES)[number]>().notNull(),
    statusReason: text('status_reason'),
    expiresAt: integer('expires_at'),
    feePaidRials: integer('fee_paid_rials').notNull(),
    answers: text('answers', { mode: 'json' }).$type<string[]>().notNull(),
    tierId: integer('tier_id'),
    // A tier is held at least until its review; then it is earned again over the rolling window or lost.
    tierReviewAt: integer('tier_review_at'),
  },
  (t) => [
    uniqueIndex('club_members_party').on(t.partyId),
    uniqueIndex('club_members_number').on(t.membershipNumber),
    uniqueIndex('club_members_referral').on(t.referralCode),
    index('club_members_tier').on(t.tierId, t.status),
    index('club_members_review').on(t.tierReviewAt),
    index('club_members_expires').on(t.expiresAt).where(sql`expires_at IS NOT NULL`),
  ],
);

// Every card a member has held; only one is unblocked. A blocked code is never given out again.
export const clubCards = sqliteTable(
  'club_cards',
  {
    ...auditedColumns(),
    code: text('code').notNull(),
    memberId: integer('member_id')
      .notNull()
      .references(() => clubMembers.id),
    issuedAt: integer('issued_at').notNull(),
    blockedAt: integer('blocked_at'),
    blockReason: text('block_reason'),
  },
  (t) => [uniqueIndex('club_cards_code').on(t.code), index('club_cards_member').on(t.memberId)],
);

// The points ledger: append-only; an entry is undone only by a 'reverse' entry pointing at it.
export const clubLedger = sqliteTable(
  'club_ledger',
  {
    ...auditedColumns(),
    memberId: integer('member_id').notNull(),
    at: integer('at').notNull(),
    kind: text('kind').$type<(typeof LEDGER_KINDS)[number]>().notNull(),
    points: integer('points').notNull(),
    reason: text('reason'),
    ruleId: integer('rule_id'),
    purchaseId: integer('purchase_id'),
    expiresAt: integer('expires_at'),
    reversesId: integer('reverses_id'),
  },
  (t) => [
    index('club_ledger_member').on(t.memberId, t.at),
    uniqueIndex('club_ledger_reverses').on(t.reversesId).where(sql`reverses_id IS NOT NULL`),
    index('club_ledger_month').on(t.at, t.kind),
  ],
);

// Bookkeeping, derived from the ledger: what is left of each earning, spent first-in first-out and
// expired by the nightly run. Not a business record (the ledger is), so written directly.
export const clubPointLots = sqliteTable(
  'club_point_lots',
  {
    entryId: integer('entry_id').primaryKey(),
    memberId: integer('member_id').notNull(),
    expiresAt: integer('expires_at').notNull(),
    remaining: integer('remaining').notNull(),
    noticeSentAt: integer('notice_sent_at'),
  },
  (t) => [
    index('club_point_lots_member').on(t.memberId, t.expiresAt).where(sql`remaining > 0`),
    // Not partial: emptying a lot (2.4 million in one nightly run) then touches only the member index.
    index('club_point_lots_expiry').on(t.expiresAt),
  ],
);

export const clubPurchases = sqliteTable(
  'club_purchases',
  {
    ...auditedColumns(),
    memberId: integer('member_id').notNull(),
    at: integer('at').notNull(),
    amountRials: integer('amount_rials').notNull(),
    discountRials: integer('discount_rials').notNull(),
    walletRials: integer('wallet_rials').notNull(),
    pointsRedeemed: integer('points_redeemed').notNull(),
    pointsEarned: integer('points_earned').notNull(),
    couponCode: text('coupon_code'),
    items: text('items', { mode: 'json' }).$type<{ product: string; group: string | null; quantity: number; unitPriceRials: number }[]>().notNull(),
    cashierId: integer('cashier_id'),
    note: text('note'),
  },
  (t) => [index('club_purchases_member').on(t.memberId, t.at), index('club_purchases_at').on(t.at)],
);

export const clubWallet = sqliteTable(
  'club_wallet',
  {
    ...auditedColumns(),
    memberId: integer('member_id').notNull(),
    at: integer('at').notNull(),
    kind: text('kind').$type<(typeof WALLET_KINDS)[number]>().notNull(),
    amountRials: integer('amount_rials').notNull(),
    balanceRials: integer('balance_rials').notNull(),
    reason: text('reason'),
    purchaseId: integer('purchase_id'),
  },
  (t) => [index('club_wallet_member').on(t.memberId, t.id)],
);

export const clubCouponUses = sqliteTable(
  'club_coupon_uses',
  {
    ...auditedColumns(),
    discountId: integer('discount_id').notNull(),
    memberId: integer('member_id').notNull(),
    purchaseId: integer('purchase_id').notNull(),
  },
  (t) => [index('club_coupon_uses_discount').on(t.discountId, t.memberId)],
);

export const clubTierChanges = sqliteTable(
  'club_tier_changes',
  {
    ...auditedColumns(),
    memberId: integer('member_id').notNull(),
    fromTierId: integer('from_tier_id'),
    toTierId: integer('to_tier_id'),
    reason: text('reason').notNull(),
  },
  (t) => [index('club_tier_changes_member').on(t.memberId)],
);

export const clubDraws = sqliteTable('club_draws', {
  ...auditedColumns(),
  name: text('name').notNull(),
  criteria: text('criteria', { mode: 'json' }).notNull(),
  criteriaLabel: text('criteria_label').notNull(),
  seed: text('seed').notNull(),
  eligibleCount: integer('eligible_count').notNull(),
  winnersWanted: integer('winners_wanted').notNull(),
  winners: text('winners', { mode: 'json' }).$type<number[]>().notNull(),
  runAt: integer('run_at').notNull(),
  announcedAt: integer('announced_at'),
});

// The eligible list of a draw as it was, in draw order, with each member's weight: what makes it verifiable.
export const clubDrawEntries = sqliteTable(
  'club_draw_entries',
  {
    drawId: integer('draw_id').notNull(),
    position: integer('position').notNull(),
    memberId: integer('member_id').notNull(),
    weight: integer('weight').notNull(),
  },
  (t) => [primaryKey({ columns: [t.drawId, t.position] })],
);

// Things that happen once per member and occasion (a birthday in a year, a survey, an expiry notice):
// inserting the key is what claims it, so a restart or a second run never repeats one.
export const clubOccasions = sqliteTable(
  'club_occasions',
  {
    memberId: integer('member_id').notNull(),
    key: text('key').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.key] })],
);

// Figures the nightly run computes for the whole club (RFM quintile boundaries, the last run's day).
export const clubStats = sqliteTable('club_stats', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  at: integer('at').notNull(),
});
