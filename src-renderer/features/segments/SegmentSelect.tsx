import type { Segment } from '../../../src-shared/api/segments';
import { Field } from '../../ui';

interface SegmentSelectProps {
  segments: readonly Segment[];
  value: number | null;
  onChange(segmentId: number | null): void;
  error?: string | undefined;
}

// «فهرست ذخیره‌شده»: one saved list filter (who a campaign or a print run goes to).
export function SegmentSelect({ segments, value, onChange, error }: SegmentSelectProps) {
  return (
    <Field
      label="فهرست ذخیره‌شده"
      error={error}
      hint={segments.length === 0 ? 'هنوز فهرستی ذخیره نشده است؛ در فهرست اشخاص، فیلتر را با «ذخیرهٔ فهرست» نگه دارید.' : undefined}
    >
      {(control) => (
        <select className="input" {...control} value={value ?? ''} onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}>
          <option value="">— یک فهرست انتخاب کنید —</option>
          {segments.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
