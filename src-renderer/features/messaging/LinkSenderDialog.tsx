import { useState } from 'react';
import type { InMessage } from '../../../src-shared/api/messaging';
import { call, messageOf } from '../../api/client';
import { Dialog, toast } from '../../ui';
import { PartyPicker } from '../parties';
import { Phone } from './format';

interface LinkSenderDialogProps {
  message: InMessage;
  onClose(): void;
  onLinked(): void;
}

// An unknown sender turns out to be a known person: pick them with the usual search, the message moves there.
export function LinkSenderDialog({ message, onClose, onLinked }: LinkSenderDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const link = async (partyId: number, title: string) => {
    setBusy(true);
    setError(null);
    try {
      await call('messaging.linkInbound', { id: message.id, partyId });
      toast.success(`پیامک به «${title}» وصل شد.`);
      onLinked();
      onClose();
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title="اتصال فرستنده به شخص" onClose={onClose} size="md">
      <p>
        پیامک از <Phone number={message.number} /> به کدام شخص تعلق دارد؟
      </p>
      <div className="link-sender__picker">
        <PartyPicker label="جستجوی شخص" placeholder="نام، کد یا تلفن" autoFocus onPick={(hit) => void (busy ? null : link(hit.partyId, hit.title))} />
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
