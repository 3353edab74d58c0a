import { useEffect, useState } from 'react';
import type { SmsTemplate } from '../../../src-shared/api/messaging';
import { planMessage } from '../../../src-shared/domain/sms-parts';
import { call } from '../../api/client';
import { ConfirmDialog, EditRemoveActions, useListActions, DataTable, type Column } from '../../ui';
import { useCan } from '../auth';
import { ListError } from './ListError';
import { SmsTemplateDialog } from './SmsTemplateDialog';
import { useSmsTemplatesStore } from './templates-store';

type Open = { kind: 'edit'; template?: SmsTemplate } | { kind: 'remove'; template: SmsTemplate } | null;

// «قالب‌ها»: texts used again and again, with merge fields; the compose box picks them.
export function SmsTemplatesPage() {
  const can = useCan();
  const { templates, error, load } = useSmsTemplatesStore();
  const [open, setOpen] = useState<Open>(null);
  const { busy, confirmError, clearConfirmError, confirmRun } = useListActions(load, () => setOpen(null));

  useEffect(() => {
    void load();
  }, [load]);

  const columns: Column<SmsTemplate>[] = [
    { key: 'name', header: 'نام قالب', value: (t) => t.name },
    { key: 'body', header: 'متن', render: (t) => <span className="clamp">{t.body}</span> },
    { key: 'parts', header: 'تعداد پیامک', value: (t) => planMessage(t.body).parts.length },
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      hidden: !can('messaging.edit'),
      render: (t) => (
        <EditRemoveActions
          onEdit={() => setOpen({ kind: 'edit', template: t })}
          onRemove={() => {
            clearConfirmError();
            setOpen({ kind: 'remove', template: t });
          }}
        />
      ),
    },
  ];

  return (
    <>
      {can('messaging.edit') ? (
        <div className="subpage__tools">
          <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'edit' })}>
            قالب پیامک جدید
          </button>
        </div>
      ) : null}
      <ListError error={error} />
      <DataTable
        caption="قالب‌های پیامک"
        columns={columns}
        rows={templates}
        rowKey={(t) => t.id}
        initialSort={{ key: 'name', direction: 'ascending' }}
        emptyText="هنوز قالبی ساخته نشده است."
      />
      {open?.kind === 'edit' ? <SmsTemplateDialog template={open.template} onClose={() => setOpen(null)} onSaved={() => void load()} /> : null}
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          title="حذف قالب پیامک"
          message={<p>قالب «{open.template.name}» حذف شود؟</p>}
          confirmLabel="حذف قالب"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() => void confirmRun(() => call('messaging.removeTemplate', { id: open.template.id }), `قالب «${open.template.name}» حذف شد.`)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
