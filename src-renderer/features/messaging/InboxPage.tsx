import { useEffect, useState } from 'react';
import type { InMessage } from '../../../src-shared/api/messaging';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { call, messageOf } from '../../api/client';
import { DataTable, toast, type Column } from '../../ui';
import { useCan } from '../auth';
import { When } from './format';
import { useInboxStore } from './inbox-store';
import { LinkSenderDialog } from './LinkSenderDialog';
import { ListError } from './ListError';
import { Recipient } from './OutboxTable';
import { Pager } from './Pager';

const ACTION_LABEL: Record<string, string> = messagingLabels.ruleAction;

// «صندوق ورودی»: messages received, unread first in weight; filters for those referred to me and unknown senders.
export function InboxPage() {
  const can = useCan();
  const { rows, total, offset, filter, error, load, setFilter, setOffset, release } = useInboxStore();
  const [linking, setLinking] = useState<InMessage | null>(null);

  useEffect(() => {
    void load();
    return release;
  }, [load, release]);

  const markRead = async (ids: number[]) => {
    if (ids.length === 0) return;
    try {
      await call('messaging.markRead', { ids });
      await load();
    } catch (failure) {
      toast.error(messageOf(failure));
    }
  };
  const unread = rows.filter((m) => !m.read).map((m) => m.id);

  const columns: Column<InMessage>[] = [
    {
      key: 'from',
      header: 'فرستنده',
      value: (m) => m.partyName ?? m.number,
      render: (m) => (
        <>
          <Recipient name={m.partyName} number={m.number} />
          {m.partyId === null ? <span className="badge badge--unknown">ناشناس</span> : null}
        </>
      ),
    },
    {
      key: 'text',
      header: 'متن',
      render: (m) => (
        <span className="pre-line">
          {m.text}
          {m.incomplete ? <span className="muted"> (ناقص؛ همهٔ بخش‌ها نرسیده است)</span> : null}
        </span>
      ),
    },
    { key: 'at', header: 'زمان دریافت', value: (m) => m.receivedAt, render: (m) => <When at={m.receivedAt} /> },
    { key: 'rule', header: 'قاعدهٔ اجراشده', value: (m) => (m.ruleAction ? (ACTION_LABEL[m.ruleAction] ?? m.ruleAction) : null) },
    { key: 'read', header: 'خوانده', value: (m) => m.read },
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      render: (m) => (
        <div className="row-actions">
          {!m.read ? (
            <button type="button" className="button button--small" onClick={() => void markRead([m.id])}>
              خوانده شد
            </button>
          ) : null}
          {m.partyId === null && can('messaging.edit') ? (
            <button type="button" className="button button--small" onClick={() => setLinking(m)}>
              اتصال به شخص
            </button>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <>
      <div className="filters-row" role="group" aria-label="فیلتر صندوق ورودی">
        <label className="choice">
          <input type="checkbox" checked={filter.referredToMe} onChange={(event) => void setFilter({ referredToMe: event.target.checked })} />
          ارجاع‌شده به من
        </label>
        <label className="choice">
          <input type="checkbox" checked={filter.unlinked} onChange={(event) => void setFilter({ unlinked: event.target.checked })} />
          فرستندگان ناشناس
        </label>
        <span className="frame__spacer" />
        <button type="button" className="button button--small" disabled={unread.length === 0} onClick={() => void markRead(unread)}>
          همه خوانده شد
        </button>
      </div>
      <ListError error={error} />
      <DataTable
        caption="صندوق ورودی"
        columns={columns}
        rows={rows}
        rowKey={(m) => m.id}
        rowClassName={(m) => (m.read ? undefined : 'row--unread')}
        emptyText="پیامکی دریافت نشده است."
      />
      <Pager offset={offset} total={total} onOffset={(next) => void setOffset(next)} />
      {linking ? <LinkSenderDialog message={linking} onClose={() => setLinking(null)} onLinked={() => void load()} /> : null}
    </>
  );
}
