import { useState, type FormEvent } from 'react';
import { ClubSettings } from '../../../src-shared/api/club';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { call } from '../../api/client';
import { Field, validateWith, type FieldErrors } from '../../ui';
import { useSaveForm } from '../messaging';
import { DigitsField, RialsInput } from '../parties';
import { Choices } from './Choices';
import { useClubConfigStore } from './config-store';
import { numberOf, textOf } from './config-values';

type SmsKey = keyof typeof clubLabels.sms;
const SMS_KEYS = Object.keys(clubLabels.sms) as SmsKey[];
const NUMBER_KEYS = ['membershipMonths', 'pointsExpiryMonths', 'expiryNoticeDays', 'tierWindowMonths'] as const;
type NumberKey = (typeof NUMBER_KEYS)[number];

const MERGE_HINT = `جای‌نماها: ${clubLabels.mergeFields.map((field) => `\u2068${field}\u2069`).join(' ')}. متن خالی: پیامکی فرستاده نمی‌شود.`;

// The club's general settings: open or closed, the fee and the membership term, points and tiers, and the SMS
// texts the club sends. Keyed by version by its parent, so a save elsewhere starts it afresh.
export function GeneralSettingsForm({ settings }: { settings: ClubSettings }) {
  const form = useSaveForm();
  const [values, setValues] = useState(settings);
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>(() => Object.fromEntries(NUMBER_KEYS.map((key) => [key, textOf(settings[key])])) as Record<NumberKey, string>);
  const [questions, setQuestions] = useState(settings.applicationQuestions.join('\n'));
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const errors = { ...form.errors, ...ownErrors };
  const change = (patch: Partial<ClubSettings>) => setValues((current) => ({ ...current, ...patch }));
  const numberField = (key: NumberKey, label: string, hint?: string) => (
    <DigitsField label={label} value={numbers[key]} onChange={(text) => setNumbers((current) => ({ ...current, [key]: text }))} error={errors[key]} inputMode="numeric" hint={hint} />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(ClubSettings, {
      ...values,
      ...Object.fromEntries(NUMBER_KEYS.map((key) => [key, numberOf(numbers[key])])),
      applicationQuestions: questions
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    });
    setOwnErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    await form.save(async () => useClubConfigStore.getState().setSettings(await call('club.updateSettings', checked.value)), 'تنظیمات باشگاه ذخیره شد.');
  };

  return (
    <form className="card settings-form" onSubmit={submit} noValidate aria-label="تنظیمات باشگاه">
      <h2 className="card__title">تنظیمات عمومی</h2>
      <fieldset className="fieldset settings-group">
        <legend className="settings-group__title">عضویت</legend>
        <Choices<ClubSettings['mode']> legend="نوع باشگاه" name="club-mode" options={clubLabels.mode} value={values.mode} onChange={(mode) => change({ mode })} />
        <div className="form-row">
          <RialsInput label="حق عضویت" value={values.membershipFeeRials} onChange={(fee) => change({ membershipFeeRials: fee ?? 0 })} error={errors.membershipFeeRials} />
          {numberField('membershipMonths', 'مدت عضویت (ماه)', 'خالی: عضویت منقضی نمی‌شود.')}
        </div>
        <Field label="پرسش‌های فرم درخواست عضویت" error={errors.applicationQuestions} hint="هر پرسش در یک سطر؛ در باشگاه بسته هنگام عضویت پرسیده می‌شود.">
          {(control) => <textarea className="input textarea" rows={3} {...control} value={questions} onChange={(event) => setQuestions(event.target.value)} />}
        </Field>
      </fieldset>
      <fieldset className="fieldset settings-group">
        <legend className="settings-group__title">امتیاز و سطح</legend>
        <div className="form-row">
          {numberField('pointsExpiryMonths', 'انقضای امتیاز پس از (ماه)')}
          <RialsInput label="ارزش هر امتیاز هنگام خرید" value={values.pointValueRials} onChange={(rials) => change({ pointValueRials: rials ?? 0 })} error={errors.pointValueRials} />
          {numberField('expiryNoticeDays', 'یادآوری انقضا چند روز پیش از آن')}
        </div>
        <Choices<ClubSettings['tierBasis']> legend="مبنای سطح‌ها" name="tier-basis" options={clubLabels.tierBasis} value={values.tierBasis} onChange={(tierBasis) => change({ tierBasis })} />
        {numberField('tierWindowMonths', 'بازهٔ سنجش سطح (ماه)', 'سطح هر عضو با امتیاز یا خرید همین چند ماه اخیر سنجیده می‌شود.')}
      </fieldset>
      <fieldset className="fieldset settings-group">
        <legend className="settings-group__title">پیامک‌ها</legend>
        <p className="field__hint">{MERGE_HINT}</p>
        {SMS_KEYS.map((key) => (
          <Field key={key} label={clubLabels.sms[key]} error={errors[key]}>
            {(control) => <textarea className="input textarea" rows={2} maxLength={500} {...control} value={values[key]} onChange={(event) => change({ [key]: event.target.value })} />}
          </Field>
        ))}
      </fieldset>
      {form.formError ? (
        <p className="form-error" role="alert">
          {form.formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          ذخیرهٔ تنظیمات باشگاه
        </button>
      </div>
    </form>
  );
}
