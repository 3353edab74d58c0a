import { useState, type FormEvent } from 'react';
import { NewPassword } from '../../../src-shared/api/fields';
import { ApiCallError, call, messageOf } from '../../api/client';
import { Dialog, issuesToFieldErrors, TextField, toast, validateWith, type FieldErrors } from '../../ui';

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!current) found.currentPassword = 'رمز عبور فعلی را وارد کنید.';
    const checked = validateWith(NewPassword, next);
    if (!checked.ok) found.newPassword = checked.errors[''];
    if (repeat !== next) found.repeat = 'تکرار رمز جدید با رمز جدید یکسان نیست.';
    setErrors(found);
    setFormError(null);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    try {
      await call('auth.changePassword', { currentPassword: current, newPassword: next });
      toast.success('رمز عبور شما تغییر کرد.');
      onClose();
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'auth.wrongPassword') {
        setErrors({ currentPassword: error.message });
      } else if (error instanceof ApiCallError && error.code === 'input.invalid') {
        setErrors(issuesToFieldErrors(error.issues));
        setFormError(error.message);
      } else {
        setFormError(messageOf(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="تغییر رمز عبور" onClose={onClose} size="sm">
      <form onSubmit={submit} noValidate id="change-password-form">
        <TextField
          label="رمز عبور فعلی"
          type="password"
          dir="ltr"
          value={current}
          onChange={setCurrent}
          error={errors.currentPassword}
          autoComplete="current-password"
        />
        <TextField
          label="رمز عبور جدید"
          type="password"
          dir="ltr"
          value={next}
          onChange={setNext}
          error={errors.newPassword}
          autoComplete="new-password"
          hint="دست‌کم ۸ نویسه"
        />
        <TextField
          label="تکرار رمز عبور جدید"
          type="password"
          dir="ltr"
          value={repeat}
          onChange={setRepeat}
          error={errors.repeat}
          autoComplete="new-password"
        />
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            ذخیرهٔ رمز جدید
          </button>
          <button type="button" className="button" onClick={onClose}>
            انصراف
          </button>
        </div>
      </form>
    </Dialog>
  );
}
