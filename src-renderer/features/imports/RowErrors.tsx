import type { ImportResult, ImportRowError } from '../../../src-shared/api/imports';
import { DataTable, PersianNumber, type Column } from '../../ui';
import { DownloadIcon } from '../exports';
import { useImportStore } from './import-store';

const columns: Column<ImportRowError>[] = [
  { key: 'row', header: 'ردیف در پرونده', value: (error) => error.row, className: 'row-errors__row' },
  {
    key: 'messages',
    header: 'دلیل خطا',
    render: (error) => (
      <ul className="row-errors__reasons">
        {/* Values inside reasons arrive isolated (FSI…PDI, see fa.ts fill), so numbers keep their order. */}
        {error.messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    ),
  },
];

// The rows refused by the last run, as the sheet numbers them, and the full list as an Excel report.
export function RowErrors({ result }: { result: ImportResult }) {
  const download = useImportStore((state) => state.downloadReport);
  const downloading = useImportStore((state) => state.downloading);
  if (result.invalid === 0) return null;
  return (
    <div className="row-errors">
      <DataTable caption="ردیف‌های دارای خطا" columns={columns} rows={result.errors} rowKey={(error) => error.row} />
      {result.errors.length < result.invalid ? (
        <p className="muted">
          <PersianNumber value={result.errors.length} grouped /> ردیف اول نشان داده شده است؛ همهٔ{' '}
          <PersianNumber value={result.invalid} grouped /> ردیف در گزارش خطا آمده است.
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void download()} disabled={downloading}>
          <DownloadIcon />
          {downloading ? 'در حال ساختن گزارش…' : 'دریافت گزارش خطا (اکسل)'}
        </button>
      </div>
    </div>
  );
}
