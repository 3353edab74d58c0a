import { z } from 'zod';
import { command, Ok, page, PageRequest, query, RecordId, RecordRef, type ApiSlice } from './kit';
import { IsoDate, nullableText, personText, Rials } from './fields';
import { ExportedFile } from './parties';
import { toAsciiDigits } from '../domain/persian-text';

// The customer club (باشگاه مشتریان): members, cards, the points ledger, tiers, the wallet, discounts,
// draws and reports. Amounts are integer Rials; times are epoch milliseconds.

export const MEMBER_STATUSES = ['active', 'suspended', 'expired'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

// What a receptionist types or a scanner sends: a card code, a membership number, a mobile or a national
// code. Scanners on a Persian keyboard layout type Persian digits; stored keys are ASCII.
export const LookupCode = z
  .string()
  .transform((s) => toAsciiDigits(s).replace(/[\s-]/g, ''))
  .pipe(z.string().min(1, 'validation.required').max(40, 'validation.tooLong'));

export const TIER_BASES = ['points', 'spend'] as const;

export const ClubSettings = z.object({
  // Open: anyone joins free. Closed: a membership fee and the application form's answers are required.
  mode: z.enum(['open', 'closed']),
  membershipFeeRials: z.number().int().nonnegative(),
  // Months a (closed club's) membership lasts before it expires; null: it never expires.
  membershipMonths: z.number().int().min(1).max(120).nullable(),
  applicationQuestions: z.array(z.string().min(1).max(200)).max(20),
  // Months after earning that points expire, unless the rule that earned them says otherwise.
  pointsExpiryMonths: z.number().int().min(1).max(120),
  // What one redeemed point takes off a purchase; 0: points are redeemed for gifts only.
  pointValueRials: z.number().int().nonnegative(),
  expiryNoticeDays: z.number().int().min(0).max(90),
  tierBasis: z.enum(TIER_BASES),
  tierWindowMonths: z.number().int().min(1).max(60),
  // SMS texts with merge fields («{نام}», «{امتیاز}», «{کیف پول}») plus the club's own («{مبلغ}», «{سطح}», «{تاریخ}»).
  // An empty text sends nothing.
  smsWalletChanged: z.string().max(500),
  smsTierChanged: z.string().max(500),
  smsPointsExpiring: z.string().max(500),
  smsBirthday: z.string().max(500),
  smsDrawWinner: z.string().max(500),
  version: z.number().int(),
});
export type ClubSettings = z.infer<typeof ClubSettings>;

export const Tier = z.object({
  id: RecordId,
  name: z.string(),
  // Points earned (or Rials spent) in the rolling window needed to hold the tier; the lowest is usually 0.
  threshold: z.number().int().nonnegative(),
  discountPercent: z.number().min(0).max(100),
  pointMultiplier: z.number().min(0).max(20),
  colour: z.string().nullable(),
  version: z.number().int(),
});
export type Tier = z.infer<typeof Tier>;

export const TierDraft = z.object({
  id: RecordId.optional(),
  name: personText(60),
  threshold: z.number().int().nonnegative(),
  discountPercent: z.number().min(0).max(100).default(0),
  pointMultiplier: z.number().min(0).max(20).default(1),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/).nullable().default(null),
});

export const EARN_RULE_KINDS = ['spend', 'product', 'productGroup', 'referral', 'birthday', 'survey', 'join'] as const;
export type EarnRuleKind = (typeof EARN_RULE_KINDS)[number];

