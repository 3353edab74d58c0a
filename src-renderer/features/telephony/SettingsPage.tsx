import { useEffect, useState, type FormEvent } from 'react';
import { LINE_KINDS, telephonyApi, type LineKind, type LineStatus, type TelephonySettings } from '../../../src-shared/api/telephony';
import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';
import { telephonyLabels } from '../../../src-shared/i18n/ui-fa-telephony';
import { Bdi, Field, TextField, validateWith, type FieldErrors } from '../../ui';
import { useCan } from '../auth';
import { ListError, useSaveForm } from '../messaging';
import { useDirectoryStore } from '../parties';
import { useLinesStore } from './calls-store';
import { lineOf, newLine, telephonyValuesOf, type LineValues, type TelephonyValues } from './line-values';
import { RawCapturePanel } from './RawCapturePanel';

// «تنظیمات تلفن»: each line as it is now (live on line events), and the lines' settings.
export function SettingsPage() {
  const { lines, settings, error, loadStatus, loadSettings, setWatching } = useLinesStore();

  useEffect(() => {
    setWatching(true);
    void loadStatus();
    void loadSettings();
    return () => setWatching(false);
  }, [loadStatus, loadSettings, setWatching]);

  return (
    <>
      <ListError error={error} />
      <div className="status-grid" aria-label="وضعیت خطوط" role="group">
        {lines.length === 0 ? <p className="muted">هیچ خط تلفنی تنظیم نشده است.</p> : null}
        {lines.map((line) => (
          <LineCard key={line.id} line={line} />
        ))}
      </div>
      {settings ? <TelephonySettingsForm key={settings.version} settings={settings} /> : null}
    </>
  );
}

function LineCard({ line }: { line: LineStatus }) {
  return (
    <section className="card gateway" aria-label={`خط ${line.name}`}>
      <header className="gateway__header">
        <h2 className="card__title">{line.name}</h2>
        <span className={`badge gateway__state gateway__state--${line.state}`}>{telephonyLabels.lineState[line.state]}</span>
      </header>
      {line.problem ? (
        <p className="notice" role="status">
          {telephonyLabels.problem[line.problem] ?? line.problem}
        </p>
      ) : null}
      <dl className="facts">
        <dt>نوع</dt>
        <dd>{telephonyLabels.lineKind[line.kind]}</dd>
        <dt>شناسه</dt>
        <dd>
          <Bdi ltr>{line.id}</Bdi>
        </dd>
        <dt>درگاه</dt>
        <dd>{line.path ? <Bdi ltr>{line.path}</Bdi> : '—'}</dd>
        <dt>شماره‌گیری</dt>
        <dd>{line.canDial ? 'می‌تواند' : 'نمی‌تواند'}</dd>
      </dl>
    </section>
  );
}

const UpdateInput = telephonyApi['telephony.updateSettings'].input;

