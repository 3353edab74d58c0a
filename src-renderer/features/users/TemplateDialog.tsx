import { useState, type FormEvent } from 'react';
import { RECORD_SCOPES, type Permission } from '../../../src-shared/api/permissions';
import { usersApi, type AccessTemplate } from '../../../src-shared/api/users';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { scopeLabels } from '../../../src-shared/i18n/ui-fa';
import { ApiCallError, call, messageOf } from '../../api/client';
import { Dialog, FormActions, hasErrors, issuesToFieldErrors, TextField, toast, validateWith, type FieldErrors } from '../../ui';
import { PermissionGrid } from './PermissionGrid';

interface TemplateDialogProps {
  template?: AccessTemplate;
  onClose: () => void;
  onSaved: () => void;
}

export function TemplateDialog({ template, onClose, onSaved }: TemplateDialogProps) {
  const [name, setName] = useState(template?.name ?? '');
  const [scope, setScope] = useState<(typeof RECORD_SCOPES)[number]>(template?.scope ?? 'all');
  const [permissions, setPermissions] = useState<Set<Permission>>(new Set(template?.permissions ?? []));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const fields = { name, scope, permissions: [...permissions] };
    const checked = validateWith(usersApi['users.createTemplate'].input, fields);
    const found = checked.ok ? {} : checked.errors;
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      if (template) {
        const saved = await call('users.updateTemplate', { id: template.id, version: template.version, ...fields });
        toast.success(`قالب دسترسی «${saved.name}» ذخیره شد.`);
      } else {
        const saved = await call('users.createTemplate', fields);
        toast.success(`قالب دسترسی «${saved.name}» ساخته شد.`);
      }
      onSaved();
      onClose();
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'input.invalid') setErrors(issuesToFieldErrors(error.issues));
      if (error instanceof ApiCallError && error.code === 'templates.nameTaken') setErrors({ name: error.message });
      setFormError(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={template ? `ویرایش قالب «${template.name}»` : 'قالب دسترسی جدید'} onClose={onClose} size="xl">
      <form onSubmit={submit} noValidate>
        <div className="form-row">
          <TextField label="نام قالب" value={name} onChange={setName} error={errors.name} data-autofocus />
          <fieldset className="fieldset">
            <legend className="field__label">محدودهٔ رکوردها</legend>
            {RECORD_SCOPES.map((option) => (
              <label key={option} className="choice">
                <input type="radio" name="scope" checked={scope === option} onChange={() => setScope(option)} />
                {scopeLabels[option]}
              </label>
            ))}
          </fieldset>
        </div>
        <p className="muted">
          دسترسی‌های انتخاب‌شده: <bdi>{toPersianDigits(permissions.size)}</bdi>
        </p>
        <PermissionGrid value={permissions} onChange={setPermissions} />
        {errors.permissions ? (
          <p className="field__error" role="alert">
            {errors.permissions}
          </p>
        ) : null}
        <FormActions submitLabel={template ? 'ذخیرهٔ قالب' : 'ساخت قالب'} busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
