import { useState } from 'react';
import { EARN_RULE_KINDS, EarnRuleDraft, type EarnRule, type EarnRuleKind } from '../../../src-shared/api/club';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { call } from '../../api/client';
import { Field, TextField } from '../../ui';
import { DigitsField } from '../parties';
import { ConfigDialog } from './ConfigDialog';
import { numberOf, textOf } from './config-values';

// «قاعدهٔ امتیاز»: how points are earned. Spend rules count Rials, product rules units of a product or group;
// the others give their points once per occasion.
export function RuleDialog({ rule, onClose }: { rule: EarnRule | null; onClose(): void }) {
  const [kind, setKind] = useState<EarnRuleKind>(rule?.kind ?? 'spend');
  const [name, setName] = useState(rule?.name ?? '');
  const [points, setPoints] = useState(textOf(rule?.points ?? 1));
  const [rialsPerPoint, setRialsPerPoint] = useState(textOf(rule?.rialsPerPoint ?? null));
  const [match, setMatch] = useState(rule?.match ?? '');
  const [expiryMonths, setExpiryMonths] = useState(textOf(rule?.expiryMonths ?? null));
  const [active, setActive] = useState(rule?.active ?? true);
  const byProduct = kind === 'product' || kind === 'productGroup';
  return (
    <ConfigDialog
      title={rule ? `ویرایش قاعدهٔ «${rule.name}»` : 'قاعدهٔ امتیاز جدید'}
      schema={EarnRuleDraft}
      draft={() => ({
        ...(rule ? { id: rule.id } : {}),
        kind,
        name,
        points: numberOf(points),
        rialsPerPoint: kind === 'spend' ? numberOf(rialsPerPoint) : null,
        match: byProduct ? match : null,
        expiryMonths: numberOf(expiryMonths),
        active,
      })}
      save={(draft) => call('club.saveRule', draft)}
      success="قاعدهٔ امتیاز ذخیره شد."
      onClose={onClose}
    >
      {(errors) => (
        <>
          <Field label="نوع" error={errors.kind}>
            {(control) => (
              <select className="input" {...control} value={kind} onChange={(event) => setKind(event.target.value as EarnRuleKind)} data-autofocus>
                {EARN_RULE_KINDS.map((option) => (
                  <option key={option} value={option}>
                    {clubLabels.earnRuleKind[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField label="نام قاعده" value={name} onChange={setName} error={errors.name} maxLength={80} />
          <div className="form-row">
            <DigitsField label={byProduct ? 'امتیاز هر واحد' : 'امتیاز'} value={points} onChange={setPoints} error={errors.points} inputMode="numeric" />
            {kind === 'spend' ? (
              <DigitsField label="به‌ازای هر چند ریال خرید" value={rialsPerPoint} onChange={setRialsPerPoint} error={errors.rialsPerPoint} inputMode="numeric" hint="مثلاً ۱۰۰۰۰۰: هر صد هزار ریال" />
            ) : null}
            {byProduct ? (
              <TextField label={kind === 'product' ? 'نام یا کد کالا' : 'نام گروه کالا'} value={match} onChange={setMatch} error={errors.match} maxLength={80} />
            ) : null}
          </div>
          <DigitsField label="انقضا پس از چند ماه (اختیاری)" value={expiryMonths} onChange={setExpiryMonths} error={errors.expiryMonths} inputMode="numeric" hint="خالی: همان مدت انقضای تنظیمات باشگاه" />
          <label className="choice">
            <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
            فعال
          </label>
        </>
      )}
    </ConfigDialog>
  );
}
