import { useState, type FormEvent } from 'react';
import type { SmsTemplate } from '../../../src-shared/api/messaging';
import { call } from '../../api/client';
import { Dialog, FormActions, TextField } from '../../ui';
import { MessageEditor } from './MessageEditor';
import { useSaveForm } from './use-save-form';

interface SmsTemplateDialogProps {
  template?: SmsTemplate;
  onClose(): void;
  onSaved(): void;
}

export function SmsTemplateDialog({ template, onClose, onSaved }: SmsTemplateDialogProps) {
  const [name, setName] = useState(template?.name ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const { errors, formError, busy, save } = useSaveForm();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save(
      () => call('messaging.saveTemplate', { ...(template ? { id: template.id } : {}), name, body }),
      `قالب پیامک «${name.trim()}» ذخیره شد.`,
    );
    if (saved) {
      onSaved();
      onClose();
    }
  };

  return (
    <Dialog title={template ? `ویرایش قالب «${template.name}»` : 'قالب پیامک جدید'} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <TextField label="نام قالب" value={name} onChange={setName} error={errors.name} data-autofocus />
        <MessageEditor label="متن قالب" value={body} onChange={setBody} error={errors.body} />
        <FormActions submitLabel="ذخیرهٔ قالب" busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
