import type { ClubSettings } from '../../../src-shared/api/club';
import { formatJalaliDate, instantToLocalIsoDate } from '../../../src-shared/domain/jalali';
import { formatMoney, type MoneyUnit } from '../../../src-shared/domain/money';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import type { WriteCtx } from '../../core/context';

// How the club tells a member something by SMS. Messaging implements it (route, opt-outs, the outbox);
// the club only decides what to say. Returns false when the member cannot be sent to (no mobile,
// opted out, no gateway): the change itself stands either way.
export interface SmsNotices {
  queue(ctx: WriteCtx, partyId: number, body: string, custom: Record<string, string>): boolean;
}

// Club values for the texts in the club settings, besides the usual merge fields.
export const CLUB_TOKENS = { amount: 'مبلغ', change: 'تغییر', tier: 'سطح', date: 'تاریخ', draw: 'قرعه‌کشی' } as const;

export function walletNotice(settings: ClubSettings, amountRials: number, increased: boolean, unit: MoneyUnit) {
  return { body: settings.smsWalletChanged, custom: { [CLUB_TOKENS.amount]: formatMoney(amountRials, unit), [CLUB_TOKENS.change]: increased ? 'افزایش' : 'کاهش' } };
}

export function tierNotice(settings: ClubSettings, tierName: string | null) {
  return { body: settings.smsTierChanged, custom: { [CLUB_TOKENS.tier]: tierName ?? 'بدون سطح' } };
}

export function expiryNotice(settings: ClubSettings, points: number, at: number) {
  return { body: settings.smsPointsExpiring, custom: { [CLUB_TOKENS.amount]: toPersianDigits(points), [CLUB_TOKENS.date]: formatJalaliDate(instantToLocalIsoDate(at)) } };
}

export function sendNotice(ctx: WriteCtx, notices: SmsNotices, partyId: number, notice: { body: string; custom: Record<string, string> }): boolean {
  if (notice.body.trim() === '') return false;
  return notices.queue(ctx, partyId, notice.body, notice.custom);
}
