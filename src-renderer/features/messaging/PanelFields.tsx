import type { ReactNode } from 'react';
import type { FieldErrors } from '../../ui';
import { Field, TextField } from '../../ui';

export type PanelProviderChoice = 'none' | 'kavenegar' | 'generic';

// The panel part of the settings form as text fields; lists are typed one per line (headers «نام: مقدار»).
export interface PanelValues {
  provider: PanelProviderChoice;
  name: string;
  apiKey: string;
  sender: string;
  baseUrl: string;
  method: 'GET' | 'POST';
  sendUrl: string;
  headers: string;
  bodyTemplate: string;
  bodyType: 'json' | 'form';
  successPath: string;
  successValue: string;
  idPath: string;
  statusUrl: string;
  statusPath: string;
  deliveredValues: string;
  failedValues: string;
}

interface PanelFieldsProps {
  values: PanelValues;
  onChange(values: Partial<PanelValues>): void;
  errors: FieldErrors;
  readOnly: boolean;
}

const PROVIDERS: { value: PanelProviderChoice; label: string }[] = [
  { value: 'none', label: 'بدون سامانهٔ پیامکی' },
  { value: 'kavenegar', label: 'کاوه‌نگار' },
  { value: 'generic', label: 'سامانهٔ دیگر (وب‌سرویس عمومی)' },
];

export function PanelFields({ values, onChange, errors, readOnly }: PanelFieldsProps) {
  const text = (key: keyof PanelValues, label: string, hint?: ReactNode, ltr = true) => (
    <TextField
      label={label}
      value={values[key]}
      onChange={(value) => onChange({ [key]: value })}
      error={errors[`panel.${key}`]}
      hint={hint}
      readOnly={readOnly}
      dir={ltr ? 'ltr' : undefined}
    />
  );
  return (
    <fieldset className="fieldset settings-group" disabled={readOnly}>
      <legend className="settings-group__title">سامانهٔ پیامکی</legend>
      <Field label="نوع سامانهٔ پیامکی">
        {(control) => (
          <select className="input" {...control} value={values.provider} onChange={(event) => onChange({ provider: event.target.value as PanelProviderChoice })}>
            {PROVIDERS.map((provider) => (
              <option key={provider.value} value={provider.value}>
                {provider.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {values.provider === 'kavenegar' ? (
        <div className="form-grid">
          {text('apiKey', 'کلید دسترسی (API key)')}
          {text('sender', 'شمارهٔ خط ارسال', 'مانند ۱۰۰۰۴۳۴۶')}
          {text('baseUrl', 'نشانی وب‌سرویس')}
        </div>
      ) : null}
      {values.provider === 'generic' ? (
        <div className="form-grid">
          {text('name', 'نام سامانه', undefined, false)}
          {text('apiKey', 'کلید دسترسی (API key)')}
          {text('sender', 'شمارهٔ خط ارسال')}
          <Field label="روش درخواست" error={errors['panel.method']}>
            {(control) => (
              <select className="input" {...control} value={values.method} onChange={(event) => onChange({ method: event.target.value as 'GET' | 'POST' })}>
                <option value="POST">POST</option>
                <option value="GET">GET</option>
              </select>
            )}
          </Field>
          {text('sendUrl', 'نشانی ارسال', <>می‌تواند <bdi dir="ltr">{'{to} {to0} {text} {sender} {key}'}</bdi> داشته باشد.</>)}
          <Field label="نوع بدنه" error={errors['panel.bodyType']}>
            {(control) => (
              <select className="input" {...control} value={values.bodyType} onChange={(event) => onChange({ bodyType: event.target.value as 'json' | 'form' })}>
                <option value="json">JSON</option>
                <option value="form">فرم (form)</option>
              </select>
            )}
          </Field>
          <Field label="بدنهٔ درخواست" error={errors['panel.bodyTemplate']} hint="با همان جای‌نگهدارهای نشانی ارسال.">
            {(control) => (
              <textarea className="input textarea" dir="ltr" rows={3} {...control} value={values.bodyTemplate} onChange={(event) => onChange({ bodyTemplate: event.target.value })} />
            )}
          </Field>
          <Field label="سرآیندها" error={errors['panel.headers']} hint="هر سرآیند در یک سطر، به شکل «نام: مقدار».">
            {(control) => (
              <textarea className="input textarea" dir="ltr" rows={3} {...control} value={values.headers} onChange={(event) => onChange({ headers: event.target.value })} />
            )}
          </Field>
          {text('successPath', 'مسیر نتیجه در پاسخ', <>مانند <bdi dir="ltr">return.status</bdi>؛ خالی: هر پاسخ موفق HTTP پذیرفته است.</>)}
          {text('successValue', 'مقدار موفقیت')}
          {text('idPath', 'مسیر شناسهٔ پیامک در پاسخ', <>مانند <bdi dir="ltr">entries.0.messageid</bdi></>)}
          {text('statusUrl', 'نشانی وضعیت تحویل (اختیاری)', <>می‌تواند <bdi dir="ltr">{'{id}'}</bdi> و <bdi dir="ltr">{'{key}'}</bdi> داشته باشد.</>)}
          {text('statusPath', 'مسیر وضعیت در پاسخ')}
          {text('deliveredValues', 'مقدارهای «تحویل شد»', 'جداشده با ویرگول.')}
          {text('failedValues', 'مقدارهای «ناموفق»', 'جداشده با ویرگول.')}
        </div>
      ) : null}
    </fieldset>
  );
}
