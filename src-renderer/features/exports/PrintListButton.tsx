import { useState } from 'react';
import { call, messageOf } from '../../api/client';
import { toast, type Column } from '../../ui';
import { useCan } from '../auth';
import { printFile } from './print-file';

interface PrintListButtonProps<Row> {
  // What the screen calls the list, printed as the page heading.
  title: string;
  // The filter in words («وضعیت: ناموفق · جستجو: «رضا»»); empty: the whole list.
  filterLine: string;
  // The table's own columns: those the user sees with a text to print (`print`, else `value`).
  columns: readonly Column<Row>[];
  rows: readonly Row[];
}

function cellText<Row>(column: Column<Row>, row: Row): string | null {
  if (column.print) return column.print(row);
  const value = column.value?.(row);
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'بله' : 'خیر';
  return String(value);
}

// «چاپ فهرست»: the rows on screen as an A4 PDF (printing.listPrintout), for the print dialog or a download.
export function PrintListButton<Row>({ title, filterLine, columns, rows }: PrintListButtonProps<Row>) {
  const can = useCan();
  const [busy, setBusy] = useState(false);
  if (!can('printing.print')) return null;
  const printed = columns.filter((column) => !column.hidden && (column.print || column.value));

  const print = async () => {
    setBusy(true);
    try {
      const file = await call('printing.listPrintout', {
        title,
        filterLine,
        columns: printed.map((column) => ({ header: column.header })),
        rows: rows.map((row) => printed.map((column) => cellText(column, row))),
      });
      await printFile(file);
    } catch (failure) {
      toast.error(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" className="button" aria-busy={busy} disabled={busy || rows.length === 0} onClick={() => void print()}>
      {busy ? 'در حال ساختن پرونده…' : 'چاپ فهرست'}
    </button>
  );
}
