import { useEffect, useState } from 'react';
import type { AccessTemplate } from '../../../src-shared/api/users';
import { scopeLabels } from '../../../src-shared/i18n/ui-fa';
import { call } from '../../api/client';
import { ConfirmDialog, useListActions, DataTable, type Column } from '../../ui';
import { AuditHistoryDialog } from '../audit';
import { useCan } from '../auth';
import { TemplateDialog } from './TemplateDialog';
import { useTemplatesStore } from './users-store';

type Open =
  | { kind: 'create' }
  | { kind: 'edit'; template: AccessTemplate }
  | { kind: 'remove'; template: AccessTemplate }
  | { kind: 'history'; template: AccessTemplate }
  | null;

export function TemplatesPage() {
  const can = useCan();
  const { templates, loaded, error, load } = useTemplatesStore();
  const [open, setOpen] = useState<Open>(null);
  const { busy, confirmError, clearConfirmError, confirmRun } = useListActions(load, () => setOpen(null));

  useEffect(() => {
    void load();
  }, [load]);

  const columns: Column<AccessTemplate>[] = [
    { key: 'name', header: 'نام قالب', value: (t) => t.name },
    { key: 'scope', header: 'محدودهٔ رکوردها', value: (t) => scopeLabels[t.scope] },
    { key: 'permissions', header: 'تعداد دسترسی‌ها', value: (t) => t.permissions.length },
    { key: 'users', header: 'تعداد کاربران', value: (t) => t.userCount },
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      render: (t) => (
        <div className="row-actions">
          {can('users.edit') ? (
            <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'edit', template: t })}>
              ویرایش
            </button>
          ) : null}
          {can('users.delete') ? (
            <button
              type="button"
              className="button button--small button--danger-text"
              onClick={() => {
                clearConfirmError();
                setOpen({ kind: 'remove', template: t });
              }}
            >
              حذف
            </button>
          ) : null}
          {can('audit.view') ? (
            <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'history', template: t })}>
              تاریخچه
            </button>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <section className="page" aria-labelledby="templates-title">
      <header className="page__header">
        <h1 id="templates-title" className="page__title">
          قالب‌های دسترسی
        </h1>
        <div className="page__tools">
          {can('users.create') ? (
            <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'create' })}>
              قالب دسترسی جدید
            </button>
          ) : null}
        </div>
      </header>
      <p className="page__lead">
        هر قالب مشخص می‌کند کاربرانش در هر بخش چه کارهایی می‌توانند بکنند و همهٔ رکوردها را ببینند یا فقط رکوردهایی که مسئول آن‌ها هستند.
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {loaded ? (
        <DataTable
          caption="فهرست قالب‌های دسترسی"
          columns={columns}
          rows={templates}
          rowKey={(t) => t.id}
          initialSort={{ key: 'name', direction: 'ascending' }}
          emptyText="هنوز قالب دسترسی تعریف نشده است. برای کاربرانی که مدیر نیستند یک قالب بسازید."
        />
      ) : null}
      {open?.kind === 'create' ? <TemplateDialog onClose={() => setOpen(null)} onSaved={() => void load()} /> : null}
      {open?.kind === 'edit' ? (
        <TemplateDialog template={open.template} onClose={() => setOpen(null)} onSaved={() => void load()} />
      ) : null}
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          title="حذف قالب دسترسی"
          message={<p>قالب دسترسی «{open.template.name}» حذف شود؟</p>}
          confirmLabel="حذف قالب"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() =>
            void confirmRun(() => call('users.removeTemplate', { id: open.template.id }), `قالب دسترسی «${open.template.name}» حذف شد.`)
          }
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'history' ? (
        <AuditHistoryDialog
          table="access_templates"
          id={open.template.id}
          title={`تاریخچهٔ تغییرات قالب «${open.template.name}»`}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}
