import { useEffect, useId, useState } from 'react';
import type { PartyFilter, PartyKind } from '../../../src-shared/api/parties';
import type { Segment } from '../../../src-shared/api/segments';
import { api, messageOf } from '../../api/client';
import { ConfirmDialog, toast } from '../../ui';
import { useSessionStore } from '../auth';
import { SaveSegmentDialog } from './SaveSegmentDialog';
import { sameFilter, useSegmentsStore } from './segments-store';
import './segments.css';

export interface SegmentBarProps {
  kind: PartyKind;
  filter: PartyFilter;
  onApply(filter: PartyFilter): void;
}

// Saved list filters ("segments") in a list toolbar: apply one, save the current filter under a name, delete one's own.
export function SegmentBar({ kind, filter, onApply }: SegmentBarProps) {
  const selectId = useId();
  const me = useSessionStore((state) => state.user);
  const loadedFor = useSegmentsStore((state) => state.userId);
  const all = useSegmentsStore((state) => state.segments);
  const loadError = useSegmentsStore((state) => state.error);
  const load = useSegmentsStore((state) => state.load);
  const remove = useSegmentsStore((state) => state.remove);
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [open, setOpen] = useState<'save' | 'remove' | null>(null);
  const [busy, setBusy] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const userId = me?.id ?? null;

  useEffect(() => {
    if (userId === null) return;
    void load(userId);
    // Segments others share (or delete) appear here without a reload.
    return api.subscribeEvents((event) => {
      if (event.name === 'records.changed' && event.payload.table === 'segments') void load(userId);
    });
  }, [load, userId]);

  const segments = loadedFor === userId ? all.filter((segment) => segment.kind === kind) : [];
  const mine = segments.filter((segment) => segment.ownerId === userId);
  const others = segments.filter((segment) => segment.ownerId !== userId);
  const chosen = segments.find((segment) => segment.id === chosenId) ?? null;
  // The list still shows the chosen segment only while its filter is the one applied.
  const shown = chosen && sameFilter(chosen.filter, filter) ? chosen : null;
  const mayRemove = shown !== null && (shown.ownerId === userId || Boolean(me?.isAdmin));

  const choose = (id: string) => {
    const segment = segments.find((item) => String(item.id) === id);
    setChosenId(segment?.id ?? null);
    if (segment) onApply(segment.filter);
  };

  const confirmRemove = async (segment: Segment) => {
    setBusy(true);
    setRemoveError(null);
    try {
      await remove(segment);
      toast.success(`فیلتر «${segment.name}» حذف شد.`);
      setChosenId(null);
      setOpen(null);
    } catch (error) {
      setRemoveError(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="segment-bar" role="group" aria-label="فیلترهای ذخیره‌شده">
      <label className="segment-bar__label" htmlFor={selectId}>
        فیلتر ذخیره‌شده
      </label>
      <select id={selectId} className="input segment-bar__select" value={shown ? String(shown.id) : ''} onChange={(event) => choose(event.target.value)}>
        <option value="">{segments.length === 0 ? '— فیلتری ذخیره نشده —' : '— انتخاب کنید —'}</option>
        {mine.length > 0 ? (
          <optgroup label="فیلترهای من">
            {mine.map((segment) => (
              <option key={segment.id} value={segment.id}>
                {segment.shared ? `${segment.name} (مشترک)` : segment.name}
              </option>
            ))}
          </optgroup>
        ) : null}
        {others.length > 0 ? (
          <optgroup label="فیلترهای مشترک همکاران">
            {others.map((segment) => (
              <option key={segment.id} value={segment.id}>
                {segment.name}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
      <button type="button" className="button" onClick={() => setOpen('save')}>
        ذخیرهٔ فیلتر فعلی…
      </button>
      {mayRemove ? (
        <button
          type="button"
          className="button button--danger-text"
          aria-label={`حذف فیلتر «${shown.name}»`}
          onClick={() => {
            setRemoveError(null);
            setOpen('remove');
          }}
        >
          حذف
        </button>
      ) : null}
      {loadError ? (
        <p className="field__error" role="alert">
          {loadError}
        </p>
      ) : null}
      {open === 'save' ? (
        <SaveSegmentDialog
          kind={kind}
          filter={filter}
          current={chosen}
          mine={mine}
          onClose={() => setOpen(null)}
          onSaved={(segment) => setChosenId(segment.id)}
        />
      ) : null}
      {open === 'remove' && shown ? (
        <ConfirmDialog
          title="حذف فیلتر ذخیره‌شده"
          message={
            <p>
              فیلتر «{shown.name}» حذف شود؟ {shown.shared ? 'این فیلتر مشترک است و برای همهٔ کاربران حذف می‌شود. ' : ''}
              اشخاص و شرکت‌های فهرست دست نمی‌خورند.
            </p>
          }
          confirmLabel="حذف فیلتر"
          danger
          busy={busy}
          error={removeError}
          onConfirm={() => void confirmRemove(shown)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
