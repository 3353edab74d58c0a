import { desc, eq, sql } from 'drizzle-orm';
import type { Purchase } from '../../../src-shared/api/club';
import { AppError } from '../../../src-shared/api/errors';
import { couponRefusalLabels } from '../../../src-shared/i18n/fa';
import { formatMoney } from '../../../src-shared/domain/money';
import { todayIsoDate } from '../../../src-shared/domain/jalali';
import type { WriteCtx } from '../../core/context';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { users } from '../auth/schema';
import { logInteraction } from '../interactions/queries';
import { getOfficeSettings } from '../settings/queries';
import { bestOccasion, checkCoupon, recordUse } from './discounts';
import { purchaseEarnings } from './earning';
import { requireActiveMember } from './membership';
import { sendNotice, tierNotice, walletNotice, type SmsNotices } from './notices';
import { addMonths, credit, debit } from './points';
import { clubPurchases } from './schema';
import { listRules, listTiers, readClubSettings } from './settings';
import { reviewTier, type TierChangeResult } from './standing';
import { changeWallet } from './wallet';

type AnyDb = ReadDb | WriteDb;

export interface PurchaseInput {
  memberId: number;
  amountRials: number;
  items: { product: string; group: string | null; quantity: number; unitPriceRials: number }[];
  couponCode?: string;
  redeemPoints: number;
  walletRials: number;
  note: string | null;
}

// A purchase at the counter. Discounts: the better of the tier's percent and the best occasion (they do
// not add up), then a coupon on what is left. Redeemed points and the wallet pay part of the rest.
// Points are earned on what the member paid, at the tier they held when they paid; then the tier is
// checked (an upgrade happens at once).
export function recordPurchase(ctx: WriteCtx, input: PurchaseInput, notices: SmsNotices): { purchaseId: number; tierChange: TierChangeResult | null } {
  const now = ctx.clock.now();
  const today = todayIsoDate(now);
  const member = requireActiveMember(ctx.db, input.memberId);
  const settings = readClubSettings(ctx.db);
  const tier = listTiers(ctx.db).find((t) => t.id === member.tierId);
  const tierRials = Math.floor((input.amountRials * (tier?.discountPercent ?? 0)) / 100);
  const occasion = bestOccasion(ctx.db, member.id, member.tierId, input.amountRials, today);
  const automatic = occasion !== null && occasion.rials > tierRials ? occasion : null;
  let discount = automatic?.rials ?? tierRials;
  let coupon: { discountId: number; code: string } | null = null;
  if (input.couponCode) {
    const check = checkCoupon(ctx.db, member.id, member.tierId, input.couponCode, input.amountRials - discount, today);
    if (!check.valid) throw new AppError('club.coupon', { reason: couponRefusalLabels[check.reason] });
    discount += check.discountRials;
    coupon = { discountId: check.discountId, code: input.couponCode.toUpperCase() };
  }
  const net = input.amountRials - discount;
  const pointsValue = input.redeemPoints * settings.pointValueRials;
  if (pointsValue > net) throw new AppError('input.invalid', { issues: [{ path: ['redeemPoints'], message: 'validation.redeemTooMuch' }] });
  const payable = net - pointsValue;
  if (input.walletRials > payable) throw new AppError('input.invalid', { issues: [{ path: ['walletRials'], message: 'validation.walletTooMuch' }] });

  const rules = listRules(ctx.db, true);
  const earnings = purchaseEarnings(rules, payable, input.items, tier?.pointMultiplier ?? 1);
  const pointsEarned = earnings.reduce((sum, e) => sum + e.points, 0);
  const purchaseId = ctx.records.insert(clubPurchases, {
    memberId: member.id,
    at: now,
    amountRials: input.amountRials,
    discountRials: discount,
    walletRials: input.walletRials,
    pointsRedeemed: input.redeemPoints,
    pointsEarned,
    couponCode: coupon?.code ?? null,
    items: input.items,
    cashierId: ctx.session?.userId ?? null,
    note: input.note,
  }).id;
  if (coupon) recordUse(ctx, coupon.discountId, member.id, purchaseId);
  if (automatic) recordUse(ctx, automatic.discountId, member.id, purchaseId);
  if (input.redeemPoints > 0) debit(ctx, { memberId: member.id, kind: 'redeem', points: input.redeemPoints, reason: 'خرج در خرید', purchaseId });
  for (const earning of earnings) {
    const rule = rules.find((r) => r.id === earning.ruleId)!;
    credit(ctx, { memberId: member.id, kind: 'earn', points: earning.points, reason: null, ruleId: rule.id, purchaseId, expiresAt: addMonths(now, rule.expiryMonths ?? settings.pointsExpiryMonths) });
  }
  const unit = getOfficeSettings(ctx.db).moneyUnit;
  if (input.walletRials > 0) {
    changeWallet(ctx, member.id, 'spend', input.walletRials, 'پرداخت خرید', purchaseId);
    sendNotice(ctx, notices, member.partyId, walletNotice(settings, input.walletRials, false, unit));
  }
  logInteraction(ctx, {
    partyId: member.partyId,
    subject: `خرید ${formatMoney(input.amountRials, unit)}`,
    method: 'visit',
    direction: 'incoming',
    occurredAt: now,
    userId: ctx.session?.userId ?? null,
    description: [input.items.map((item) => item.product).join('، '), pointsEarned > 0 ? `${pointsEarned} امتیاز` : '', input.note ?? ''].filter(Boolean).join(' — '),
  });
  const tierChange = reviewTier(ctx, member.id, settings, false);
  if (tierChange) sendNotice(ctx, notices, member.partyId, tierNotice(settings, tierChange.toTier));
  return { purchaseId, tierChange };
}

const cashier = users;

function selectPurchases(db: AnyDb) {
  return db
    .select({
      id: clubPurchases.id,
      memberId: clubPurchases.memberId,
      at: clubPurchases.at,
      amountRials: clubPurchases.amountRials,
      discountRials: clubPurchases.discountRials,
      walletRials: clubPurchases.walletRials,
      pointsRedeemed: clubPurchases.pointsRedeemed,
      pointsEarned: clubPurchases.pointsEarned,
      couponCode: clubPurchases.couponCode,
      items: clubPurchases.items,
      cashierName: cashier.displayName,
      note: clubPurchases.note,
    })
    .from(clubPurchases)
    .leftJoin(cashier, eq(cashier.id, clubPurchases.cashierId));
}

export function getPurchase(db: AnyDb, id: number): Purchase {
  return selectPurchases(db).where(eq(clubPurchases.id, id)).get()!;
}

export function purchasesPage(db: AnyDb, memberId: number, offset: number, limit: number) {
  const rows = selectPurchases(db).where(eq(clubPurchases.memberId, memberId)).orderBy(desc(clubPurchases.at), desc(clubPurchases.id)).limit(limit).offset(offset).all();
  const total = db.select({ n: sql<number>`count(*)` }).from(clubPurchases).where(eq(clubPurchases.memberId, memberId)).get()?.n ?? 0;
  return { rows, total };
}
