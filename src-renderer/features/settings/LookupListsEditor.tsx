import { useEffect, useId, useState, type FormEvent } from 'react';
import { LOOKUP_KINDS, type LookupKind } from '../../../src-shared/api/lookups';
import { normalizePersianText, toPersianDigits } from '../../../src-shared/domain/persian-text';
import { lookupKindLabels } from '../../../src-shared/i18n/ui-fa';
import { call, messageOf } from '../../api/client';
import { toast } from '../../ui';
import './settings.css';

// «فهرست‌های انتخابی»: the suggestions forms offer (titles, company types…), each list saved on its own.
export function LookupListsEditor({ editable }: { editable: boolean }) {
  const [lists, setLists] = useState<Partial<Record<LookupKind, string[]>> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('lookups.list')
      .then(setLists)
      .catch((failure: unknown) => setError(messageOf(failure)));
  }, []);

  return (
    <section className="lookup-lists" aria-labelledby="lookup-lists-title">
      <h2 id="lookup-lists-title" className="lookup-lists__title">
        فهرست‌های انتخابی
      </h2>
      <p className="muted">این مقدارها در فرم‌ها پیشنهاد می‌شوند؛ مقداری که در فهرست نباشد هم پذیرفته می‌شود.</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {lists ? (
        <div className="lookup-lists__grid">
          {LOOKUP_KINDS.map((kind) => (
            <LookupListCard key={kind} kind={kind} saved={lists[kind] ?? []} editable={editable} />
          ))}
        </div>
      ) : null}
    </section>
  );
}

function LookupListCard({ kind, saved, editable }: { kind: LookupKind; saved: string[]; editable: boolean }) {
  const titleId = useId();
  const label = lookupKindLabels[kind];
  const [values, setValues] = useState(saved);
  const [lastSaved, setLastSaved] = useState(saved);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changed = values.join('\n') !== lastSaved.join('\n');

  const add = (event: FormEvent) => {
    event.preventDefault();
    const value = normalizePersianText(typed.trim());
    if (!value) return;
    if (values.includes(value)) return setProblem(`«${value}» در فهرست هست.`);
    setValues([...values, value]);
    setTyped('');
    setProblem(null);
  };

  const move = (index: number, step: -1 | 1) => {
    const next = [...values];
    [next[index], next[index + step]] = [next[index + step]!, next[index]!];
    setValues(next);
  };

  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const stored = await call('lookups.save', { kind, values });
      setValues(stored);
      setLastSaved(stored);
      toast.success(`فهرست «${label}» ذخیره شد.`);
    } catch (failure) {
      setProblem(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card lookup-list" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        {label} <span className="muted">({toPersianDigits(values.length)})</span>
      </h3>
      {values.length === 0 ? <p className="muted">فهرست خالی است.</p> : null}
      <ol className="lookup-list__items" aria-label={label}>
        {values.map((value, index) => (
          <li key={value} className="lookup-list__item">
            <span className="lookup-list__value">{value}</span>
            {editable ? (
              <span className="row-actions">
                <button type="button" className="icon-button" aria-label={`بالا بردن «${value}»`} disabled={index === 0} onClick={() => move(index, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`پایین بردن «${value}»`}
                  disabled={index === values.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`حذف «${value}»`}
                  onClick={() => setValues(values.filter((item) => item !== value))}
                >
                  ×
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {editable ? (
        <>
          <form className="lookup-list__add" onSubmit={add}>
            <input
              className="input"
              aria-label={`مقدار تازه برای ${label}`}
              placeholder="مقدار تازه"
              maxLength={80}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
            <button type="submit" className="button">
              افزودن
            </button>
          </form>
          {problem ? (
            <p className="form-error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="button button--primary" disabled={!changed || busy} onClick={() => void save()}>
              ذخیرهٔ فهرست
            </button>
            {changed ? <span className="muted">تغییرات ذخیره نشده است.</span> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
