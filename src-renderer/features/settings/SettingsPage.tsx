import { useEffect, useState, type FormEvent } from 'react';
import { MONEY_UNITS, type OfficeSettings } from '../../../src-shared/api/settings';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { formatMoney } from '../../../src-shared/domain/money';
import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';
import { moneyUnitLabels } from '../../../src-shared/i18n/ui-fa';
import { ApiCallError, call, messageOf } from '../../api/client';
import { Bdi, issuesToFieldErrors, TextField, toast, type FieldErrors } from '../../ui';
import { useCan, useSessionStore } from '../auth';
import { LookupListsEditor } from './LookupListsEditor';
import { useSettingsStore } from './settings-store';

type SystemInfo = { appVersion: string; schemaVersion: number; serverTime: number };

export function SettingsPage() {
  const { settings, error, load } = useSettingsStore();
  const can = useCan();
  const [info, setInfo] = useState<SystemInfo | null>(null);

  useEffect(() => {
    void load();
    call('system.info')
      .then(setInfo)
      .catch(() => setInfo(null));
  }, [load]);

  return (
    <section className="page" aria-labelledby="settings-title">
      <header className="page__header">
        <h1 id="settings-title" className="page__title">
          تنظیمات دفتر
        </h1>
      </header>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {/* Keyed by version: a newer version (saved here or by another user) starts the form afresh. */}
      {settings ? <SettingsForm key={settings.version} settings={settings} /> : null}
      <LookupListsEditor editable={can('settings.edit')} />
      {info ? (
        <section className="card about" aria-labelledby="about-title">
          <h2 id="about-title" className="card__title">
            دربارهٔ این نصب
          </h2>
          <dl className="facts">
            <dt>نسخهٔ برنامه</dt>
            <dd>
              <Bdi ltr>{toPersianDigits(info.appVersion)}</Bdi>
            </dd>
            <dt>نسخهٔ پایگاه داده</dt>
            <dd>
              <Bdi>{toPersianDigits(info.schemaVersion)}</Bdi>
            </dd>
            <dt>زمان سرور</dt>
            <dd>
              <Bdi>{formatJalaliDateTime(info.serverTime)}</Bdi>
            </dd>
          </dl>
        </section>
      ) : null}
    </section>
  );
}

// The fields start from the settings in the first render (not in an effect), so nothing typed before an
// effect runs can be overwritten.
function SettingsForm({ settings }: { settings: OfficeSettings }) {
  const can = useCan();
  const editable = can('settings.edit');
  const save = useSettingsStore((state) => state.save);
  const setOfficeName = useSessionStore((state) => state.setOfficeName);
  const [officeName, setName] = useState(settings.officeName);
  const [areaCode, setAreaCode] = useState(toPersianDigits(settings.defaultAreaCode));
  const [moneyUnit, setMoneyUnit] = useState<(typeof MONEY_UNITS)[number]>(settings.moneyUnit);
  const [attachmentMaxMb, setAttachmentMaxMb] = useState(toPersianDigits(settings.attachmentMaxMb));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const saved = await save({
        version: settings.version,
        officeName,
        defaultAreaCode: areaCode,
        moneyUnit,
        // Left empty, the server's range check names the field (0 is below its minimum).
        attachmentMaxMb: Number(toAsciiDigits(attachmentMaxMb).replace(/\D/g, '') || 0),
      });
      setOfficeName(saved.officeName);
      toast.success('تنظیمات دفتر ذخیره شد.');
    } catch (failure) {
      if (failure instanceof ApiCallError && failure.code === 'input.invalid') setErrors(issuesToFieldErrors(failure.issues));
      setFormError(messageOf(failure));
      setBusy(false);
    }
  };

  return (
    <form className="card form-card" onSubmit={submit} noValidate aria-label="تنظیمات دفتر">
      {!editable ? (
        <p className="notice" role="status">
          شما فقط اجازهٔ دیدن این تنظیمات را دارید.
        </p>
      ) : null}
      <TextField label="نام دفتر یا شرکت" value={officeName} onChange={setName} error={errors.officeName} readOnly={!editable} />
      <TextField
        label="پیش‌شمارهٔ پیش‌فرض تلفن"
        value={areaCode}
        onChange={(value) => setAreaCode(toPersianDigits(value))}
        error={errors.defaultAreaCode}
        readOnly={!editable}
        inputMode="numeric"
        className="input input--short"
        hint="به شماره‌های ثابتی که بدون پیش‌شماره وارد یا دریافت شوند افزوده می‌شود."
      />
      <TextField
        label="حداکثر حجم هر پیوست (مگابایت)"
        value={attachmentMaxMb}
        onChange={(value) => setAttachmentMaxMb(toPersianDigits(value))}
        error={errors.attachmentMaxMb}
        readOnly={!editable}
        inputMode="numeric"
        className="input input--short"
        hint="پرونده‌های بزرگ‌تر از این اندازه، پیش از بارگذاری رد می‌شوند (از ۱ تا ۶۰ مگابایت)."
      />
      <fieldset className="fieldset" disabled={!editable}>
        <legend className="field__label">واحد نمایش مبلغ</legend>
        {MONEY_UNITS.map((unit) => (
          <label key={unit} className="choice">
            <input type="radio" name="moneyUnit" checked={moneyUnit === unit} onChange={() => setMoneyUnit(unit)} />
            {moneyUnitLabels[unit]}
          </label>
        ))}
        <p className="field__hint">
          نمونه: <bdi>{formatMoney(12_500_000, moneyUnit)}</bdi> (مبالغ همیشه به ریال ذخیره می‌شوند.)
        </p>
      </fieldset>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      {editable ? (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            ذخیرهٔ تنظیمات
          </button>
        </div>
      ) : null}
    </form>
  );
}
