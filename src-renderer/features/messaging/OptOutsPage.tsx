import { useEffect, useState, type FormEvent } from 'react';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { call } from '../../api/client';
import { ConfirmDialog, useListActions, DataTable, TextField, type Column } from '../../ui';
import { useCan } from '../auth';
import { Phone, When } from './format';
import { ListError } from './ListError';
import { useOptOutsStore, type OptOutRow } from './optouts-store';
import { Pager } from './Pager';
import { useSaveForm } from './use-save-form';

function AddOptOut({ onAdded }: { onAdded(): void }) {
  const [number, setNumber] = useState('');
  const { errors, formError, busy, save } = useSaveForm('number');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save(() => call('messaging.addOptOut', { number }), 'شماره به فهرست انصراف افزوده شد.')) {
      setNumber('');
      onAdded();
    }
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="افزودن به فهرست انصراف">
      <TextField label="شمارهٔ همراه" value={number} onChange={setNumber} error={errors.number ?? formError ?? undefined} dir="ltr" inputMode="tel" />
      <button type="submit" className="button button--primary" disabled={busy}>
        افزودن به فهرست انصراف
      </button>
    </form>
  );
}

// «فهرست انصراف»: numbers that never get a campaign or an automatic reply.
export function OptOutsPage() {
  const can = useCan();
  const { rows, total, offset, error, load, setOffset, release } = useOptOutsStore();
  const [removing, setRemoving] = useState<OptOutRow | null>(null);
  const { busy, confirmError, clearConfirmError, confirmRun } = useListActions(load, () => setRemoving(null));

  useEffect(() => {
    void load();
    return release;
  }, [load, release]);

  const columns: Column<OptOutRow>[] = [
    { key: 'number', header: 'شماره', value: (o) => o.number, render: (o) => <Phone number={o.number} /> },
    { key: 'source', header: 'روش انصراف', value: (o) => messagingLabels.optOutSource[o.source] },
    { key: 'createdAt', header: 'زمان', value: (o) => o.createdAt, render: (o) => <When at={o.createdAt} /> },
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      hidden: !can('messaging.edit'),
      render: (o) => (
        <button
          type="button"
          className="button button--small button--danger-text"
          onClick={() => {
            clearConfirmError();
            setRemoving(o);
          }}
        >
          حذف از فهرست
        </button>
      ),
    },
  ];

  return (
    <>
      <p className="page__lead">به این شماره‌ها پیامک گروهی و پاسخ خودکار فرستاده نمی‌شود.</p>
      {can('messaging.edit') ? <AddOptOut onAdded={() => void load()} /> : null}
      <ListError error={error} />
      <DataTable caption="فهرست انصراف" columns={columns} rows={rows} rowKey={(o) => o.id} emptyText="هیچ شماره‌ای انصراف نداده است." />
      <Pager offset={offset} total={total} onOffset={(next) => void setOffset(next)} />
      {removing ? (
        <ConfirmDialog
          title="حذف از فهرست انصراف"
          message={
            <p>
              شمارهٔ <Phone number={removing.number} /> از فهرست انصراف حذف شود؟ پس از آن دوباره پیامک گروهی دریافت می‌کند.
            </p>
          }
          confirmLabel="حذف از فهرست"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() => void confirmRun(() => call('messaging.removeOptOut', { id: removing.id }), 'شماره از فهرست انصراف حذف شد.')}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </>
  );
}
