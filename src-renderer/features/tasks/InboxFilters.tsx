import { Field } from '../../ui';
import type { InboxFilter } from './inbox-store';
import { PartyField, PriorityField } from './task-form-fields';
import { useTaskLookups } from './use-task-lookups';

interface InboxFiltersProps {
  filter: InboxFilter;
  // Types on the tasks listed, so a type typed freely (not in the office's list) can be chosen too.
  seenTypes: readonly string[];
  onChange(filter: Partial<InboxFilter>): void;
}

// Quick filters by priority, type and person (they narrow the tabs' counts too), and the shortcuts hint.
export function InboxFilters({ filter, seenTypes, onChange }: InboxFiltersProps) {
  const { types } = useTaskLookups();
  const typeChoices = [...new Set([...types, ...seenTypes, ...(filter.type ? [filter.type] : [])])];
  return (
    <div className="filters-row tasks__filters" role="group" aria-label="فیلتر کارها">
      <PriorityField value={filter.priority} onChange={(priority) => onChange({ priority })} anyLabel="همه" />
      <Field label="نوع">
        {(control) => (
          <select className="input" {...control} value={filter.type ?? ''} onChange={(event) => onChange({ type: event.target.value || null })}>
            <option value="">همه</option>
            {typeChoices.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        )}
      </Field>
      <PartyField label="شخص یا شرکت" party={filter.party} onChange={(party) => onChange({ party })} />
      <p className="muted tasks__hint" aria-label="میان‌برهای صفحه‌کلید">
        <kbd>N</kbd> یا <kbd>ن</kbd>: کار جدید · روی ردیف: <kbd>C</kbd> یا <kbd>ت</kbd>: انجام شد، <kbd>R</kbd> یا <kbd>ا</kbd>: ارجاع، <kbd>E</kbd> یا <kbd>و</kbd>: ویرایش،{' '}
        <kbd>↑</kbd>
        <kbd>↓</kbd>: ردیف دیگر
      </p>
    </div>
  );
}
