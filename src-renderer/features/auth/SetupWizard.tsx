import { useState, type FormEvent } from 'react';
import { authApi } from '../../../src-shared/api/auth';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { ApiCallError, messageOf } from '../../api/client';
import { FormActions, hasErrors, issuesToFieldErrors, NewPasswordFields, TextField, validateWith, type FieldErrors } from '../../ui';
import { useSessionStore } from './session-store';

const setupInput = authApi['auth.setupAdmin'].input;
const officeStep = setupInput.pick({ officeName: true, defaultAreaCode: true });
const adminStep = setupInput.pick({ username: true, displayName: true, password: true });

const PASSWORD_MISMATCH = 'تکرار رمز عبور با رمز عبور یکسان نیست. هر دو را دوباره بنویسید.';

export function SetupWizard() {
  const setupAdmin = useSessionStore((state) => state.setupAdmin);
  const [step, setStep] = useState<1 | 2>(1);
  const [officeName, setOfficeName] = useState('');
  const [areaCode, setAreaCode] = useState('۰۲۱');
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('مدیر سیستم');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const next = (event: FormEvent) => {
    event.preventDefault();
    const result = validateWith(officeStep, { officeName, defaultAreaCode: areaCode });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setStep(2);
  };

  const finish = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const result = validateWith(adminStep, { username, displayName, password });
    const found: FieldErrors = result.ok ? {} : result.errors;
    if (repeat !== password) found.repeat = PASSWORD_MISMATCH;
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      await setupAdmin({ officeName, defaultAreaCode: areaCode, username, displayName, password });
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'input.invalid') {
        const fieldErrors = issuesToFieldErrors(error.issues);
        setErrors(fieldErrors);
        if (fieldErrors.officeName || fieldErrors.defaultAreaCode) setStep(1);
      }
      setFormError(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="auth-page">
      <section className="auth-card auth-card--wide" aria-labelledby="setup-title">
        <p className="auth-card__brand">پیوند</p>
        <h1 id="setup-title" className="auth-card__title">
          راه‌اندازی اولیهٔ پیوند
        </h1>
        <ol className="steps" aria-label="مراحل راه‌اندازی">
          <li className={step === 1 ? 'steps__item steps__item--current' : 'steps__item steps__item--done'} aria-current={step === 1 ? 'step' : undefined}>
            <span className="steps__number">{toPersianDigits(1)}</span> مشخصات دفتر
          </li>
          <li className={step === 2 ? 'steps__item steps__item--current' : 'steps__item'} aria-current={step === 2 ? 'step' : undefined}>
            <span className="steps__number">{toPersianDigits(2)}</span> حساب مدیر سیستم
          </li>
        </ol>

        {step === 1 ? (
          <form onSubmit={next} noValidate>
            <p className="auth-card__lead">
              به پیوند خوش آمدید. برای شروع، نام دفتر یا شرکت خود و پیش‌شمارهٔ تلفن شهرتان را وارد کنید.
            </p>
            <TextField label="نام دفتر یا شرکت" value={officeName} onChange={setOfficeName} error={errors.officeName} autoFocus />
            <TextField
              label="پیش‌شمارهٔ پیش‌فرض تلفن"
              value={areaCode}
              onChange={(value) => setAreaCode(toPersianDigits(value))}
              error={errors.defaultAreaCode}
              hint="شماره‌های ثابتی که بدون پیش‌شماره وارد شوند، این پیش‌شماره را می‌گیرند؛ مانند ۰۲۱ برای تهران."
              inputMode="numeric"
              className="input input--short"
            />
            <div className="form-actions">
              <button type="submit" className="button button--primary">
                مرحلهٔ بعد
              </button>
            </div>
          </form>
        ) : (
          <form onSubmit={finish} noValidate>
            <p className="auth-card__lead">
              حساب مدیر سیستم را بسازید. مدیر همهٔ دسترسی‌ها را دارد و کاربران دیگر را تعریف می‌کند.
            </p>
            <TextField label="نام نمایشی مدیر" value={displayName} onChange={setDisplayName} error={errors.displayName} autoFocus />
            <TextField
              label="نام کاربری"
              value={username}
              onChange={setUsername}
              error={errors.username}
              dir="ltr"
              autoComplete="username"
              hint="حروف لاتین، رقم و نشانه‌های . _ - (۳ تا ۳۲ نویسه)"
            />
            <NewPasswordFields
              label="رمز عبور"
              password={password}
              repeat={repeat}
              onPasswordChange={setPassword}
              onRepeatChange={setRepeat}
              passwordError={errors.password}
              repeatError={errors.repeat}
            />
            <FormActions submitLabel="ساخت حساب مدیر و شروع" busy={busy} error={formError} onCancel={() => setStep(1)} cancelLabel="مرحلهٔ قبل" />
          </form>
        )}
      </section>
    </main>
  );
}
