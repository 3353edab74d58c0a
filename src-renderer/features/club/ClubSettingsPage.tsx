import type { Discount, EarnRule, Tier } from '../../../src-shared/api/club';
import { formatJalaliDate } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { call } from '../../api/client';
import type { Column } from '../../ui';
import { count, ListError } from '../messaging';
import { ConfigSection } from './ConfigSection';
import { useClubConfig } from './config-store';
import { DiscountDialog } from './DiscountDialog';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { Money, TierBadge } from './format';
import { NightlyRunCard } from './NightlyRunCard';
import { RuleDialog } from './RuleDialog';
import { TierDialog } from './TierDialog';

const TIER_COLUMNS: Column<Tier>[] = [
  { key: 'name', header: 'سطح', value: (tier) => tier.name, render: (tier) => <TierBadge name={tier.name} colour={tier.colour} /> },
  { key: 'threshold', header: 'آستانه', value: (tier) => tier.threshold, render: (tier) => <bdi>{count(tier.threshold)}</bdi> },
  { key: 'discount', header: 'تخفیف', value: (tier) => tier.discountPercent, render: (tier) => <bdi>{count(tier.discountPercent)}٪</bdi> },
  { key: 'multiplier', header: 'ضریب امتیاز', value: (tier) => tier.pointMultiplier, render: (tier) => <bdi>{toPersianDigits(String(tier.pointMultiplier).replace('.', '٫'))}</bdi> },
];

const RULE_COLUMNS: Column<EarnRule>[] = [
  { key: 'name', header: 'نام', value: (rule) => rule.name },
  { key: 'kind', header: 'نوع', value: (rule) => clubLabels.earnRuleKind[rule.kind] },
  { key: 'points', header: 'امتیاز', value: (rule) => rule.points },
  { key: 'per', header: 'به‌ازای', value: (rule) => rule.rialsPerPoint ?? rule.match, render: (rule) => (rule.rialsPerPoint !== null ? <Money rials={rule.rialsPerPoint} /> : (rule.match ?? '—')) },
  { key: 'expiry', header: 'انقضا (ماه)', value: (rule) => rule.expiryMonths },
  { key: 'active', header: 'فعال', value: (rule) => rule.active },
];

const DISCOUNT_COLUMNS: Column<Discount>[] = [
  { key: 'name', header: 'نام', value: (discount) => discount.name },
  { key: 'code', header: 'کد', value: (discount) => discount.code, render: (discount) => (discount.code ? <bdi dir="ltr">{toPersianDigits(discount.code)}</bdi> : 'مناسبتی') },
  {
    key: 'value',
    header: 'مقدار',
    value: (discount) => discount.percent ?? discount.amountRials,
    render: (discount) => (discount.percent !== null ? <bdi>{count(discount.percent)}٪</bdi> : <Money rials={discount.amountRials ?? 0} />),
  },
  {
    key: 'dates',
    header: 'بازه',
    value: (discount) => discount.validFrom,
    render: (discount) => (
      <bdi className="nowrap">
        {formatJalaliDate(discount.validFrom)} تا {formatJalaliDate(discount.validTo)}
      </bdi>
    ),
  },
  { key: 'used', header: 'استفاده‌شده', value: (discount) => discount.used },
  { key: 'active', header: 'فعال', value: (discount) => discount.active },
];

// «تنظیمات باشگاه» (club.edit): the general settings, tiers, earn rules and discounts.
export function ClubSettingsPage() {
  const { settings, tiers, rules, discounts, error } = useClubConfig();
  return (
    <>
      <ListError error={error} />
      {settings ? <GeneralSettingsForm key={settings.version} settings={settings} /> : null}
      <ConfigSection
        title="سطح‌ها"
        addLabel="سطح جدید"
        noun="سطح"
        rows={tiers}
        columns={TIER_COLUMNS}
        emptyText="سطحی تعریف نشده است."
        editor={(tier, close) => <TierDialog tier={tier} onClose={close} />}
        remove={(id) => call('club.removeTier', { id })}
      />
      <ConfigSection
        title="قاعده‌های امتیاز"
        addLabel="قاعدهٔ جدید"
        noun="قاعده"
        rows={rules}
        columns={RULE_COLUMNS}
        emptyText="قاعده‌ای تعریف نشده است؛ هیچ خریدی امتیاز نمی‌گیرد."
        editor={(rule, close) => <RuleDialog rule={rule} onClose={close} />}
        remove={(id) => call('club.removeRule', { id })}
      />
      <ConfigSection
        title="تخفیف‌ها و کدهای تخفیف"
        addLabel="تخفیف جدید"
        noun="تخفیف"
        rows={discounts}
        columns={DISCOUNT_COLUMNS}
        emptyText="تخفیفی تعریف نشده است."
        editor={(discount, close) => <DiscountDialog discount={discount} onClose={close} />}
        remove={(id) => call('club.removeDiscount', { id })}
      />
      <NightlyRunCard />
    </>
  );
}
