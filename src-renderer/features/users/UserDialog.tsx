import { useState, type FormEvent } from 'react';
import { usersApi, type AccessTemplate, type UserRow } from '../../../src-shared/api/users';
import { ApiCallError, call, messageOf } from '../../api/client';
import { Dialog, Field, FormActions, hasErrors, issuesToFieldErrors, NewPasswordFields, TextField, toast, validateWith, type FieldErrors } from '../../ui';

interface UserDialogProps {
  // Absent: a new user.
  user?: UserRow;
  templates: AccessTemplate[];
  onClose: () => void;
  onSaved: () => void;
}

type Role = 'admin' | 'template';

export function UserDialog({ user, templates, onClose, onSaved }: UserDialogProps) {
  const creating = !user;
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [username, setUsername] = useState(user?.username ?? '');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [role, setRole] = useState<Role>(user?.isAdmin ? 'admin' : 'template');
  const [templateId, setTemplateId] = useState<string>(
    user?.templateId ? String(user.templateId) : templates.length === 1 ? String(templates[0]!.id) : '',
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const roleFields = { isAdmin: role === 'admin', templateId: role === 'admin' || !templateId ? null : Number(templateId) };
    const found: FieldErrors = {};
    if (creating) {
      const checked = validateWith(usersApi['users.create'].input, { username, displayName, password, ...roleFields });
      if (!checked.ok) Object.assign(found, checked.errors);
      if (repeat !== password) found.repeat = 'تکرار رمز عبور با رمز عبور یکسان نیست.';
    } else {
      const checked = validateWith(usersApi['users.update'].input, {
        id: user.id,
        version: user.version,
        displayName,
        ...roleFields,
      });
      if (!checked.ok) Object.assign(found, checked.errors);
    }
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      if (creating) {
        const saved = await call('users.create', { username, displayName, password, ...roleFields });
        toast.success(`کاربر «${saved.displayName}» ساخته شد.`);
      } else {
        const saved = await call('users.update', { id: user.id, version: user.version, displayName, ...roleFields });
        toast.success(`تغییرات کاربر «${saved.displayName}» ذخیره شد.`);
      }
      onSaved();
      onClose();
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'input.invalid') setErrors(issuesToFieldErrors(error.issues));
      if (error instanceof ApiCallError && error.code === 'users.usernameTaken') setErrors({ username: error.message });
      // The refusal (a 403 included) stays in the form, beside what the user typed, so nothing is lost.
      setFormError(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={creating ? 'کاربر جدید' : `ویرایش کاربر «${user.displayName}»`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField label="نام نمایشی" value={displayName} onChange={setDisplayName} error={errors.displayName} data-autofocus />
        {creating ? (
          <>
            <TextField
              label="نام کاربری"
              value={username}
              onChange={setUsername}
              error={errors.username}
              dir="ltr"
              autoComplete="off"
              hint="حروف لاتین، رقم و نشانه‌های . _ - (۳ تا ۳۲ نویسه)"
            />
            <div className="form-row">
              <NewPasswordFields
                label="رمز عبور"
                password={password}
                repeat={repeat}
                onPasswordChange={setPassword}
                onRepeatChange={setRepeat}
                passwordError={errors.password}
                repeatError={errors.repeat}
              />
            </div>
          </>
        ) : null}
        <fieldset className="fieldset">
          <legend className="field__label">نقش</legend>
          <label className="choice">
            <input type="radio" name="role" checked={role === 'template'} onChange={() => setRole('template')} />
            کاربر با قالب دسترسی
          </label>
          <label className="choice">
            <input type="radio" name="role" checked={role === 'admin'} onChange={() => setRole('admin')} />
            مدیر سیستم (همهٔ دسترسی‌ها)
          </label>
        </fieldset>
        {role === 'template' ? (
          <Field label="قالب دسترسی" error={errors.templateId}>
            {(control) => (
              <select className="input" {...control} value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
                <option value="">— انتخاب کنید —</option>
                {templates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <FormActions submitLabel={creating ? 'ساخت کاربر' : 'ذخیرهٔ تغییرات'} busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
