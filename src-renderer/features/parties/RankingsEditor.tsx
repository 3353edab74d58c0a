import { partyColorLabels } from '../../../src-shared/i18n/ui-fa';
import { Field, JalaliDatePicker, TextField } from '../../ui';
import { useLookup } from './lookups-store';
import { newRowKey, type RankingRow } from './party-form-values';

interface RankingsEditorProps {
  rows: readonly RankingRow[];
  onChange(rows: RankingRow[]): void;
  error?: string | undefined;
}

// Manual rankings («مشتری طلایی») in force between two dates; either end may stay open.
export function RankingsEditor({ rows, onChange, error }: RankingsEditorProps) {
  const suggestions = useLookup('ranking');
  const update = (key: string, changes: Partial<RankingRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...changes } : row)));

  return (
    <fieldset className="fieldset">
      <legend className="field__label">رتبه‌ها</legend>
      <datalist id="ranking-names">
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {rows.map((row) => (
        <div key={row.key} className="ranking-row">
          <TextField label="رتبه" value={row.name} onChange={(name) => update(row.key, { name })} list="ranking-names" />
          <Field label="رنگ">
            {(control) => (
              <select className="input" {...control} value={row.color} onChange={(event) => update(row.key, { color: event.target.value })}>
                <option value="">بدون رنگ</option>
                {row.color && !partyColorLabels[row.color] ? <option value={row.color}>رنگ فعلی</option> : null}
                {Object.entries(partyColorLabels).map(([color, name]) => (
                  <option key={color} value={color}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <JalaliDatePicker label="از تاریخ" value={row.from} onChange={(from) => update(row.key, { from })} />
          <JalaliDatePicker label="تا تاریخ" value={row.to} onChange={(to) => update(row.key, { to })} />
          <button
            type="button"
            className="icon-button"
            aria-label={`برداشتن رتبهٔ ${row.name}`}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            ×
          </button>
        </div>
      ))}
      <p className="field__hint">مانند «طلایی» از یک تاریخ تا تاریخ دیگر؛ تاریخ خالی یعنی بی‌پایان.</p>
      <div>
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange([...rows, { key: newRowKey(), name: '', color: '', from: null, to: null }])}
        >
          + رتبه
        </button>
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
