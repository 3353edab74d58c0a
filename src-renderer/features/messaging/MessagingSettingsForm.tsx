import { useState, type FormEvent } from 'react';
import { GATEWAY_KINDS, MESSAGE_KINDS, type MessagingSettings } from '../../../src-shared/api/messaging';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { Field, TextField } from '../../ui';
import { useCan } from '../auth';
import { useGatewayStore } from './gateway-store';
import { PanelFields } from './PanelFields';
import { settingsUpdateOf, settingsValuesOf, type SettingsValues } from './settings-values';
import { useSaveForm } from './use-save-form';

type GatewayKind = (typeof GATEWAY_KINDS)[number];

// The SMS settings: the modem, which gateway each kind of message takes, quiet hours, and the panel.
// Keyed by version by its parent, so a save elsewhere starts it afresh.
export function MessagingSettingsForm({ settings }: { settings: MessagingSettings }) {
  const can = useCan();
  const editable = can('settings.edit');
  const saveSettings = useGatewayStore((state) => state.save);
  const [values, setValues] = useState<SettingsValues>(() => settingsValuesOf(settings));
  const { errors, formError, busy, save } = useSaveForm();
  const change = (next: Partial<SettingsValues>) => setValues((current) => ({ ...current, ...next }));
  const digits = (key: 'modemDailyLimit' | 'bulkThreshold' | 'quietStart' | 'quietEnd') => (value: string) => change({ [key]: toPersianDigits(value) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save(() => saveSettings(settingsUpdateOf(values, settings.version)), 'تنظیمات پیامک ذخیره شد.');
  };

  return (
    <form className="card settings-form" onSubmit={submit} noValidate aria-label="تنظیمات پیامک">
      <h2 className="card__title">تنظیمات پیامک</h2>
      {!editable ? (
        <p className="notice" role="status">
          شما فقط اجازهٔ دیدن این تنظیمات را دارید.
        </p>
      ) : null}
      <fieldset className="fieldset settings-group" disabled={!editable}>
        <legend className="settings-group__title">مودم (سیم‌کارت)</legend>
        <label className="choice">
          <input type="checkbox" checked={values.modemEnabled} onChange={(event) => change({ modemEnabled: event.target.checked })} />
          ارسال و دریافت با مودم
        </label>
        <div className="form-grid">
          {settings.modemPortFromCommandLine ? (
            <TextField
              label="درگاه مودم (از خط فرمان)"
              value={settings.modemPortFromCommandLine}
              onChange={() => undefined}
              readOnly
              dir="ltr"
              hint="سرور با گزینهٔ ‎--sms-modem‎ اجرا شده است؛ این درگاه بر فهرست زیر مقدم است."
            />
          ) : null}
          <Field label="درگاه‌های مودم" error={errors.modemPorts} hint={<>هر درگاه در یک سطر، به ترتیب آزمایش؛ مانند <bdi dir="ltr">COM3</bdi> یا <bdi dir="ltr">/dev/ttyUSB0</bdi>.</>}>
            {(control) => (
              <textarea className="input textarea" dir="ltr" rows={2} {...control} value={values.modemPorts} onChange={(event) => change({ modemPorts: event.target.value })} />
            )}
          </Field>
          <TextField
            label="رمز سیم‌کارت (PIN)"
            type="password"
            autoComplete="off"
            value={values.modemPin}
            onChange={(value) => change({ modemPin: value, removePin: false })}
            error={errors.modemPin}
            dir="ltr"
            placeholder={settings.modemPinSet ? 'تنظیم شده' : ''}
            hint={settings.modemPinSet ? 'تنظیم شده؛ برای تغییر، رمز تازه را بنویسید.' : 'اگر سیم‌کارت رمز ندارد خالی بگذارید.'}
          />
          {settings.modemPinSet ? (
            <label className="choice">
              <input type="checkbox" checked={values.removePin} onChange={(event) => change({ removePin: event.target.checked, modemPin: '' })} />
              حذف رمز ذخیره‌شده
            </label>
          ) : null}
          <TextField label="شمارهٔ مرکز پیام (SMSC)" value={values.modemSmsc} onChange={(value) => change({ modemSmsc: value })} error={errors.modemSmsc} dir="ltr" hint="خالی: همان که روی سیم‌کارت است." />
          <TextField label="سقف ارسال روزانهٔ مودم" value={values.modemDailyLimit} onChange={digits('modemDailyLimit')} error={errors.modemDailyLimit} inputMode="numeric" className="input input--short" />
          <TextField
            label="آستانهٔ ارسال انبوه"
            value={values.bulkThreshold}
            onChange={digits('bulkThreshold')}
            error={errors.bulkThreshold}
            inputMode="numeric"
            className="input input--short"
            hint="ارسال گروهی به بیش از این تعداد گیرنده با مودم، هشدار می‌دهد."
          />
        </div>
        <label className="choice">
          <input type="checkbox" checked={values.deliveryReports} onChange={(event) => change({ deliveryReports: event.target.checked })} />
          درخواست گزارش تحویل
        </label>
      </fieldset>
      <fieldset className="fieldset settings-group" disabled={!editable}>
        <legend className="settings-group__title">راه ارسال هر نوع پیامک</legend>
        <div className="form-grid">
          {MESSAGE_KINDS.map((kind) => (
            <Field key={kind} label={`راه ارسال ${messagingLabels.messageKind[kind]}`} error={errors[`routes.${kind}`]}>
              {(control) => (
                <select
                  className="input"
                  {...control}
                  value={values.routes[kind]}
                  onChange={(event) => change({ routes: { ...values.routes, [kind]: event.target.value as GatewayKind } })}
                >
                  {GATEWAY_KINDS.map((gateway) => (
                    <option key={gateway} value={gateway}>
                      {messagingLabels.gateway[gateway]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset settings-group" disabled={!editable}>
        <legend className="settings-group__title">ساعت سکوت</legend>
        <p className="field__hint">در این بازه پیامک گروهی فرستاده نمی‌شود؛ هر دو را خالی بگذارید تا ساعت سکوت نباشد.</p>
        <div className="form-grid">
          <TextField label="آغاز ساعت سکوت" value={values.quietStart} onChange={digits('quietStart')} error={errors.quietStart} placeholder="۲۲:۰۰" className="input input--short" dir="ltr" />
          <TextField label="پایان ساعت سکوت" value={values.quietEnd} onChange={digits('quietEnd')} error={errors.quietEnd} placeholder="۰۸:۰۰" className="input input--short" dir="ltr" />
        </div>
      </fieldset>
      <PanelFields values={values.panel} onChange={(panel) => change({ panel: { ...values.panel, ...panel } })} errors={errors} readOnly={!editable} />
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      {editable ? (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            ذخیرهٔ تنظیمات پیامک
          </button>
        </div>
      ) : null}
    </form>
  );
}
