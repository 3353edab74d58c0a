import { useEffect } from 'react';
import type { MemberStatus } from '../../../src-shared/api/club';
import { formatJalaliDate, instantToLocalIsoDate } from '../../../src-shared/domain/jalali';
import { formatMoney, type MoneyUnit } from '../../../src-shared/domain/money';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { count } from '../messaging';
import { useSettingsStore } from '../settings';

// The office's display unit (ریال or تومان); amounts stay Rials everywhere else.
export function useMoneyUnit(): MoneyUnit {
  const unit = useSettingsStore((state) => state.settings?.moneyUnit ?? null);
  const load = useSettingsStore((state) => state.load);
  useEffect(() => {
    if (unit === null) void load();
  }, [unit, load]);
  return unit ?? 'rial';
}

export function Money({ rials }: { rials: number }) {
  const unit = useMoneyUnit();
  return <bdi className="nowrap">{formatMoney(rials, unit)}</bdi>;
}

export function Points({ value }: { value: number }) {
  return <bdi className="nowrap">{count(value)} امتیاز</bdi>;
}

// An instant's calendar day in Jalali: ۱۴۰۴/۰۹/۳۰.
export function jalaliDay(at: number): string {
  return formatJalaliDate(instantToLocalIsoDate(at));
}

export function Day({ at }: { at: number | null }) {
  return at === null ? <>—</> : <bdi className="nowrap">{jalaliDay(at)}</bdi>;
}

export function StatusBadge({ status }: { status: MemberStatus }) {
  return <span className={`badge club-status club-status--${status}`}>{clubLabels.status[status]}</span>;
}

// Dark text on a light tier colour (gold, silver), white on a dark one.
function textOn(colour: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16)) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#1d2733' : '#ffffff';
}

// The tier's name on its own colour (chosen in the settings), or a plain badge without one.
export function TierBadge({ name, colour }: { name: string | null; colour?: string | null }) {
  if (name === null) return <span className="badge" data-field="tier">بدون سطح</span>;
  return (
    <span className="badge club-tier" style={colour ? { background: colour, borderColor: colour, color: textOn(colour) } : undefined} data-field="tier">
      {name}
    </span>
  );
}
