import { useEffect, useState } from 'react';
import { PRINT_TEMPLATE_KINDS, type PrintTemplate } from '../../../src-shared/api/printing';
import { printingLabels } from '../../../src-shared/i18n/ui-fa-printing';
import { call } from '../../api/client';
import { navigate } from '../../app/router';
import { ConfirmDialog, DataTable, EditRemoveActions, useListActions, type Column } from '../../ui';
import { useCan } from '../auth';
import { ListError, When } from '../messaging';
import { templatePath } from './paths';
import { layoutSummary } from './template-values';
import { usePrintTemplatesStore } from './templates-store';

// «قالب‌ها»: the office's letters, envelopes and label sheets; a name opens its editor.
export function TemplatesPage() {
  const can = useCan();
  const { templates, error, load } = usePrintTemplatesStore();
  const [removing, setRemoving] = useState<PrintTemplate | null>(null);
  const { busy, confirmError, clearConfirmError, confirmRun } = useListActions(load, () => setRemoving(null));

  useEffect(() => {
    void load();
  }, [load]);

  const columns: Column<PrintTemplate>[] = [
    {
      key: 'name',
      header: 'نام قالب',
      value: (t) => t.name,
      render: (t) => <a href={`#${templatePath(t.id)}`}>{t.name}</a>,
    },
    { key: 'kind', header: 'نوع', value: (t) => printingLabels.kind[t.kind] },
    { key: 'size', header: 'اندازه', value: (t) => layoutSummary(t.layout) },
    { key: 'updated', header: 'آخرین تغییر', value: (t) => t.updatedAt, render: (t) => (t.updatedAt ? <When at={t.updatedAt} /> : '—') },
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      hidden: !can('printing.delete'),
      render: (t) => (
        <EditRemoveActions
          onEdit={() => navigate(templatePath(t.id))}
          onRemove={() => {
            clearConfirmError();
            setRemoving(t);
          }}
        />
      ),
    },
  ];

  return (
    <>
      <div className="subpage__tools print-new">
        {PRINT_TEMPLATE_KINDS.map((kind) => (
          <a key={kind} className="button" href={`#${templatePath({ newOfKind: kind })}`}>
            {printingLabels.newKind[kind]}
          </a>
        ))}
      </div>
      <ListError error={error} />
      <DataTable caption="قالب‌های چاپ" columns={columns} rows={templates} rowKey={(t) => t.id} emptyText="هنوز قالبی ساخته نشده است." />
      {removing ? (
        <ConfirmDialog
          title="حذف قالب چاپ"
          message={<p>قالب «{removing.name}» حذف شود؟ نامه‌هایی که با آن چاپ شده‌اند در دفتر نامه‌ها می‌مانند.</p>}
          confirmLabel="حذف قالب"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() => void confirmRun(() => call('printing.removeTemplate', { id: removing.id }), `قالب «${removing.name}» حذف شد.`)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </>
  );
}
