import { useEffect, useState } from 'react';
import type { UserRow } from '../../../src-shared/api/users';
import { formatJalaliDate, instantToLocalIsoDate } from '../../../src-shared/domain/jalali';
import { call } from '../../api/client';
import { Bdi, ConfirmDialog, useListActions, DataTable, type Column } from '../../ui';
import { AuditHistoryDialog } from '../audit';
import { useCan, useSessionStore } from '../auth';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserDialog } from './UserDialog';
import { useTemplatesStore, useUsersStore } from './users-store';

type Open =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserRow }
  | { kind: 'password'; user: UserRow }
  | { kind: 'remove'; user: UserRow }
  | { kind: 'purge'; user: UserRow }
  | { kind: 'history'; user: UserRow }
  | null;

function statusOf(user: UserRow): { label: string; tone: string } {
  if (user.deletedAt !== null) return { label: 'حذف‌شده', tone: 'deleted' };
  return user.active ? { label: 'فعال', tone: 'active' } : { label: 'غیرفعال', tone: 'inactive' };
}

export function UsersPage() {
  const can = useCan();
  const me = useSessionStore((state) => state.user);
  const { users, loaded, error, includeDeleted, load, setIncludeDeleted } = useUsersStore();
  const templates = useTemplatesStore((state) => state.templates);
  const loadTemplates = useTemplatesStore((state) => state.load);
  const [open, setOpen] = useState<Open>(null);
  const { busy, confirmError, clearConfirmError, run, confirmRun } = useListActions(load, () => setOpen(null));

  useEffect(() => {
    void load();
    void loadTemplates();
  }, [load, loadTemplates]);

  const anyAction = (['users.edit', 'users.deactivate', 'users.delete', 'users.purge', 'audit.view'] as const).some(can);

  const columns: Column<UserRow>[] = [
    {
      key: 'displayName',
      header: 'نام نمایشی',
      value: (u) => u.displayName,
      render: (u) => (
        <>
          {u.displayName}
          {u.id === me?.id ? <span className="badge badge--me">شما</span> : null}
        </>
      ),
    },
    { key: 'username', header: 'نام کاربری', value: (u) => u.username, render: (u) => <Bdi ltr>{u.username}</Bdi> },
    { key: 'role', header: 'نقش', value: (u) => (u.isAdmin ? 'مدیر سیستم' : (u.templateName ?? '')) },
    {
      key: 'status',
      header: 'وضعیت',
      value: (u) => statusOf(u).label,
      render: (u) => {
        const status = statusOf(u);
        return <span className={`badge badge--${status.tone}`}>{status.label}</span>;
      },
    },
    {
      key: 'createdAt',
      header: 'تاریخ ایجاد',
      value: (u) => u.createdAt,
      render: (u) => <Bdi>{formatJalaliDate(instantToLocalIsoDate(u.createdAt))}</Bdi>,
    },
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      hidden: !anyAction,
      render: (u) => {
        const deleted = u.deletedAt !== null;
        return (
          <div className="row-actions">
            {!deleted && can('users.edit') ? (
              <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'edit', user: u })}>
                ویرایش
              </button>
            ) : null}
            {!deleted && can('users.deactivate') ? (
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => call('users.setActive', { id: u.id, version: u.version, active: !u.active }),
                    u.active ? `کاربر «${u.displayName}» غیرفعال شد.` : `کاربر «${u.displayName}» فعال شد.`,
                  )
                }
              >
                {u.active ? 'غیرفعال کردن' : 'فعال کردن'}
              </button>
            ) : null}
            {!deleted && can('users.edit') ? (
              <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'password', user: u })}>
                تغییر رمز
              </button>
            ) : null}
            {!deleted && can('users.delete') ? (
              <button
                type="button"
                className="button button--small button--danger-text"
                onClick={() => {
                  clearConfirmError();
                  setOpen({ kind: 'remove', user: u });
                }}
              >
                حذف
              </button>
            ) : null}
            {deleted && can('users.delete') ? (
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                onClick={() => void run(() => call('users.restore', { id: u.id }), `کاربر «${u.displayName}» بازگردانده شد.`)}
              >
                بازگردانی
              </button>
            ) : null}
            {deleted && can('users.purge') ? (
              <button
                type="button"
                className="button button--small button--danger-text"
                onClick={() => {
                  clearConfirmError();
                  setOpen({ kind: 'purge', user: u });
                }}
              >
                حذف همیشگی
              </button>
            ) : null}
            {can('audit.view') ? (
              <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'history', user: u })}>
                تاریخچه
              </button>
            ) : null}
          </div>
        );
      },
    },
  ];

  return (
    <section className="page" aria-labelledby="users-title">
      <header className="page__header">
        <h1 id="users-title" className="page__title">
          کاربران
        </h1>
        <div className="page__tools">
          <label className="choice">
            <input type="checkbox" checked={includeDeleted} onChange={(event) => void setIncludeDeleted(event.target.checked)} />
            نمایش کاربران حذف‌شده
          </label>
          {can('users.create') ? (
            <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'create' })}>
              کاربر جدید
            </button>
          ) : null}
        </div>
      </header>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {loaded ? (
        <DataTable
          caption="فهرست کاربران"
          columns={columns}
          rows={users}
          rowKey={(u) => u.id}
          initialSort={{ key: 'displayName', direction: 'ascending' }}
          rowClassName={(u) => (u.deletedAt !== null ? 'row--deleted' : !u.active ? 'row--inactive' : undefined)}
          emptyText="هنوز کاربری تعریف نشده است."
        />
      ) : !error ? (
        <p className="muted" role="status">
          در حال بارگذاری…
        </p>
      ) : null}

      {open?.kind === 'create' ? (
        <UserDialog templates={templates} onClose={() => setOpen(null)} onSaved={() => void load()} />
      ) : null}
      {open?.kind === 'edit' ? (
        <UserDialog user={open.user} templates={templates} onClose={() => setOpen(null)} onSaved={() => void load()} />
      ) : null}
      {open?.kind === 'password' ? <ResetPasswordDialog user={open.user} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          title="حذف کاربر"
          message={
            <p>
              کاربر «{open.user.displayName}» حذف شود؟ او دیگر نمی‌تواند وارد شود. با گزینهٔ «نمایش کاربران حذف‌شده» می‌توانید بعداً او را
              بازگردانید.
            </p>
          }
          confirmLabel="حذف کاربر"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() => void confirmRun(() => call('users.remove', { id: open.user.id }), `کاربر «${open.user.displayName}» حذف شد.`)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'purge' ? (
        <ConfirmDialog
          title="حذف همیشگی کاربر"
          message={<p>کاربر «{open.user.displayName}» برای همیشه پاک شود؟ این کار بازگشت ندارد.</p>}
          confirmLabel="پاک کردن برای همیشه"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() =>
            void confirmRun(() => call('users.purge', { id: open.user.id }), `کاربر «${open.user.displayName}» برای همیشه پاک شد.`)
          }
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'history' ? (
        <AuditHistoryDialog
          table="users"
          id={open.user.id}
          title={`تاریخچهٔ تغییرات کاربر «${open.user.displayName}»`}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}
