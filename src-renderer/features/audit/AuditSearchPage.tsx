import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { AuditEntry } from '../../../src-shared/api/audit';
import type { Input } from '../../../src-shared/api/contract';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { tableLabels } from '../../../src-shared/i18n/ui-fa';
import { call, messageOf } from '../../api/client';
import { Bdi, DataTable, Field, JalaliDatePicker, type Column } from '../../ui';
import { actionLabel, fieldLabel, formatAuditValue, formatInstant, recordLabel, who } from './audit-format';
import { useAuditNames } from './audit-names';
import { AuditValue } from './AuditValue';

const PAGE_SIZE = 50;

interface Filters {
  table: string;
  userId: string;
  from: string | null;
  to: string | null;
}

const EMPTY_FILTERS: Filters = { table: '', userId: '', from: null, to: null };

export function AuditSearchPage() {
  const names = useAuditNames();
  const loadNames = names.load;
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [applied, setApplied] = useState<Filters>(EMPTY_FILTERS);
  const [offset, setOffset] = useState(0);
  const [result, setResult] = useState<{ rows: AuditEntry[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rangeError, setRangeError] = useState<string | undefined>(undefined);

  useEffect(() => {
    void loadNames(true);
  }, [loadNames]);

  const search = useCallback(async (wanted: Filters, at: number) => {
    const input: Input<'audit.search'> = { offset: at, limit: PAGE_SIZE };
    if (wanted.table) input.table = wanted.table;
    if (wanted.userId) input.userId = Number(wanted.userId);
    if (wanted.from) input.from = wanted.from;
    if (wanted.to) input.to = wanted.to;
    try {
      setResult(await call('audit.search', input));
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, []);

  useEffect(() => {
    void search(applied, offset);
  }, [search, applied, offset]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (filters.from && filters.to && filters.from > filters.to) {
      setRangeError('تاریخ پایان باید بعد از تاریخ شروع یا همان روز باشد.');
      return;
    }
    setRangeError(undefined);
    setOffset(0);
    setApplied({ ...filters });
  };

  const clear = () => {
    setFilters(EMPTY_FILTERS);
    setRangeError(undefined);
    setOffset(0);
    setApplied(EMPTY_FILTERS);
  };

  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: 'زمان', value: (e) => e.id, render: (e) => <Bdi>{formatInstant(e.at)}</Bdi>, className: 'nowrap' },
    { key: 'user', header: 'کاربر', value: (e) => who(e), className: 'nowrap' },
    { key: 'record', header: 'رکورد', value: (e) => recordLabel(e.table, e.recordId, names) },
    { key: 'action', header: 'عملیات', value: (e) => actionLabel(e.action) },
    { key: 'field', header: 'فیلد', value: (e) => fieldLabel(e.field) },
    {
      key: 'old',
      header: 'مقدار قبلی',
      render: (e) => <AuditValue text={formatAuditValue(e.field, e.oldValue, names)} tone="old" />,
    },
    {
      key: 'new',
      header: 'مقدار جدید',
      render: (e) => <AuditValue text={formatAuditValue(e.field, e.newValue, names)} tone="new" />,
    },
  ];

  const total = result?.total ?? 0;
  const shownTo = Math.min(offset + PAGE_SIZE, total);
  const users = [...names.users.entries()];

  return (
    <section className="page" aria-labelledby="audit-title">
      <header className="page__header">
        <h1 id="audit-title" className="page__title">
          تاریخچهٔ تغییرات
        </h1>
      </header>
      <form className="filters" onSubmit={submit} aria-label="فیلترهای تاریخچه" noValidate>
        <Field label="بخش">
          {(control) => (
            <select
              className="input"
              {...control}
              value={filters.table}
              onChange={(event) => setFilters({ ...filters, table: event.target.value })}
            >
              <option value="">همهٔ بخش‌ها</option>
              {Object.entries(tableLabels).map(([table, label]) => (
                <option key={table} value={table}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="کاربر">
          {(control) => (
            <select
              className="input"
              {...control}
              value={filters.userId}
              onChange={(event) => setFilters({ ...filters, userId: event.target.value })}
            >
              <option value="">همهٔ کاربران</option>
              {users.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <JalaliDatePicker label="از تاریخ" value={filters.from} onChange={(from) => setFilters({ ...filters, from })} />
        <JalaliDatePicker
          label="تا تاریخ"
          value={filters.to}
          onChange={(to) => setFilters({ ...filters, to })}
          error={rangeError}
        />
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            جستجو
          </button>
          <button type="button" className="button" onClick={clear}>
            پاک کردن فیلترها
          </button>
        </div>
      </form>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {result ? (
        <>
          <p className="muted" role="status">
            {total === 0
              ? 'تغییری با این فیلترها پیدا نشد.'
              : `نمایش ${toPersianDigits(offset + 1)} تا ${toPersianDigits(shownTo)} از ${toPersianDigits(total)} تغییر`}
          </p>
          <DataTable
            caption="نتیجهٔ جستجوی تاریخچه"
            columns={columns}
            rows={result.rows}
            rowKey={(e) => e.id}
            initialSort={{ key: 'at', direction: 'descending' }}
            emptyText="تغییری پیدا نشد."
          />
          {total > PAGE_SIZE ? (
            <nav className="pager" aria-label="صفحه‌ها">
              <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                صفحهٔ قبل
              </button>
              <button type="button" className="button" disabled={shownTo >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
                صفحهٔ بعد
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
