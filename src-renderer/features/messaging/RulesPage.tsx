import { useEffect, useState } from 'react';
import type { SmsRule } from '../../../src-shared/api/messaging';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { call } from '../../api/client';
import { ConfirmDialog, EditRemoveActions, useListActions, DataTable, type Column } from '../../ui';
import { useCan } from '../auth';
import { ListError } from './ListError';
import { RuleDialog } from './RuleDialog';
import { useRulesStore } from './rules-store';

type Open = { kind: 'edit'; rule?: SmsRule } | { kind: 'remove'; rule: SmsRule } | null;

// «قواعد پاسخ خودکار»: keywords in incoming texts that answer, refer to a colleague or opt the sender out.
export function RulesPage() {
  const can = useCan();
  const { rules, users, error, load } = useRulesStore();
  const [open, setOpen] = useState<Open>(null);
  const { busy, confirmError, clearConfirmError, confirmRun } = useListActions(load, () => setOpen(null));

  useEffect(() => {
    void load();
  }, [load]);

  const userName = (id: number | null) => users.find((user) => user.id === id)?.name ?? null;

  const columns: Column<SmsRule>[] = [
    { key: 'keyword', header: 'کلیدواژه', value: (r) => r.keyword },
    { key: 'match', header: 'تطبیق', value: (r) => messagingLabels.ruleMatch[r.match] },
    { key: 'action', header: 'کار', value: (r) => messagingLabels.ruleAction[r.action] },
    {
      key: 'detail',
      header: 'پاسخ یا ارجاع',
      value: (r) => (r.action === 'refer' ? userName(r.referToUserId) : r.replyText),
      render: (r) => <span className="clamp">{(r.action === 'refer' ? userName(r.referToUserId) : r.replyText) ?? '—'}</span>,
    },
    { key: 'active', header: 'فعال', value: (r) => r.active },
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      hidden: !can('messaging.edit'),
      render: (r) => (
        <EditRemoveActions
          onEdit={() => setOpen({ kind: 'edit', rule: r })}
          onRemove={() => {
            clearConfirmError();
            setOpen({ kind: 'remove', rule: r });
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
            قاعدهٔ جدید
          </button>
        </div>
      ) : null}
      <ListError error={error} />
      <DataTable
        caption="قواعد پاسخ خودکار"
        columns={columns}
        rows={rules}
        rowKey={(r) => r.id}
        initialSort={{ key: 'keyword', direction: 'ascending' }}
        emptyText="هنوز قاعده‌ای تعریف نشده است؛ مثلاً کلیدواژهٔ «لغو» برای انصراف از دریافت."
      />
      {open?.kind === 'edit' ? <RuleDialog rule={open.rule} onClose={() => setOpen(null)} onSaved={() => void load()} /> : null}
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          title="حذف قاعده"
          message={<p>قاعدهٔ «{open.rule.keyword}» حذف شود؟</p>}
          confirmLabel="حذف قاعده"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() => void confirmRun(() => call('messaging.removeRule', { id: open.rule.id }), `قاعدهٔ «${open.rule.keyword}» حذف شد.`)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