export const EarnRule = z.object({
  id: RecordId,
  kind: z.enum(EARN_RULE_KINDS),
  name: z.string(),
  // spend: `points` for every `rialsPerPoint` Rials; product/productGroup: `points` per unit bought whose
  // code or group is `match`; the others: `points` once per occasion.
  points: z.number().int().positive(),
  rialsPerPoint: z.number().int().positive().nullable(),
  match: z.string().nullable(),
  expiryMonths: z.number().int().min(1).max(120).nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type EarnRule = z.infer<typeof EarnRule>;

export const EarnRuleDraft = z
  .object({
    id: RecordId.optional(),
    kind: z.enum(EARN_RULE_KINDS),
    name: personText(80),
    points: z.number().int().positive(),
    rialsPerPoint: z.number().int().positive().nullable().default(null),
    match: nullableText(80),
    expiryMonths: z.number().int().min(1).max(120).nullable().default(null),
    active: z.boolean().default(true),
  })
  .refine((rule) => rule.kind !== 'spend' || rule.rialsPerPoint !== null, { path: ['rialsPerPoint'], message: 'validation.required' })
  .refine((rule) => !(rule.kind === 'product' || rule.kind === 'productGroup') || rule.match !== null, { path: ['match'], message: 'validation.required' });

export const DISCOUNT_KINDS = ['occasion', 'code'] as const;

export const Discount = z.object({
  id: RecordId,
  name: z.string(),
  // occasion: applies to everyone eligible in its dates (Nowruz, Yalda); code: a coupon typed at the counter.
  kind: z.enum(DISCOUNT_KINDS),
  code: z.string().nullable(),
  percent: z.number().min(0).max(100).nullable(),
  amountRials: z.number().int().nonnegative().nullable(),
  validFrom: IsoDate,
  validTo: IsoDate,
  // Empty: every tier.
  tierIds: z.array(RecordId),
  // null: unlimited. 1 is a single-use code.
  maxUses: z.number().int().positive().nullable(),
  maxUsesPerMember: z.number().int().positive().nullable(),
  minPurchaseRials: z.number().int().nonnegative(),
  used: z.number().int().nonnegative(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Discount = z.infer<typeof Discount>;

export const DiscountDraft = z
  .object({
    id: RecordId.optional(),
    name: personText(80),
    kind: z.enum(DISCOUNT_KINDS),
    code: z
      .string()
      .transform((s) => toAsciiDigits(s).trim().toUpperCase())
      .pipe(z.string().max(30, 'validation.tooLong'))
      .transform((s) => (s === '' ? null : s))
      .nullable()
      .default(null),
    percent: z.number().min(0).max(100).nullable().default(null),
    amountRials: Rials.nullable().default(null),
    validFrom: IsoDate,
    validTo: IsoDate,
    tierIds: z.array(RecordId).default([]),
    maxUses: z.number().int().positive().nullable().default(null),
    maxUsesPerMember: z.number().int().positive().nullable().default(null),
    minPurchaseRials: Rials.default(0),
    active: z.boolean().default(true),
  })
  .refine((d) => d.kind !== 'code' || d.code !== null, { path: ['code'], message: 'validation.required' })
  .refine((d) => (d.percent === null) !== (d.amountRials === null), { path: ['percent'], message: 'validation.discountValue' })
  .refine((d) => d.validFrom <= d.validTo, { path: ['validTo'], message: 'validation.dateOrder' });

export const Card = z.object({ code: z.string(), issuedAt: z.number(), blockedAt: z.number().nullable(), blockReason: z.string().nullable() });

export const MemberRow = z.object({
  id: RecordId,
  partyId: RecordId,
  name: z.string(),
  membershipNumber: z.string(),
  cardCode: z.string().nullable(),
  status: z.enum(MEMBER_STATUSES),
  tierId: RecordId.nullable(),
  tierName: z.string().nullable(),
  joinedAt: z.number(),
  points: z.number().int(),
  walletRials: z.number().int(),
  version: z.number().int(),
});
export type MemberRow = z.infer<typeof MemberRow>;

const ValidOffer = z.object({ discountId: RecordId, name: z.string(), kind: z.enum(DISCOUNT_KINDS), code: z.string().nullable(), percent: z.number().nullable(), amountRials: z.number().nullable(), validTo: IsoDate });

// Everything the counter needs the moment a card is swiped.
export const MemberPanel = MemberRow.extend({
  photoAttachmentId: RecordId.nullable(),
  mobile: z.string().nullable(),
  nationalCode: z.string().nullable(),
  birthDate: IsoDate.nullable(),
  birthday: z.enum(['today', 'thisWeek']).nullable(),
  referralCode: z.string(),
  expiresAt: z.number().nullable(),
  tierDiscountPercent: z.number(),
  tierMultiplier: z.number(),
  // The next tier and how far away it is (points or Rials, by the club's tier basis).
  nextTier: z.object({ name: z.string(), missing: z.number().int() }).nullable(),
  windowProgress: z.number().int(),
  expiringSoon: z.object({ points: z.number().int(), at: z.number() }).nullable(),
  offers: z.array(ValidOffer),
  openTasks: z.array(z.object({ id: RecordId, code: z.string(), title: z.string(), dueAt: z.number().nullable() })),
  lastInteractions: z.array(z.object({ id: RecordId, subject: z.string(), method: z.string(), occurredAt: z.number() })),
  cards: z.array(Card),
});
export type MemberPanel = z.infer<typeof MemberPanel>;

export const LookupResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('found'), panel: MemberPanel }),
  // A card nobody holds (a new pre-printed card): offer "register new member" with the code filled in.
  z.object({ status: z.literal('unknown'), code: z.string(), partyId: RecordId.nullable(), partyName: z.string().nullable() }),
  // A reissued or blocked card: say so and show whose it was.
  z.object({ status: z.literal('blocked'), code: z.string(), memberId: RecordId, name: z.string(), reason: z.string().nullable() }),
]);
export type LookupResult = z.infer<typeof LookupResult>;

export const LEDGER_KINDS = ['earn', 'redeem', 'expire', 'adjust', 'reverse'] as const;

export const LedgerEntry = z.object({
  id: RecordId,
  at: z.number(),
  kind: z.enum(LEDGER_KINDS),
  points: z.number().int(),
  reason: z.string().nullable(),
  ruleName: z.string().nullable(),
  purchaseId: RecordId.nullable(),
  expiresAt: z.number().nullable(),
  reversesId: RecordId.nullable(),
  reversedById: RecordId.nullable(),
  userName: z.string().nullable(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const WALLET_KINDS = ['charge', 'spend', 'refund'] as const;

export const WalletEntry = z.object({
  id: RecordId,
  at: z.number(),
  kind: z.enum(WALLET_KINDS),
  // Signed: charge and refund add, spend takes away.
  amountRials: z.number().int(),
  balanceRials: z.number().int(),
  reason: z.string().nullable(),
  purchaseId: RecordId.nullable(),
  userName: z.string().nullable(),
});

export const PurchaseItem = z.object({
  product: personText(120),
  group: nullableText(80),
  quantity: z.number().positive().max(100_000).default(1),
  unitPriceRials: Rials.default(0),
});

export const Purchase = z.object({
  id: RecordId,
  memberId: RecordId,
  at: z.number(),
  amountRials: z.number().int(),
  discountRials: z.number().int(),
  walletRials: z.number().int(),
  pointsRedeemed: z.number().int(),
  pointsEarned: z.number().int(),
  couponCode: z.string().nullable(),
  items: z.array(z.object({ product: z.string(), group: z.string().nullable(), quantity: z.number(), unitPriceRials: z.number() })),
  cashierName: z.string().nullable(),
  note: z.string().nullable(),
});
export type Purchase = z.infer<typeof Purchase>;

export const TierChange = z.object({ fromTier: z.string().nullable(), toTier: z.string().nullable(), reason: z.string() });

export const CouponCheck = z.discriminatedUnion('valid', [
  z.object({ valid: z.literal(true), discountId: RecordId, name: z.string(), discountRials: z.number().int() }),
  z.object({ valid: z.literal(false), reason: z.enum(['unknown', 'inactive', 'notYet', 'ended', 'usedUp', 'usedByMember', 'tier', 'minPurchase']) }),
]);

export const DrawCriteria = z.object({
  segmentId: RecordId.nullable().default(null),
  tierId: RecordId.nullable().default(null),
  minPoints: z.number().int().nonnegative().default(0),
  // Each member's chance in proportion to their points balance.
  weighted: z.boolean().default(false),
});

export const Draw = z.object({
  id: RecordId,
  name: z.string(),
  criteria: DrawCriteria,
  criteriaLabel: z.string(),
  seed: z.string(),
  eligibleCount: z.number().int(),
  winners: z.array(z.object({ memberId: RecordId, name: z.string(), membershipNumber: z.string(), weight: z.number() })),
  runAt: z.number(),
  runByName: z.string().nullable(),
  announcedAt: z.number().nullable(),
});
export type Draw = z.infer<typeof Draw>;

export const RFM_SEGMENTS = ['champions', 'loyal', 'promising', 'needsAttention', 'atRisk', 'lost', 'new'] as const;

export const MemberValue = z.object({
  purchases: z.number().int(),
  spentRials: z.number().int(),
  averagePurchaseRials: z.number().int(),
  // Purchases per year over the membership so far.
  frequencyPerYear: z.number(),
  // Expected years of membership: at least the years so far, from the club's average otherwise.
  retentionYears: z.number(),
  lifetimeValueRials: z.number().int(),
  lastPurchaseAt: z.number().nullable(),
  rfm: z.object({ recency: z.number().int(), frequency: z.number().int(), monetary: z.number().int(), segment: z.enum(RFM_SEGMENTS) }).nullable(),
});

export const ClubReport = z.object({
  byTier: z.array(z.object({ tierId: RecordId.nullable(), name: z.string().nullable(), members: z.number().int() })),
  members: z.object({ total: z.number().int(), active: z.number().int(), lapsed: z.number().int(), newThisMonth: z.number().int(), suspended: z.number().int(), expired: z.number().int() }),
  // Jalali months, oldest first (e.g. "1405-08").
  months: z.array(z.object({ month: z.string(), newMembers: z.number().int(), earned: z.number().int(), redeemed: z.number().int(), expired: z.number().int(), spentRials: z.number().int() })),
  topMembers: z.array(z.object({ memberId: RecordId, name: z.string(), spentRials: z.number().int(), purchases: z.number().int(), points: z.number().int() })),
});

export const NightlySummary = z.object({
  expiredPoints: z.number().int(),
  expiredMembers: z.number().int(),
  expiryNotices: z.number().int(),
  birthdays: z.number().int(),
  downgrades: z.number().int(),
  lapsedMemberships: z.number().int(),
});

const memberRef = z.object({ memberId: RecordId });

export const clubApi = {
  'club.getSettings': query({ input: z.object({}).default({}), output: ClubSettings, permission: 'club.view' }),
  'club.updateSettings': command({ input: ClubSettings, output: ClubSettings, permission: 'club.edit' }),
  'club.listTiers': query({ input: z.object({}).default({}), output: z.array(Tier), permission: 'club.view' }),
  'club.saveTier': command({ input: TierDraft, output: Tier, permission: 'club.edit' }),
  'club.removeTier': command({ input: RecordRef, output: Ok, permission: 'club.edit' }),
  'club.listRules': query({ input: z.object({}).default({}), output: z.array(EarnRule), permission: 'club.view' }),
  'club.saveRule': command({ input: EarnRuleDraft, output: EarnRule, permission: 'club.edit' }),
  'club.removeRule': command({ input: RecordRef, output: Ok, permission: 'club.edit' }),
  'club.listDiscounts': query({ input: z.object({}).default({}), output: z.array(Discount), permission: 'club.view' }),
  'club.saveDiscount': command({ input: DiscountDraft, output: Discount, permission: 'club.edit' }),
  'club.removeDiscount': command({ input: RecordRef, output: Ok, permission: 'club.edit' }),

  // The counter: a card code, membership number, mobile or national code.
  'club.lookup': query({ input: z.object({ code: LookupCode }), output: LookupResult, permission: 'club.view' }),
  'club.panel': query({ input: memberRef, output: MemberPanel, permission: 'club.view' }),
  'club.listMembers': query({
    input: PageRequest.extend({ search: z.string().max(100).optional(), tierId: RecordId.optional(), status: z.enum(MEMBER_STATUSES).optional() }),
    output: page(MemberRow),
    permission: 'club.view',
  }),
  // A person of the CRM joins. `cardCode`: a pre-printed card just scanned; otherwise one is made.
  'club.join': command({
    input: z.object({
      partyId: RecordId,
      cardCode: LookupCode.optional(),
      referralCode: LookupCode.optional(),
      feePaidRials: Rials.default(0),
      answers: z.array(z.string().max(1000)).default([]),
    }),
    output: MemberPanel,
    permission: 'club.create',
  }),
  'club.setStatus': command({ input: memberRef.extend({ status: z.enum(['active', 'suspended']), reason: personText(300) }), output: MemberPanel, permission: 'club.edit' }),
  'club.renew': command({ input: memberRef.extend({ feePaidRials: Rials.default(0) }), output: MemberPanel, permission: 'club.edit' }),
  // A new card; the old one is blocked for good (a lost card cannot be used by whoever finds it).
  'club.reissueCard': command({ input: memberRef.extend({ reason: personText(300), cardCode: LookupCode.optional() }), output: MemberPanel, permission: 'club.edit' }),
  'club.printCards': query({
    input: z.object({
      memberIds: z.array(RecordId).max(5000).optional(),
      filter: z.object({ search: z.string().max(100).optional(), tierId: RecordId.optional(), status: z.enum(MEMBER_STATUSES).optional() }).optional(),
      barcode: z.enum(['code128', 'qr']).default('code128'),
      // cr80: one card per page, for a card printer; a4: ten to a sheet with cut marks, for an office printer.
      paper: z.enum(['cr80', 'a4']).default('cr80'),
    }),
    output: ExportedFile,
    permission: 'club.print',
  }),

  'club.ledger': query({ input: PageRequest.extend({ memberId: RecordId }), output: page(LedgerEntry).extend({ balance: z.number().int() }), permission: 'club.view' }),
  'club.adjustPoints': command({ input: memberRef.extend({ points: z.number().int().refine((n) => n !== 0, 'validation.required'), reason: personText(300) }), output: MemberPanel, permission: 'club.edit' }),
  'club.redeemPoints': command({ input: memberRef.extend({ points: z.number().int().positive(), reason: personText(300) }), output: MemberPanel, permission: 'club.create' }),
  // The only way to undo an entry: a counter-entry that points back at it.
  'club.reverseEntry': command({ input: z.object({ entryId: RecordId, reason: personText(300) }), output: MemberPanel, permission: 'club.edit' }),
  'club.awardSurvey': command({ input: memberRef.extend({ survey: personText(120) }), output: MemberPanel, permission: 'club.create' }),

  'club.recordPurchase': command({
    input: memberRef.extend({
      amountRials: Rials,
      items: z.array(PurchaseItem).max(200).default([]),
      couponCode: LookupCode.optional(),
      redeemPoints: z.number().int().nonnegative().default(0),
      walletRials: Rials.default(0),
      note: nullableText(500),
    }),
    output: z.object({ purchase: Purchase, tierChange: TierChange.nullable(), panel: MemberPanel }),
    permission: 'club.create',
  }),
  'club.purchases': query({ input: PageRequest.extend({ memberId: RecordId }), output: page(Purchase), permission: 'club.view' }),
  'club.wallet': query({ input: PageRequest.extend({ memberId: RecordId }), output: page(WalletEntry).extend({ balance: z.number().int() }), permission: 'club.view' }),
  'club.changeWallet': command({
    input: memberRef.extend({ kind: z.enum(WALLET_KINDS), amountRials: Rials.refine((n) => n > 0, 'validation.amount'), reason: nullableText(300) }),
    output: MemberPanel,
    permission: 'club.edit',
  }),
  'club.checkCoupon': query({ input: memberRef.extend({ code: LookupCode, amountRials: Rials }), output: CouponCheck, permission: 'club.view' }),

  'club.listDraws': query({ input: PageRequest, output: page(Draw), permission: 'club.view' }),
  'club.getDraw': query({ input: RecordRef, output: Draw, permission: 'club.view' }),
  // No seed: a random one is made. Either way it is stored with the eligible list.
  'club.runDraw': command({
    input: z.object({ name: personText(120), criteria: DrawCriteria, winners: z.number().int().min(1).max(1000), seed: z.string().min(1).max(100).optional() }),
    output: Draw,
    permission: 'club.edit',
  }),
  // Draws again from the stored seed and eligible list: anyone can check that the winners were not chosen by hand.
  'club.verifyDraw': query({ input: RecordRef, output: z.object({ same: z.boolean(), winners: z.array(RecordId) }), permission: 'club.view' }),
  'club.announceDraw': command({ input: RecordRef, output: z.object({ messages: z.number().int() }), permission: 'club.send' }),

  'club.report': query({ input: z.object({ months: z.number().int().min(1).max(36).default(12) }).default({ months: 12 }), output: ClubReport, permission: 'club.reports' }),
  'club.memberValue': query({ input: memberRef, output: MemberValue, permission: 'club.reports' }),
  // What the nightly run does (expiry, notices, birthdays, tier reviews); it also runs by itself once a day.
  // Dispatched like a query because it commits its own transactions, chunk by chunk.
  'club.runNightly': query({ input: z.object({}).default({}), output: NightlySummary, permission: 'club.edit' }),
} satisfies ApiSlice;
