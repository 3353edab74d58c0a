import { useState, type ReactNode } from 'react';
import { ConfirmDialog, DataTable, EditRemoveActions, useListActions, type Column } from '../../ui';
import { useClubConfigStore } from './config-store';

interface ConfigSectionProps<Row extends { id: number; name: string }> {
  title: string;
  addLabel: string;
  // «سطح», «قاعده»…: in the removal question.
  noun: string;
  rows: readonly Row[];
  columns: Column<Row>[];
  emptyText: string;
  // The add (row null) or edit dialog.
  editor(row: Row | null, close: () => void): ReactNode;
  remove(id: number): Promise<unknown>;
}

type Open<Row> = { kind: 'edit'; row: Row | null } | { kind: 'remove'; row: Row } | null;

// One list of the club's settings (tiers, earn rules, discounts): its table, «افزودن», and edit / remove per row.
export function ConfigSection<Row extends { id: number; name: string }>({ title, addLabel, noun, rows, columns, emptyText, editor, remove }: ConfigSectionProps<Row>) {
  const reload = useClubConfigStore((state) => state.load);
  const [open, setOpen] = useState<Open<Row>>(null);
  const { busy, confirmError, clearConfirmError, confirmRun } = useListActions(reload, () => setOpen(null));
  const close = () => setOpen(null);
  const withActions: Column<Row>[] = [
    ...columns,
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      render: (row) => (
        <EditRemoveActions
          onEdit={() => setOpen({ kind: 'edit', row })}
          onRemove={() => {
            clearConfirmError();
            setOpen({ kind: 'remove', row });
          }}
        />
      ),
    },
  ];
  return (
    <section className="card club-config" aria-label={title}>
      <header className="club-config__header">
        <h2 className="card__title">{title}</h2>
        <button type="button" className="button" onClick={() => setOpen({ kind: 'edit', row: null })}>
          {addLabel}
        </button>
      </header>
      <DataTable caption={title} columns={withActions} rows={rows} rowKey={(row) => row.id} emptyText={emptyText} />
      {open?.kind === 'edit' ? editor(open.row, close) : null}
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          title={`حذف ${noun}`}
          message={`${noun} «${open.row.name}» حذف شود؟`}
          confirmLabel="حذف"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() => void confirmRun(() => remove(open.row.id), `${noun} «${open.row.name}» حذف شد.`)}
          onCancel={close}
        />
      ) : null}
    </section>
  );
}
