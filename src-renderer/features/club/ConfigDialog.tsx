import { useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { Dialog, FormActions, validateWith, type FieldErrors } from '../../ui';
import { useSaveForm } from '../messaging';
import { useClubConfigStore } from './config-store';

interface ConfigDialogProps<S extends z.ZodType> {
  title: string;
  // The contract's draft schema: the form is checked with the server's own rules and Persian messages.
  schema: S;
  draft(): unknown;
  save(draft: z.output<S>): Promise<unknown>;
  success: string;
  onClose(): void;
  size?: 'md' | 'lg';
  children(errors: FieldErrors): ReactNode;
}

// Add / edit one tier, earn rule or discount; the club's settings are read again after a save.
export function ConfigDialog<S extends z.ZodType>({ title, schema, draft, save, success, onClose, size = 'md', children }: ConfigDialogProps<S>) {
  const form = useSaveForm();
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(schema, draft());
    setOwnErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    if (await form.save(() => save(checked.value), success)) {
      await useClubConfigStore.getState().load();
      onClose();
    }
  };

  return (
    <Dialog title={title} onClose={onClose} size={size}>
      <form onSubmit={submit} noValidate aria-label={title}>
        {children({ ...form.errors, ...ownErrors })}
        <FormActions submitLabel="ذخیره" busy={form.busy} error={form.formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
