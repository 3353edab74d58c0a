import { useEffect, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { ExportedFile } from '../../../src-shared/api/parties';
import type { SearchHit } from '../../../src-shared/api/search';
import { call, messageOf } from '../../api/client';
import { Dialog } from '../../ui';
import { fileBlob, printFile } from '../exports';
import { PartyPicker } from '../parties';

type File = z.infer<typeof ExportedFile>;

interface RecipientPreviewProps {
  templateId: number;
  customFields: Record<string, string>;
  hint: string;
}

// One recipient's page as the template prints it, for anyone picked by name, code or phone.
export function RecipientPreview({ templateId, customFields, hint }: RecipientPreviewProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<{ name: string; file: File } | null>(null);

  const preview = async (hit: SearchHit) => {
    setBusy(true);
    setError(null);
    try {
      setShown({ name: hit.title, file: await call('printing.preview', { templateId, partyId: hit.partyId, customFields }) });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field print-preview-picker">
      <span className="field__label" aria-hidden="true">
        پیش‌نمایش برای یک گیرنده
      </span>
      <PartyPicker label="پیش‌نمایش برای یک گیرنده" placeholder="نام، کد یا تلفن…" onPick={(hit) => void preview(hit)} />
      <p className="field__hint" role="status">
        {busy ? 'در حال ساختن پیش‌نمایش…' : hint}
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {shown ? <PreviewDialog name={shown.name} file={shown.file} onClose={() => setShown(null)} /> : null}
    </div>
  );
}

function PreviewDialog({ name, file, onClose }: { name: string; file: File; onClose(): void }) {
  const url = useMemo(() => URL.createObjectURL(fileBlob(file)), [file]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Dialog
      title={`پیش‌نمایش برای «${name}»`}
      onClose={onClose}
      size="xl"
      footer={
        <>
          <button type="button" className="button button--primary" onClick={() => void printFile(file)}>
            چاپ یا دریافت پرونده
          </button>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            بستن
          </button>
        </>
      }
    >
      <iframe className="print-preview__frame" src={url} title={`پیش‌نمایش چاپ برای ${name}`} />
    </Dialog>
  );
}