function TelephonySettingsForm({ settings }: { settings: TelephonySettings }) {
  const can = useCan();
  const editable = can('settings.edit');
  const linesEditable = editable && !settings.linesFromCommandLine;
  const save = useLinesStore((state) => state.save);
  const [values, setValues] = useState<TelephonyValues>(() => telephonyValuesOf(settings));
  const [checked, setChecked] = useState<FieldErrors>({});
  const { errors: serverErrors, formError, busy, save: run } = useSaveForm();
  const errors = { ...serverErrors, ...checked };
  const users = useDirectoryStore((state) => state.users);
  const loadUsers = useDirectoryStore((state) => state.load);

  useEffect(() => {
    void loadUsers();
  }, [loadUsers]);

  const setLine = (key: string, change: Partial<LineValues>) =>
    setValues((current) => ({ ...current, lines: current.lines.map((line) => (line.key === key ? { ...line, ...change } : line)) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const seconds = toAsciiDigits(values.ringTimeoutSeconds).trim();
    const input = {
      version: settings.version,
      ringTimeoutSeconds: /^\d+$/.test(seconds) ? Number(seconds) : Number.NaN,
      lines: settings.linesFromCommandLine ? settings.lines : values.lines.map(lineOf),
    };
    const result = validateWith(UpdateInput, input);
    setChecked(result.ok ? {} : result.errors);
    if (!result.ok) return;
    await run(() => save(result.value), 'تنظیمات تلفن ذخیره شد.');
  };

  return (
    <form className="card settings-form" onSubmit={submit} noValidate aria-label="تنظیمات تلفن">
      <h2 className="card__title">تنظیمات تلفن</h2>
      {!editable ? (
        <p className="notice" role="status">
          شما فقط اجازهٔ دیدن این تنظیمات را دارید.
        </p>
      ) : null}
      <fieldset className="fieldset settings-group" disabled={!editable}>
        <legend className="settings-group__title">زنگ</legend>
        <TextField
          label="پایان تماس پس از چند ثانیه بی‌زنگ"
          value={values.ringTimeoutSeconds}
          onChange={(value) => setValues((current) => ({ ...current, ringTimeoutSeconds: toPersianDigits(value) }))}
          error={errors.ringTimeoutSeconds}
          inputMode="numeric"
          className="input input--short"
          hint="خطوط ایران هر ۴ تا ۶ ثانیه یک بار زنگ می‌زنند؛ بین ۳ تا ۶۰ ثانیه."
        />
      </fieldset>
      <fieldset className="fieldset settings-group" disabled={!linesEditable}>
        <legend className="settings-group__title">خطوط تلفن</legend>
        {settings.linesFromCommandLine ? (
          <p className="notice" role="status">
            سرور با گزینهٔ <bdi dir="ltr">--callerid</bdi> اجرا شده است؛ خطوط زیر از خط فرمان خوانده شده‌اند و اینجا تغییر نمی‌کنند.
          </p>
        ) : null}
        {errors.lines && !Object.keys(errors).some((key) => key.startsWith('lines.')) ? (
          <p className="form-error" role="alert">
            {errors.lines}
          </p>
        ) : null}
        {values.lines.length === 0 ? <p className="muted">هنوز خطی تعریف نشده است.</p> : null}
        {values.lines.map((line, index) => (
          <LineFields
            key={line.key}
            line={line}
            index={index}
            errors={errors}
            users={users}
            readOnly={!linesEditable}
            onChange={(change) => setLine(line.key, change)}
            onRemove={() => setValues((current) => ({ ...current, lines: current.lines.filter((other) => other.key !== line.key) }))}
          />
        ))}
        {linesEditable ? (
          <button type="button" className="button" onClick={() => setValues((current) => ({ ...current, lines: [...current.lines, newLine(current.lines)] }))}>
            افزودن خط
          </button>
        ) : null}
      </fieldset>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      {editable ? (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            ذخیرهٔ تنظیمات تلفن
          </button>
        </div>
      ) : null}
      {/* The raw capture needs the saved line running: one panel per line the server knows. */}
      {can('settings.edit') && settings.lines.length > 0 ? (
        <section className="settings-group" aria-label="دادهٔ خام خطوط">
          <h3 className="settings-group__title">دادهٔ خام</h3>
          <p className="field__hint">آنچه دستگاه هر خط می‌فرستد، برای تنظیم قالب دستگاه‌های کالر آیدی ناشناخته.</p>
          {settings.lines.map((line) => (
            <RawCapturePanel key={line.id} lineId={line.id} lineName={line.name} />
          ))}
        </section>
      ) : null}
    </form>
  );
}

interface LineFieldsProps {
  line: LineValues;
  index: number;
  errors: FieldErrors;
  users: { id: number; name: string }[];
  readOnly: boolean;
  onChange(change: Partial<LineValues>): void;
  onRemove(): void;
}

function LineFields({ line, index, errors, users, readOnly, onChange, onRemove }: LineFieldsProps) {
  const at = (field: string) => errors[`lines.${index}.${field}`];
  const digits = (key: 'baudRate' | 'lineNumberAt' | 'skipChars') => (value: string) => onChange({ [key]: toPersianDigits(value) });
  const title = line.name || `خط ${toPersianDigits(index + 1)}`;
  return (
    <fieldset className="line-fields" aria-label={`خط ${title}`}>
      <legend className="line-fields__title">
        {title}
        {!line.enabled ? <span className="badge badge--inactive">غیرفعال</span> : null}
      </legend>
      <div className="form-grid">
        <TextField label="نام خط" value={line.name} onChange={(value) => onChange({ name: value })} error={at('name')} />
        <TextField label="شناسهٔ خط" value={line.id} onChange={(value) => onChange({ id: value })} error={at('id')} dir="ltr" hint="حروف کوچک لاتین، رقم و خط تیره؛ مانند reception." />
        <Field label="نوع دستگاه" error={at('kind')}>
          {(control) => (
            <select className="input" {...control} value={line.kind} onChange={(event) => onChange({ kind: event.target.value as LineKind })}>
              {LINE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {telephonyLabels.lineKind[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label="درگاه"
          value={line.port}
          onChange={(value) => onChange({ port: value })}
          error={at('port')}
          dir="ltr"
          hint={
            <>
              مانند <bdi dir="ltr">COM3</bdi> یا <bdi dir="ltr">/dev/ttyUSB0</bdi>
              {line.kind === 'gsm' ? '؛ همان درگاه مودم پیامک.' : '.'}
            </>
          }
        />
      </div>
      {line.kind === 'voiceModem' ? (
        <Field label="فرمان‌های راه‌اندازی مودم" error={at('modemInit')} hint={<>هر فرمان در یک سطر، پس از ATZ؛ مانند <bdi dir="ltr">AT+VCID=1</bdi> یا <bdi dir="ltr">AT#CID=1</bdi>.</>}>
          {(control) => <textarea className="input textarea mono" dir="ltr" rows={2} {...control} value={line.modemInit} onChange={(event) => onChange({ modemInit: event.target.value })} />}
        </Field>
      ) : null}
      {line.kind === 'box' ? (
        <fieldset className="line-fields__box">
          <legend className="settings-group__title">قالب دستگاه کالر آیدی</legend>
          <div className="form-grid">
            <TextField label="سرعت درگاه (baud)" value={line.baudRate} onChange={digits('baudRate')} error={at('box.baudRate')} inputMode="numeric" className="input input--short" />
            <TextField label="بایت‌های آغاز (هگز)" value={line.initHex} onChange={(value) => onChange({ initHex: value })} error={at('box.initHex')} dir="ltr" className="input mono" hint="پس از باز شدن درگاه فرستاده می‌شوند؛ مانند FC 70 72." />
            <TextField label="پایان هر رکورد (هگز)" value={line.terminatorHex} onChange={(value) => onChange({ terminatorHex: value })} error={at('box.terminatorHex')} dir="ltr" className="input mono" hint="مانند 0D 0A، یا 40 برای @." />
            <TextField
              label="جای شمارهٔ خط در رکورد"
              value={line.lineNumberAt}
              onChange={digits('lineNumberAt')}
              error={at('box.lineNumberAt')}
              inputMode="numeric"
              className="input input--short"
              dir="ltr"
              hint={<>از صفر شمرده می‌شود؛ <bdi dir="ltr">-۱</bdi> برای دستگاه تک‌خطه.</>}
            />
            <TextField label="نویسه‌های نادیده پیش از شماره" value={line.skipChars} onChange={digits('skipChars')} error={at('box.skipChars')} inputMode="numeric" className="input input--short" />
            <TextField label="رکورد دارای این نویسه‌ها شماره نیست" value={line.ignoreIfContains} onChange={(value) => onChange({ ignoreIfContains: value })} error={at('box.ignoreIfContains')} dir="ltr" hint="رکوردهای قطع تماس یا زنگ." />
          </div>
          <Field label="پیشوندهای حذف‌شده از آغاز رکورد" error={at('box.stripPrefixes')} hint="هر پیشوند در یک سطر؛ مانند L یا callerid:">
            {(control) => <textarea className="input textarea mono" dir="ltr" rows={2} {...control} value={line.stripPrefixes} onChange={(event) => onChange({ stripPrefixes: event.target.value })} />}
          </Field>
          <label className="choice">
            <input type="checkbox" checked={line.dtr} onChange={(event) => onChange({ dtr: event.target.checked })} />
            روشن کردن DTR
          </label>
        </fieldset>
      ) : null}
      <fieldset className="line-fields__users">
        <legend className="field__label">کاربرانی که تماس این خط را می‌بینند</legend>
        <p className="field__hint">هیچ‌کدام انتخاب نشود: همهٔ کاربران دارای دسترسی تلفن.</p>
        <div className="line-fields__user-list">
          {users.map((user) => (
            <label key={user.id} className="choice">
              <input
                type="checkbox"
                checked={line.userIds.includes(user.id)}
                onChange={(event) => onChange({ userIds: event.target.checked ? [...line.userIds, user.id] : line.userIds.filter((id) => id !== user.id) })}
              />
              {user.name}
            </label>
          ))}
        </div>
        {at('userIds') ? (
          <p className="field__error" role="alert">
            {at('userIds')}
          </p>
        ) : null}
      </fieldset>
      <div className="line-fields__footer">
        <label className="choice">
          <input type="checkbox" checked={line.enabled} onChange={(event) => onChange({ enabled: event.target.checked })} />
          خط فعال است
        </label>
        {!readOnly ? (
          <button type="button" className="button button--small button--danger-text" onClick={onRemove}>
            حذف خط «{title}»
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
