import { useId } from 'react';
import type { PartyKind } from '../../../src-shared/api/parties';
import { TASK_PRIORITIES } from '../../../src-shared/api/tasks';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { partyColorLabels } from '../../../src-shared/i18n/ui-fa';
import { taskLabels } from '../../../src-shared/i18n/ui-fa-tasks';
import { Field, JalaliDatePicker } from '../../ui';
import { PartyPicker } from '../parties';
import { TASK_ICON_NAMES, TaskIcon } from './task-icons';
import { TASK_TIMES, type DateTimeValue, type PartyRef, type TaskPriority, type TaskTimeKey } from './task-form-values';

interface PriorityFieldProps {
  value: TaskPriority | null;
  onChange(priority: TaskPriority | null): void;
  // A filter offers «همه» (no priority chosen); the form always has one.
  anyLabel?: string;
  error?: string | undefined;
}

export function PriorityField({ value, onChange, anyLabel, error }: PriorityFieldProps) {
  return (
    <Field label="اولویت" error={error}>
      {(control) => (
        <select className={anyLabel ? 'input input--short' : 'input'} {...control} value={value ?? ''} onChange={(event) => onChange((event.target.value || null) as TaskPriority | null)}>
          {anyLabel ? <option value="">{anyLabel}</option> : null}
          {TASK_PRIORITIES.map((option) => (
            <option key={option} value={option}>
              {taskLabels.priority[option]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

// «تاریخ موعد» with the Jalali picker and «ساعت موعد» beside it; the same for start and reminder.
export function DateTimeField({ which, value, onChange, error }: { which: TaskTimeKey; value: DateTimeValue; onChange(value: DateTimeValue): void; error?: string | undefined }) {
  const { label, hint } = TASK_TIMES[which];
  return (
    <div className="task-form__when">
      <JalaliDatePicker label={`تاریخ ${label}`} value={value.date} onChange={(date) => onChange({ date, time: value.time })} error={error} />
      <Field label={`ساعت ${label}`} hint={hint}>
        {(control) => (
          <input
            className="input input--short"
            {...control}
            inputMode="numeric"
            autoComplete="off"
            placeholder="۰۹:۰۰"
            value={value.time}
            onChange={(event) => onChange({ date: value.date, time: toPersianDigits(event.target.value) })}
          />
        )}
      </Field>
    </div>
  );
}

// A free text with the office's list as suggestions (lookups taskType / taskStatus).
export function SuggestField({ label, value, onChange, suggestions, error }: { label: string; value: string; onChange(value: string): void; suggestions: readonly string[]; error?: string | undefined }) {
  const listId = useId();
  return (
    <Field label={label} error={error}>
      {(control) => (
        <>
          <input className="input" {...control} list={listId} autoComplete="off" maxLength={60} value={value} onChange={(event) => onChange(event.target.value)} />
          <datalist id={listId}>
            {suggestions.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}

interface PartyFieldProps {
  label: string;
  kind?: PartyKind;
  party: PartyRef | null;
  onChange(party: PartyRef | null): void;
  error?: string | undefined;
}

// The person (or company) the task is about: their name with «برداشتن», or a search box to pick one.
export function PartyField({ label, kind, party, onChange, error }: PartyFieldProps) {
  const labelId = useId();
  return (
    <div className="field task-form__party">
      <span className="field__label" id={labelId} aria-hidden={party ? undefined : true}>
        {label}
      </span>
      {party ? (
        <p className="task-form__party-name" aria-labelledby={labelId} data-field={kind === 'company' ? 'company' : 'party'}>
          <strong>{party.name}</strong>
          <button type="button" className="button button--small button--ghost" aria-label={`برداشتن ${party.name}`} onClick={() => onChange(null)}>
            برداشتن
          </button>
        </p>
      ) : (
        <PartyPicker label={label} {...(kind ? { kind } : {})} placeholder="نام، کد یا تلفن (اختیاری)" onPick={(hit) => onChange({ id: hit.partyId, name: hit.title })} />
      )}
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
}

// The task's colour (the office's palette, as for people and companies) and its mark.
export function AppearanceFields({ colour, icon, onChange, error }: { colour: string | null; icon: string | null; onChange(values: { colour?: string | null; icon?: string | null }): void; error?: string | undefined }) {
  const name = useId();
  return (
    <div className="form-row task-form__looks">
      <fieldset className="fieldset">
        <legend className="field__label">رنگ</legend>
        <div className="swatches">
          {[null, ...Object.keys(partyColorLabels)].map((choice) => (
            <label key={choice ?? 'none'} className={choice ? 'swatch' : 'swatch swatch--none'} style={choice ? { background: choice } : undefined} title={choice ? partyColorLabels[choice] : 'بدون رنگ'}>
              <input type="radio" name={name} checked={colour === choice} onChange={() => onChange({ colour: choice })} aria-label={choice ? partyColorLabels[choice] : 'بدون رنگ'} />
            </label>
          ))}
        </div>
        {error ? <p className="field__error">{error}</p> : null}
      </fieldset>
      <Field label="نماد">
        {(control) => (
          <span className="task-form__icon">
            <select className="input" {...control} value={icon ?? ''} onChange={(event) => onChange({ icon: event.target.value || null })}>
              <option value="">بدون نماد</option>
              {TASK_ICON_NAMES.map((option) => (
                <option key={option} value={option}>
                  {taskLabels.icon[option]}
                </option>
              ))}
            </select>
            <TaskIcon icon={icon} colour={colour} />
          </span>
        )}
      </Field>
    </div>
  );
}
