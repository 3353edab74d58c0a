import { useState } from 'react';
import { DiscountDraft, type Discount } from '../../../src-shared/api/club';
import { todayIsoDate } from '../../../src-shared/domain/jalali';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { call } from '../../api/client';
import { JalaliDatePicker, TextField } from '../../ui';
import { DigitsField, RialsInput } from '../parties';
import { Choices } from './Choices';
import { ConfigDialog } from './ConfigDialog';
import { useClubConfig } from './config-store';
import { numberOf, textOf } from './config-values';

type DiscountKind = Discount['kind'];
const VALUE_KINDS = { percent: 'درصد از مبلغ خرید', amount: 'مبلغ ثابت' } as const;
type ValueKind = keyof typeof VALUE_KINDS;

// «تخفیف»: an occasion (Nowruz, Yalda) for everyone eligible in its dates, or a coupon code typed at the counter;
// a percentage or a fixed amount, for some tiers or all, with use limits and a minimum purchase.
export function DiscountDialog({ discount, onClose }: { discount: Discount | null; onClose(): void }) {
  const { tiers } = useClubConfig();
  const [name, setName] = useState(discount?.name ?? '');
  const [kind, setKind] = useState<DiscountKind>(discount?.kind ?? 'occasion');
  const [code, setCode] = useState(discount?.code ?? '');
  const [valueKind, setValueKind] = useState<ValueKind>(discount?.amountRials !== null && discount?.amountRials !== undefined ? 'amount' : 'percent');
  const [percent, setPercent] = useState(textOf(discount?.percent ?? null));
  const [amount, setAmount] = useState<number | null>(discount?.amountRials ?? null);
  const [validFrom, setValidFrom] = useState<string | null>(discount?.validFrom ?? todayIsoDate());
  const [validTo, setValidTo] = useState<string | null>(discount?.validTo ?? null);
  const [tierIds, setTierIds] = useState<number[]>(discount?.tierIds ?? []);
  const [maxUses, setMaxUses] = useState(textOf(discount?.maxUses ?? null));
  const [perMember, setPerMember] = useState(textOf(discount?.maxUsesPerMember ?? null));
  const [minPurchase, setMinPurchase] = useState<number | null>(discount?.minPurchaseRials ?? 0);
  const [active, setActive] = useState(discount?.active ?? true);
  const toggleTier = (id: number) => setTierIds((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]));

  return (
    <ConfigDialog
      title={discount ? `ویرایش تخفیف «${discount.name}»` : 'تخفیف جدید'}
      schema={DiscountDraft}
      size="lg"
      draft={() => ({
        ...(discount ? { id: discount.id } : {}),
        name,
        kind,
        code: kind === 'code' ? code : null,
        percent: valueKind === 'percent' ? numberOf(percent) : null,
        amountRials: valueKind === 'amount' ? amount : null,
        validFrom,
        validTo,
        tierIds,
        maxUses: numberOf(maxUses),
        maxUsesPerMember: numberOf(perMember),
        minPurchaseRials: minPurchase ?? 0,
        active,
      })}
      save={(draft) => call('club.saveDiscount', draft)}
      success="تخفیف ذخیره شد."
      onClose={onClose}
    >
      {(errors) => (
        <>
          <TextField label="نام تخفیف" value={name} onChange={setName} error={errors.name} maxLength={80} placeholder="مثلاً جشنوارهٔ یلدا" data-autofocus />
          <Choices<DiscountKind> legend="نوع" name="discount-kind" options={clubLabels.discountKind} value={kind} onChange={setKind} />
          {kind === 'code' ? <TextField label="کد تخفیف" value={code} onChange={setCode} error={errors.code} maxLength={30} dir="ltr" autoComplete="off" /> : null}
          <Choices<ValueKind> legend="مقدار تخفیف" name="discount-value" options={VALUE_KINDS} value={valueKind} onChange={setValueKind} />
          {valueKind === 'percent' ? (
            <DigitsField label="درصد" value={percent} onChange={setPercent} error={errors.percent} inputMode="decimal" />
          ) : (
            <RialsInput label="مبلغ تخفیف" value={amount} onChange={setAmount} error={errors.amountRials ?? errors.percent} />
          )}
          <div className="form-row">
            <JalaliDatePicker label="از تاریخ" value={validFrom} onChange={setValidFrom} error={errors.validFrom} />
            <JalaliDatePicker label="تا تاریخ" value={validTo} onChange={setValidTo} error={errors.validTo} />
          </div>
          <fieldset className="fieldset">
            <legend className="field__label">سطح‌ها (هیچ‌کدام: همهٔ سطح‌ها)</legend>
            <div className="club-choices">
              {tiers.map((tier) => (
                <label key={tier.id} className="choice">
                  <input type="checkbox" checked={tierIds.includes(tier.id)} onChange={() => toggleTier(tier.id)} />
                  {tier.name}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="form-row">
            <DigitsField label="سقف کل استفاده (اختیاری)" value={maxUses} onChange={setMaxUses} error={errors.maxUses} inputMode="numeric" hint="۱: کد یک‌بارمصرف" />
            <DigitsField label="سقف استفادهٔ هر عضو (اختیاری)" value={perMember} onChange={setPerMember} error={errors.maxUsesPerMember} inputMode="numeric" />
          </div>
          <RialsInput label="حداقل مبلغ خرید" value={minPurchase} onChange={setMinPurchase} error={errors.minPurchaseRials} />
          <label className="choice">
            <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
            فعال
          </label>
        </>
      )}
    </ConfigDialog>
  );
}
