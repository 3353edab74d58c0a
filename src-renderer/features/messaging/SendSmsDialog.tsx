import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { Dialog, FormActions } from '../../ui';
import { useCan } from '../auth';
import { MessageEditor } from './MessageEditor';
import { useSaveForm } from './use-save-form';

interface SendSmsDialogProps {
  partyId: number;
  name: string;
  onClose(): void;
}

// One text to one record's mobile, now (messaging.send).
export function SendSmsDialog({ partyId, name, onClose }: SendSmsDialogProps) {
  const [text, setText] = useState('');
  const { errors, formError, busy, save } = useSaveForm('text');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save(() => call('messaging.send', { to: [{ partyId }], text }), `پیامک برای «${name}» در صف ارسال قرار گرفت.`)) onClose();
  };
  return (
    <Dialog title={`ارسال پیامک به «${name}»`} onClose={onClose} size="md">
      <form onSubmit={submit} noValidate>
        <MessageEditor label="متن پیامک" value={text} onChange={setText} error={errors.text} mergeFields={false} autoFocus />
        <FormActions submitLabel="ارسال" busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

// The «ارسال پیامک» button of a record page, for users who may send.
export function SendSmsAction({ partyId, name, hasMobile }: { partyId: number; name: string; hasMobile: boolean }) {
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!hasMobile || !can('messaging.send')) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        ارسال پیامک
      </button>
      {open ? <SendSmsDialog partyId={partyId} name={name} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
