import { useState, type FormEvent } from 'react';
import { NewPassword } from '../../../src-shared/api/fields';
import { ApiCallError, call, messageOf } from '../../api/client';
import { Dialog, FormActions, issuesToFieldErrors, NewPasswordFields, TextField, toast, validateWith, type FieldErrors } from '../../ui';

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
        <NewPasswordFields
          label="رمز عبور جدید"
          password={next}
          repeat={repeat}
          onPasswordChange={setNext}
          onRepeatChange={setRepeat}
          passwordError={errors.newPassword}
          repeatError={errors.repeat}
        />
        <FormActions submitLabel="ذخیرهٔ رمز جدید" busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
