import { useMemo, useState, type ReactNode } from 'react';
import { comparePersian, toPersianDigits } from '../../src-shared/domain/persian-text';

export type SortValue = string | number | boolean | null | undefined;

export interface Column<Row> {
  key: string;
  header: string;
  // What the column sorts by (and shows, when there is no render).
  value?: (row: Row) => SortValue;
  render?: (row: Row) => ReactNode;
  // The cell as text on a printed list, where `value` alone would not read right (a date, an amount with its unit).
  print?: (row: Row) => string | null;
  sortable?: boolean;
  className?: string;
  // A column the user has nothing to do with (e.g. actions they may not take).
  hidden?: boolean;
}

export type SortDirection = 'ascending' | 'descending';

interface DataTableProps<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  initialSort?: { key: string; direction: SortDirection };
  emptyText?: string;
  rowClassName?: (row: Row) => string | undefined;
  captionHidden?: boolean;
}

// Nulls last in both directions; text by Persian collation (not code points), numbers numerically.
export function compareSortValues(a: SortValue, b: SortValue): number {
  const aMissing = a === null || a === undefined || a === '';
  const bMissing = b === null || b === undefined || b === '';
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(b) - Number(a);
  return comparePersian(String(a), String(b));
}

function defaultCell(value: SortValue): ReactNode {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'بله' : 'خیر';
  if (typeof value === 'number') return <bdi>{toPersianDigits(value)}</bdi>;
  return value;
}

export function DataTable<Row>({
  caption,
  rows,
  rowKey,
  initialSort,
  emptyText = 'موردی برای نمایش نیست.',
  rowClassName,
  captionHidden = true,
  columns: allColumns,
}: DataTableProps<Row>) {
  const columns = useMemo(() => allColumns.filter((column) => !column.hidden), [allColumns]);
  const [sort, setSort] = useState(initialSort ?? null);

  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!sort || !column?.value) return rows;
    const read = column.value;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = read(a);
      const vb = read(b);
      const missing = va === null || va === undefined || va === '' || vb === null || vb === undefined || vb === '';
      // Empty cells stay at the bottom whichever way the column is sorted.
      return missing ? compareSortValues(va, vb) : factor * compareSortValues(va, vb);
    });
  }, [rows, columns, sort]);

  const toggle = (key: string) =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );

  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className={captionHidden ? 'visually-hidden' : 'data-table__caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const sortable = column.sortable ?? Boolean(column.value);
              const direction = sort?.key === column.key ? sort.direction : undefined;
              return (
                <th key={column.key} scope="col" aria-sort={direction ?? (sortable ? 'none' : undefined)} className={column.className}>
                  {sortable ? (
                    <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                      {column.header}
                      <span className="sort-button__arrow" aria-hidden="true">
                        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="data-table__empty">
                {emptyText}
              </td>
            </tr>
          ) : (
            sorted.map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)}>
                {columns.map((column) => (
                  <td key={column.key} className={column.className}>
                    {column.render ? column.render(row) : defaultCell(column.value?.(row))}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
