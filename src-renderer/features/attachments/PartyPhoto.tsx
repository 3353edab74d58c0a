import { useCallback, useEffect, useId, useState } from 'react';
import { call, messageOf } from '../../api/client';
import { toast } from '../../ui';
import { fileBlob } from '../exports';
import { sizeRefusal, uploadAttachment } from './attachment-files';
import './attachments.css';

interface PartyPhotoProps {
  partyId: number;
  // «عکس» for a person, «لوگو» for a company.
  noun: string;
  name: string;
  canEdit: boolean;
  limitMb: number | null;
}

// The newest 'photo' attachment, as a small round picture on the record's header card.
export function PartyPhoto({ partyId, noun, name, canEdit, limitMb }: PartyPhotoProps) {
  const inputId = useId();
  const [photo, setPhoto] = useState<{ id: number; url: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const newest = (await call('attachments.list', { partyId })).find((attachment) => attachment.purpose === 'photo');
    if (!newest) return setPhoto(null);
    const url = URL.createObjectURL(fileBlob(await call('attachments.download', { id: newest.id })));
    setPhoto({ id: newest.id, url });
  }, [partyId]);

  useEffect(() => {
    load().catch(() => setPhoto(null));
  }, [load]);

  useEffect(() => () => (photo ? URL.revokeObjectURL(photo.url) : undefined), [photo]);

  const replace = async (file: File) => {
    const refusal = !file.type.startsWith('image/')
      ? `«${file.name}» تصویر نیست؛ یک پروندهٔ تصویری (مانند JPG یا PNG) انتخاب کنید.`
      : limitMb === null
        ? null
        : sizeRefusal(file, limitMb);
    if (refusal) return toast.error(refusal);
    setBusy(true);
    try {
      await uploadAttachment(partyId, file, 'photo', null);
      // The previous picture is replaced, not kept: nothing else on the page would show it.
      if (photo) await call('attachments.remove', { id: photo.id });
      toast.success(`${noun} ذخیره شد.`);
      await load();
    } catch (failure) {
      toast.error(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="party-photo">
      {photo ? (
        <img className="party-photo__image" src={photo.url} alt={`${noun} ${name}`} />
      ) : (
        <span className="party-photo__image party-photo__image--empty" aria-hidden="true">
          {name.slice(0, 1)}
        </span>
      )}
      {canEdit ? (
        <>
          <label className="button button--small button--ghost" htmlFor={inputId} aria-disabled={busy}>
            {photo ? `تعویض ${noun}` : `افزودن ${noun}`}
          </label>
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept="image/*"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void replace(file);
            }}
          />
        </>
      ) : null}
    </div>
  );
}
