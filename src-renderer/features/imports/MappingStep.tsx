import { useId } from 'react';
import type { ImportField } from '../../../src-shared/api/imports';
import { importFieldLabels } from '../../../src-shared/i18n/fa';
import { Bdi, DataTable, Field, TextField, type Column } from '../../ui';
import { importFieldsOf, mappingIssues, previewCell, sameMapping } from './import-mapping';
import { useImportStore } from './import-store';

interface SheetColumn {
  header: string;
  index: number;
}

interface SampleRow {
  // As Excel numbers it: row 1 holds the titles.
  row: number;
  cells: string[];
}

function Cell({ field, raw }: { field: ImportField | null; raw: string | undefined }) {
  const cell = previewCell(field, raw ?? '');
  return cell.text === '' ? <span className="muted">—</span> : <Bdi ltr={cell.latin}>{cell.text}</Bdi>;
}

// Step 2: which field each column of the sheet fills, and the first rows as they will be read.
export function MappingStep() {
  const titleId = useId();
  const previewId = useId();
  const kind = useImportStore((state) => state.kind);
  const analysis = useImportStore((state) => state.analysis);
  const mapping = useImportStore((state) => state.mapping);
  const saveMappingAs = useImportStore((state) => state.saveMappingAs);
  const { mapColumn, pickSavedMapping, setSaveMappingAs, runCheck, goTo } = useImportStore.getState();
  if (!analysis) return null;

  const { headers, sample, savedMappings } = analysis;
  const fields = importFieldsOf(kind);
  const { clashes, missingRequired } = mappingIssues(kind, headers, mapping);
  const appliedSaved = savedMappings.find((saved) => sameMapping(headers, saved.mapping, mapping))?.name ?? '';
  const sheetColumns: SheetColumn[] = headers.map((header, index) => ({ header, index }));
  const mapped = sheetColumns.filter(({ header }) => mapping[header] && !clashes.has(header));

  const mappingColumns: Column<SheetColumn>[] = [
    { key: 'header', header: 'ستون پرونده', render: ({ header }) => <Bdi>{header}</Bdi> },
    { key: 'sample', header: 'نمونه از ردیف اول', render: ({ header, index }) => <Cell field={mapping[header] ?? null} raw={sample[0]?.[index]} /> },
    {
      key: 'field',
      header: 'فیلد در پیوند',
      render: ({ header }) => {
        const clash = clashes.get(header);
        return (
          <>
            <select
              className="input mapping__select"
              aria-label={`فیلد ستون «${header}»`}
              aria-invalid={clash !== undefined}
              value={mapping[header] ?? ''}
              onChange={(event) => mapColumn(header, (event.target.value || null) as ImportField | null)}
            >
              <option value="">نادیده گرفتن</option>
              {fields.map((field) => (
                <option key={field} value={field}>
                  {importFieldLabels[field]}
                </option>
              ))}
            </select>
            {clash !== undefined ? (
              <p className="field__error" role="alert">
                ستون «{clash}» هم به همین فیلد داده شده است؛ یکی از آن دو را «نادیده گرفتن» کنید.
              </p>
            ) : null}
          </>
        );
      },
    },
  ];

  const previewColumns: Column<SampleRow>[] = [
    { key: 'row', header: 'ردیف', value: (sampleRow) => sampleRow.row, sortable: false },
    ...mapped.map(
      ({ header, index }): Column<SampleRow> => ({
        key: header,
        header: importFieldLabels[mapping[header]!] ?? header,
        render: (sampleRow) => <Cell field={mapping[header] ?? null} raw={sampleRow.cells[index]} />,
      }),
    ),
  ];
  const sampleRows: SampleRow[] = sample.map((cells, index) => ({ row: index + 2, cells }));

  return (
    <>
      <section className="card import-step" aria-labelledby={titleId}>
        <h2 id={titleId} className="card__title">
          نگاشت ستون‌ها
        </h2>
        <p className="muted import-step__lead">
          برای هر ستون پرونده مشخص کنید در کدام فیلد پیوند ثبت شود. ستون‌هایی که به کار نمی‌آیند را «نادیده گرفتن» بگذارید.
        </p>
        {savedMappings.length > 0 ? (
          <Field label="نگاشت ذخیره‌شده">
            {(control) => (
              <select
                className="input mapping__saved"
                {...control}
                value={appliedSaved}
                onChange={(event) => pickSavedMapping(event.target.value)}
              >
                <option value="">— انتخاب کنید —</option>
                {savedMappings.map((saved) => (
                  <option key={saved.name} value={saved.name}>
                    {saved.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <DataTable caption="نگاشت ستون‌ها" columns={mappingColumns} rows={sheetColumns} rowKey={(column) => column.index} />
        {missingRequired ? (
          <p className="notice import-step__notice" role="status">
            هیچ ستونی به «{importFieldLabels[missingRequired]}» داده نشده است؛ بدون آن هیچ ردیفی ثبت نمی‌شود. ستون مربوط را به این فیلد
            بدهید.
          </p>
        ) : null}
        <div className="mapping__save">
          <TextField
            label="ذخیرهٔ این نگاشت با نام (اختیاری)"
            value={saveMappingAs}
            onChange={setSaveMappingAs}
            maxLength={80}
            hint="با شروع بررسی ذخیره می‌شود تا دفعهٔ بعد برای پرونده‌ای با همین ستون‌ها آن را انتخاب کنید."
          />
        </div>
      </section>

      <section className="card import-step" aria-labelledby={previewId}>
        <h2 id={previewId} className="card__title">
          پیش‌نمایش
        </h2>
        <p className="muted import-step__lead">ردیف‌های اول پرونده، همان‌گونه که ثبت خواهند شد.</p>
        <DataTable caption="پیش‌نمایش ردیف‌ها" columns={previewColumns} rows={sampleRows} rowKey={(sampleRow) => sampleRow.row} />
      </section>

      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={clashes.size > 0 || missingRequired !== null}
          onClick={() => void runCheck()}
        >
          بررسی ردیف‌ها
        </button>
        <button type="button" className="button" onClick={() => goTo('file')}>
          انتخاب پروندهٔ دیگر
        </button>
      </div>
    </>
  );
}
