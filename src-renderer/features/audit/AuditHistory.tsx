import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../src-shared/api/audit';
import { call, messageOf } from '../../api/client';
import { Bdi, DataTable, Dialog, type Column } from '../../ui';
import { actionLabel, fieldLabel, formatAuditValue, formatInstant, who } from './audit-format';
import { useAuditNames } from './audit-names';
import { AuditValue } from './AuditValue';

interface AuditHistoryProps {
  table: string;
  id: number;
}

// Who changed what and when, for one record. Any feature shows it for its own records.
export function AuditHistory({ table, id }: AuditHistoryProps) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const names = useAuditNames();
  const loadNames = useAuditNames((state) => state.load);

  useEffect(() => {
    let live = true;
    setEntries(null);
    setError(null);
    void loadNames(true);
    call('audit.history', { table, id })
      .then((rows) => live && setEntries(rows))
      .catch((failure: unknown) => live && setError(messageOf(failure)));
    return () => {
      live = false;
    };
  }, [table, id, loadNames]);

  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }
  if (!entries) return <p className="muted" role="status">در حال بارگذاری تاریخچه…</p>;

  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: 'زمان', value: (e) => e.id, render: (e) => <Bdi>{formatInstant(e.at)}</Bdi>, className: 'nowrap' },
    { key: 'user', header: 'کاربر', value: (e) => who(e), className: 'nowrap' },
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

  return (
    <DataTable
      caption="تاریخچهٔ تغییرات"
      columns={columns}
      rows={entries}
      rowKey={(e) => e.id}
      initialSort={{ key: 'at', direction: 'descending' }}
      emptyText="برای این رکورد تغییری ثبت نشده است."
    />
  );
}

export function AuditHistoryDialog({ table, id, title, onClose }: AuditHistoryProps & { title: string; onClose: () => void }) {
  return (
    <Dialog title={title} onClose={onClose} size="xl">
      <AuditHistory table={table} id={id} />
    </Dialog>
  );
}
