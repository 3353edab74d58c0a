import { useState, type FormEvent } from 'react';
import { NewPassword } from '../../../src-shared/api/fields';
import type { UserRow } from '../../../src-shared/api/users';
import { call, messageOf } from '../../api/client';
import { Dialog, FormActions, NewPasswordFields, toast, validateWith, type FieldErrors } from '../../ui';

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
        <NewPasswordFields
          label="رمز عبور جدید"
          password={password}
          repeat={repeat}
          onPasswordChange={setPassword}
          onRepeatChange={setRepeat}
          passwordError={errors.password}
          repeatError={errors.repeat}
        />
        <FormActions submitLabel="ثبت رمز جدید" busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
