import { useState, type FormEvent } from 'react';
import type { PartyFilter, PartyKind } from '../../../src-shared/api/parties';
import { segmentsApi, type Segment } from '../../../src-shared/api/segments';
import { ApiCallError, messageOf } from '../../api/client';
import { Dialog, FormActions, issuesToFieldErrors, TextField, toast, validateWith, type FieldErrors } from '../../ui';
import { useSegmentsStore } from './segments-store';

interface SaveSegmentDialogProps {
  kind: PartyKind;
  filter: PartyFilter;
  // The segment last chosen: saving under its name updates it.
  current: Segment | null;
  mine: Segment[];
  onClose: () => void;
  onSaved: (segment: Segment) => void;
}

export function SaveSegmentDialog({ kind, filter, current, mine, onClose, onSaved }: SaveSegmentDialogProps) {
  const save = useSegmentsStore((state) => state.save);
  const [name, setName] = useState(current && mine.includes(current) ? current.name : '');
  const [shared, setShared] = useState(current && mine.includes(current) ? current.shared : false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const replaces = mine.find((segment) => segment.name === name.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const checked = validateWith(segmentsApi['segments.save'].input, { kind, name, filter, shared });
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    setBusy(true);
    try {
      const saved = await save(checked.value);
      toast.success(`فیلتر «${saved.name}» ذخیره شد.`);
      onSaved(saved);
      onClose();
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'input.invalid') setErrors(issuesToFieldErrors(error.issues));
      setFormError(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="ذخیرهٔ فیلتر فعلی" onClose={onClose} size="sm">
      <form onSubmit={submit} noValidate>
        <p className="muted segment-dialog__lead">شرط‌هایی که اکنون فهرست با آن‌ها فیلتر شده است با این نام ذخیره می‌شود.</p>
        <TextField
          label="نام فیلتر"
          value={name}
          onChange={setName}
          error={errors.name}
          data-autofocus
          hint={replaces ? `فیلتر «${replaces.name}» را دارید؛ با ذخیره، شرط‌های آن با شرط‌های فعلی جایگزین می‌شود.` : 'مانند «مشتریان تهران»'}
        />
        <label className="choice">
          <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} />
          مشترک: همهٔ کاربران این فیلتر را ببینند
        </label>
        <FormActions submitLabel="ذخیرهٔ فیلتر" busy={busy} error={formError} onCancel={onClose} className="segment-dialog__actions" />
      </form>
    </Dialog>
  );
}
