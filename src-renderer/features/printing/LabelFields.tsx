import { useRef, useState } from 'react';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { TextField } from '../../ui';
import { layoutError, type CalibrationDraft, type LabelDraft, type LayoutFieldsProps } from './layout-draft';
import { MergeTextField } from './merge-text';
import { NumberField } from './NumberField';

type NumberKey = { [K in keyof LabelDraft]: LabelDraft[K] extends number | string | null ? K : never }[keyof LabelDraft];

const SHEET: [NumberKey, string][] = [
  ['pageWidthMm', 'پهنای برگه (میلی‌متر)'],
  ['pageHeightMm', 'بلندی برگه (میلی‌متر)'],
  ['rows', 'تعداد ردیف'],
  ['columns', 'تعداد ستون'],
];
const LABEL: [NumberKey, string][] = [
  ['labelWidthMm', 'پهنای برچسب'],
  ['labelHeightMm', 'بلندی برچسب'],
  ['topMm', 'فاصله از بالای برگه'],
  ['rightMm', 'فاصله از راست برگه'],
  ['gapXMm', 'فاصلهٔ افقی برچسب‌ها'],
  ['gapYMm', 'فاصلهٔ عمودی برچسب‌ها'],
  ['paddingMm', 'حاشیهٔ درون برچسب'],
  ['fontSize', 'اندازهٔ قلم (پوینت)'],
];
const WHOLE: ReadonlySet<NumberKey> = new Set(['rows', 'columns']);

// Per printer, how far its output lands from where it should, measured on a test sheet.
function Calibrations({ rows, onChange, errors }: { rows: CalibrationDraft[]; onChange(rows: CalibrationDraft[]): void; errors: LayoutFieldsProps<LabelDraft>['errors'] }) {
  // Stable keys, so removing a row does not hand its typed numbers to the next one.
  const next = useRef(rows.length);
  const [keys, setKeys] = useState(() => rows.map((_, index) => index));
  const update = (index: number, patch: Partial<CalibrationDraft>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const error = (index: number, key: string) => layoutError(errors, `calibrations.${index}.${key}`);
  return (
    <fieldset className="fieldset">
      <legend className="field__label">تنظیم چاپگرها</legend>
      <p className="field__hint">مقدار مثبت برچسب‌ها را به راست و پایین می‌برد: اگر برگ آزمایشی ۲ میلی‌متر پایین‌تر چاپ شد، جابه‌جایی عمودی را منفی ۲ بگذارید.</p>
      {rows.map((row, index) => (
        <div key={keys[index]} className="form-row print-calibration" role="group" aria-label={`چاپگر ${toPersianDigits(index + 1)}`}>
          <TextField label="نام چاپگر" value={row.printer} onChange={(printer) => update(index, { printer })} error={error(index, 'printer')} maxLength={100} />
          <NumberField label="جابه‌جایی افقی (میلی‌متر)" value={row.dxMm} onChange={(dxMm) => update(index, { dxMm })} error={error(index, 'dxMm')} />
          <NumberField label="جابه‌جایی عمودی (میلی‌متر)" value={row.dyMm} onChange={(dyMm) => update(index, { dyMm })} error={error(index, 'dyMm')} />
          <button
            type="button"
            className="button button--small button--danger-text print-calibration__remove"
            onClick={() => {
              onChange(rows.filter((_, at) => at !== index));
              setKeys(keys.filter((_, at) => at !== index));
            }}
          >
            حذف چاپگر
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small print-add"
        onClick={() => {
          onChange([...rows, { printer: '', dxMm: 0, dyMm: 0 }]);
          setKeys([...keys, next.current++]);
        }}
      >
        افزودن چاپگر
      </button>
    </fieldset>
  );
}

// A label sheet: the page, the grid of labels on it (from the top right), the text of each label and printers' offsets.
export function LabelFields({ layout, change, errors }: LayoutFieldsProps<LabelDraft>) {
  const numbers = (legend: string, fields: [NumberKey, string][]) => (
    <fieldset className="fieldset">
      <legend className="field__label">{legend}</legend>
      <div className="print-numbers">
        {fields.map(([key, label]) => (
          <NumberField key={key} label={label} value={layout[key]} onChange={(value) => change({ [key]: value })} error={layoutError(errors, key)} whole={WHOLE.has(key)} />
        ))}
      </div>
    </fieldset>
  );
  return (
    <>
      {numbers('برگه', SHEET)}
      {numbers('برچسب‌ها (اندازه‌ها به میلی‌متر)', LABEL)}
      <MergeTextField label="متن هر برچسب" value={layout.content} onChange={(content) => change({ content })} error={layoutError(errors, 'content')} rows={4} />
      <Calibrations rows={layout.calibrations} onChange={(calibrations) => change({ calibrations })} errors={errors} />
    </>
  );
}
