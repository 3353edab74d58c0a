import { useEffect } from 'react';
import { permissionLabel } from '../../../src-shared/i18n/fa';
import { Field } from '../../ui';
import { useCan } from '../auth';
import { useDirectoryStore } from './directory-store';
import { right, type PartyForm } from './party-kind';

interface ManagerPickerProps {
  form: PartyForm;
  value: readonly number[];
  // Names the record already shows, for managers no longer in the directory (deactivated users).
  known: readonly { id: number; name: string }[];
  onChange(ids: number[]): void;
  error?: string | undefined;
}

// Account managers: who looks after the record (and who sees it when their scope is «own records»).
export function ManagerPicker({ form, value, known, onChange, error }: ManagerPickerProps) {
  const can = useCan();
  const users = useDirectoryStore((state) => state.users);
  const load = useDirectoryStore((state) => state.load);
  const editable = can(right(form, 'assignManager'));

  useEffect(() => {
    void load();
  }, [load]);

  const nameOf = (id: number) => users.find((user) => user.id === id)?.name ?? known.find((user) => user.id === id)?.name ?? '…';
  const addable = users.filter((user) => !value.includes(user.id));

  return (
    <Field
      label="مسئولان پرونده"
      error={error}
      hint={editable ? undefined : `برای تغییر مسئولان به دسترسی «${permissionLabel(right(form, 'assignManager'))}» نیاز دارید.`}
    >
      {(control) => (
        <div className="manager-picker">
          {value.length > 0 ? (
            <ul className="chips" aria-label="مسئولان پرونده">
              {value.map((id) => (
                <li key={id} className="chip">
                  {nameOf(id)}
                  {editable ? (
                    <button
                      type="button"
                      className="chip__remove"
                      aria-label={`برداشتن «${nameOf(id)}»`}
                      onClick={() => onChange(value.filter((v) => v !== id))}
                    >
                      ×
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">مسئولی تعیین نشده است.</p>
          )}
          {editable ? (
            <select
              className="input"
              {...control}
              value=""
              onChange={(event) => event.target.value && onChange([...value, Number(event.target.value)])}
            >
              <option value="">افزودن مسئول…</option>
              {addable.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          ) : null}
        </div>
      )}
    </Field>
  );
}
