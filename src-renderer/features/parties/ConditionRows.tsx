import { useEffect, useRef, useState } from 'react';
import {
  DATE_FILTER_FIELDS,
  type FILTER_OPS,
  NUMBER_FILTER_FIELDS,
  TEXT_FILTER_FIELDS,
  type PartyCondition,
  type PartyKind,
} from '../../../src-shared/api/parties';
import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';
import { filterFieldLabels, filterOpLabels, genderLabels, maritalStatusLabels, priorityLabels } from '../../../src-shared/i18n/ui-fa';
import { Field, JalaliDatePicker } from '../../ui';
import { useDebouncedValue } from './use-debounced-value';

type FieldName = PartyCondition['field'];
type Op = (typeof FILTER_OPS)[number];
type FieldType = 'text' | 'date' | 'number';

const TYPING_DELAY_MS = 300;
const MAX_CONDITIONS = 20;

const PERSON_ONLY: ReadonlySet<FieldName> = new Set([
  'firstName', 'lastName', 'prefix', 'nationalCode', 'gender', 'maritalStatus', 'educationField', 'educationDegree', 'religion',
  'favoriteColor', 'birthDate', 'weddingDate',
]);
const COMPANY_ONLY: ReadonlySet<FieldName> = new Set([
  'legalNationalId', 'economicCode', 'registrationNo', 'brand', 'companyType', 'foundedOn', 'employeesCount', 'foundedYear',
]);

const FIELD_GROUPS: { type: FieldType; label: string; fields: readonly FieldName[] }[] = [
  { type: 'text', label: 'متن', fields: TEXT_FILTER_FIELDS },
  { type: 'date', label: 'تاریخ', fields: DATE_FILTER_FIELDS },
  { type: 'number', label: 'عدد', fields: NUMBER_FILTER_FIELDS },
];

const OPS: Record<FieldType, readonly Op[]> = {
  text: ['eq', 'contains', 'empty', 'notEmpty'],
  date: ['between', 'empty', 'notEmpty'],
  number: ['between', 'empty', 'notEmpty'],
};

// Stored as keys: chosen from their Persian names rather than typed.
const CHOICES: Partial<Record<FieldName, Record<string, string>>> = {
  gender: genderLabels,
  maritalStatus: maritalStatusLabels,
  priority: priorityLabels,
};

function typeOf(field: FieldName): FieldType {
  return FIELD_GROUPS.find((group) => group.fields.includes(field))!.type;
}

function fieldsFor(kind: PartyKind, fields: readonly FieldName[]): FieldName[] {
  const other = kind === 'person' ? COMPANY_ONLY : PERSON_ONLY;
  return fields.filter((field) => !other.has(field));
}

function opLabel(type: FieldType, op: Op): string {
  return type === 'date' && op === 'between' ? 'بین دو تاریخ' : filterOpLabels[op];
}

interface ConditionRowsProps {
  kind: PartyKind;
  conditions: PartyCondition[];
  onChange(conditions: PartyCondition[]): void;
}

// The advanced part of the list filter: «شهر برابر تهران», «تاریخ تولد بین …». Kept in the filter itself, so
// saved segments and exports carry them too.
export function ConditionRows({ kind, conditions, onChange }: ConditionRowsProps) {
  const replace = (index: number, next: PartyCondition) => onChange(conditions.map((c, i) => (i === index ? next : c)));
  const first = fieldsFor(kind, TEXT_FILTER_FIELDS)[0]!;
  return (
    <div className="conditions">
      {conditions.map((condition, index) => (
        <ConditionRow
          // Rows are only added at the end or removed; the index keeps a row's half-typed text.
          key={index}
          kind={kind}
          number={index + 1}
          condition={condition}
          onChange={(next) => replace(index, next)}
          onRemove={() => onChange(conditions.filter((_, i) => i !== index))}
        />
      ))}
      <button
        type="button"
        className="button button--small conditions__add"
        disabled={conditions.length >= MAX_CONDITIONS}
        onClick={() => onChange([...conditions, { field: first, op: 'eq' }])}
      >
        + شرط جدید
      </button>
    </div>
  );
}

interface ConditionRowProps {
  kind: PartyKind;
  number: number;
  condition: PartyCondition;
  onChange(condition: PartyCondition): void;
  onRemove(): void;
}

