import { useState, type FormEvent } from 'react';
import { NewPassword } from '../../../src-shared/api/fields';
import type { UserRow } from '../../../src-shared/api/users';
import { call, messageOf } from '../../api/client';
import { Dialog, TextField, toast, validateWith, type FieldErrors } from '../../ui';

export function ResetPasswordDialog({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const checked = validateWith(NewPassword, password);
    if (!checked.ok) found.password = checked.errors[''];
    if (repeat !== password) found.repeat = 'تکرار رمز عبور با رمز عبور یکسان نیست.';
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    setFormError(null);
    try {
      await call('users.resetPassword', { id: user.id, password });
      toast.success(`رمز عبور «${user.displayName}» تغییر کرد. رمز جدید را به خود او بدهید.`);
      onClose();
    } catch (error) {
      setFormError(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={`رمز عبور تازه برای «${user.displayName}»`} onClose={onClose} size="sm">
      <form onSubmit={submit} noValidate>
        <TextField
          label="رمز عبور جدید"
          type="password"
          dir="ltr"
          value={password}
          onChange={setPassword}
          error={errors.password}
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
            ثبت رمز جدید
          </button>
          <button type="button" className="button" onClick={onClose}>
            انصراف
          </button>
        </div>
      </form>
    </Dialog>
  );
}
