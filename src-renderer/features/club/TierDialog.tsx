import { useState } from 'react';
import { TierDraft, type Tier } from '../../../src-shared/api/club';
import { call } from '../../api/client';
import { TextField } from '../../ui';
import { DigitsField } from '../parties';
import { ConfigDialog } from './ConfigDialog';
import { numberOf, textOf } from './config-values';

const DEFAULT_COLOUR = '#0f6e66';

// «سطح»: its name, the threshold over the rolling window, the discount it gives and its points multiplier.
export function TierDialog({ tier, onClose }: { tier: Tier | null; onClose(): void }) {
  const [name, setName] = useState(tier?.name ?? '');
  const [threshold, setThreshold] = useState(textOf(tier?.threshold ?? null));
  const [discount, setDiscount] = useState(textOf(tier?.discountPercent ?? 0));
  const [multiplier, setMultiplier] = useState(textOf(tier?.pointMultiplier ?? 1));
  const [colour, setColour] = useState<string | null>(tier?.colour ?? null);
  return (
    <ConfigDialog
      title={tier ? `ویرایش سطح «${tier.name}»` : 'سطح جدید'}
      schema={TierDraft}
      draft={() => ({
        ...(tier ? { id: tier.id } : {}),
        name,
        threshold: numberOf(threshold),
        discountPercent: numberOf(discount) ?? 0,
        pointMultiplier: numberOf(multiplier) ?? 1,
        colour,
      })}
      save={(draft) => call('club.saveTier', draft)}
      success="سطح ذخیره شد."
      onClose={onClose}
    >
      {(errors) => (
        <>
          <TextField label="نام سطح" value={name} onChange={setName} error={errors.name} maxLength={60} placeholder="مثلاً طلایی" data-autofocus />
          <DigitsField label="آستانه" value={threshold} onChange={setThreshold} error={errors.threshold} inputMode="numeric" hint="امتیاز (یا مبلغ خرید به ریال، بسته به مبنای سطح‌ها) در بازهٔ سنجش؛ پایین‌ترین سطح معمولاً صفر است." />
          <div className="form-row">
            <DigitsField label="درصد تخفیف" value={discount} onChange={setDiscount} error={errors.discountPercent} inputMode="decimal" />
            <DigitsField label="ضریب امتیاز" value={multiplier} onChange={setMultiplier} error={errors.pointMultiplier} inputMode="decimal" hint="۱: عادی؛ ۱٫۵: پنجاه درصد امتیاز بیشتر" />
          </div>
          <div className="club-colour">
            <label className="choice">
              <input type="checkbox" checked={colour !== null} onChange={(event) => setColour(event.target.checked ? DEFAULT_COLOUR : null)} />
              رنگ ویژه
            </label>
            {colour !== null ? <input type="color" aria-label="رنگ سطح" value={colour} onChange={(event) => setColour(event.target.value)} /> : null}
          </div>
        </>
      )}
    </ConfigDialog>
  );
}