function ConditionRow({ kind, number, condition, onChange, onRemove }: ConditionRowProps) {
  const type = typeOf(condition.field);
  const choices = CHOICES[condition.field];
  const needsValue = condition.op !== 'empty' && condition.op !== 'notEmpty';
  const dateOf = (value: PartyCondition['value']) => (typeof value === 'string' ? value : null);

  return (
    <div className="condition-row" role="group" aria-label={`شرط ${toPersianDigits(number)}`}>
      <Field label="فیلد">
        {(control) => (
          <select
            className="input"
            {...control}
            value={condition.field}
            onChange={(event) => {
              const field = event.target.value as FieldName;
              onChange({ field, op: OPS[typeOf(field)][0]! });
            }}
          >
            {FIELD_GROUPS.map((group) => (
              <optgroup key={group.type} label={group.label}>
                {fieldsFor(kind, group.fields).map((field) => (
                  <option key={field} value={field}>
                    {filterFieldLabels[field]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field label="شرط">
        {(control) => (
          <select
            className="input"
            {...control}
            value={condition.op}
            onChange={(event) => {
              const op = event.target.value as Op;
              const keeps = op !== 'empty' && op !== 'notEmpty';
              onChange(keeps ? { ...condition, op } : { field: condition.field, op });
            }}
          >
            {OPS[type].map((op) => (
              <option key={op} value={op}>
                {opLabel(type, op)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {needsValue && choices ? (
        <Field label="مقدار">
          {(control) => (
            <select
              className="input"
              {...control}
              value={condition.value ?? ''}
              onChange={(event) => onChange({ ...condition, value: event.target.value || undefined })}
            >
              <option value="">—</option>
              {Object.entries(choices).map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {needsValue && !choices && type === 'text' ? (
        <TypedValue label="مقدار" value={condition.value} numeric={false} onChange={(value) => onChange({ ...condition, value })} />
      ) : null}
      {needsValue && type === 'date' ? (
        <>
          <JalaliDatePicker
            label="از تاریخ"
            value={dateOf(condition.value)}
            onChange={(value) => onChange({ ...condition, value: value ?? undefined })}
          />
          <JalaliDatePicker label="تا تاریخ" value={dateOf(condition.to)} onChange={(to) => onChange({ ...condition, to: to ?? undefined })} />
        </>
      ) : null}
      {needsValue && type === 'number' ? (
        <>
          <TypedValue label="از" value={condition.value} numeric onChange={(value) => onChange({ ...condition, value })} />
          <TypedValue label="تا" value={condition.to} numeric onChange={(to) => onChange({ ...condition, to })} />
        </>
      ) : null}
      <button type="button" className="button button--small button--danger-text condition-row__remove" onClick={onRemove}>
        حذف شرط
      </button>
    </div>
  );
}

type Bound = PartyCondition['value'];

const shown = (value: Bound) => (value === undefined ? '' : toPersianDigits(String(value)));

function parsed(text: string, numeric: boolean): Bound {
  const trimmed = text.trim();
  if (!numeric) return trimmed || undefined;
  const digits = toAsciiDigits(trimmed).replace(/\D/g, '');
  return digits ? Number(digits) : undefined;
}

// Text or a whole number, applied once typing pauses; numbers show with Persian digits as they are typed.
function TypedValue({ label, value, numeric, onChange }: { label: string; value: Bound; numeric: boolean; onChange(value: Bound): void }) {
  const [text, setText] = useState(() => shown(value));
  const typed = useDebouncedValue(text, TYPING_DELAY_MS);

  // A condition set from outside (a saved segment) shows in the box; the user's own typing is left alone.
  useEffect(() => {
    setText((current) => (parsed(current, numeric) === value ? current : shown(value)));
  }, [value, numeric]);

  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };
  useEffect(() => {
    const next = parsed(typed, numeric);
    if (next !== latest.current.value) latest.current.onChange(next);
  }, [typed, numeric]);

  return (
    <Field label={label}>
      {(control) => (
        <input
          className="input"
          {...control}
          dir={numeric ? 'ltr' : undefined}
          inputMode={numeric ? 'numeric' : undefined}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(numeric ? toPersianDigits(event.target.value) : event.target.value)}
        />
      )}
    </Field>
  );
}
