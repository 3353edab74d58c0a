import { useState } from 'react';
import type { OutMessage } from '../../../src-shared/api/messaging';
import { formatMobile } from '../../../src-shared/domain/iran-ids';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { messagingLabels, smsErrorLabel } from '../../../src-shared/i18n/ui-fa-messaging';
import { call, messageOf } from '../../api/client';
import { DataTable, toast, type Column } from '../../ui';
import { useCan } from '../auth';
import { PrintListButton } from '../exports';
import { count, Phone, When } from './format';

interface OutboxTableProps {
  caption: string;
  rows: readonly OutMessage[];
  // After a resend or dismiss.
  onChanged(): void;
  // The campaign page shows one text for all; the outbox shows each message's.
  showText?: boolean;
  emptyText?: string;
  // Offers «چاپ فهرست» of the rows shown, with the filter in words.
  printout?: { title: string; filterLine: string };
}

const ACTIONABLE = new Set(['failed', 'unknown']);

// A name (when the number belongs to a record) above the number.
export function Recipient({ name, number }: { name: string | null; number: string }) {
  return (
    <span className="recipient">
      {name ? <span className="recipient__name">{name}</span> : null}
      <Phone number={number} />
    </span>
  );
}

// Messages in the outbox or of one campaign: status in Persian, parts sent of total, why it failed; a failed or
// unknown one can be sent again (as a new message) or put aside.
export function OutboxTable({ caption, rows, onChanged, showText = true, emptyText, printout }: OutboxTableProps) {
  const can = useCan();
  const [busyId, setBusyId] = useState<number | null>(null);

  const act = async (message: OutMessage, action: 'resend' | 'dismiss') => {
    setBusyId(message.id);
    try {
      if (action === 'resend') await call('messaging.resend', { id: message.id });
      else await call('messaging.dismiss', { id: message.id });
      toast.success(action === 'resend' ? 'پیامک دوباره در صف ارسال قرار گرفت.' : 'پیامک کنار گذاشته شد.');
      onChanged();
    } catch (failure) {
      toast.error(messageOf(failure));
    } finally {
      setBusyId(null);
    }
  };

  const columns: Column<OutMessage>[] = [
    {
      key: 'recipient',
      header: 'گیرنده',
      value: (m) => m.partyName ?? m.number,
      print: (m) => [m.partyName, toPersianDigits(formatMobile(m.number))].filter(Boolean).join(' '),
      render: (m) => <Recipient name={m.partyName} number={m.number} />,
    },
    { key: 'text', header: 'متن', hidden: !showText, print: (m) => m.text, render: (m) => <span className="clamp">{m.text}</span> },
    {
      key: 'status',
      header: 'وضعیت',
      value: (m) => messagingLabels.outStatus[m.status],
      render: (m) => <span className={`status status--${m.status}`}>{messagingLabels.outStatus[m.status]}</span>,
    },
    {
      key: 'parts',
      header: 'بخش‌های ارسال‌شده',
      value: (m) => m.partsSent,
      print: (m) => `${count(m.partsSent)} از ${count(m.parts)}`,
      render: (m) => (
        <bdi>
          {count(m.partsSent)} از {count(m.parts)}
        </bdi>
      ),
    },
    { key: 'gateway', header: 'راه ارسال', value: (m) => messagingLabels.gateway[m.gateway] },
    { key: 'at', header: 'زمان', value: (m) => m.sentAt ?? m.createdAt, print: (m) => formatJalaliDateTime(m.sentAt ?? m.createdAt), render: (m) => <When at={m.sentAt ?? m.createdAt} /> },
    { key: 'error', header: 'خطا', value: (m) => (m.error ? smsErrorLabel(m.error) : null) },
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      hidden: !can('messaging.send'),
      render: (m) =>
        ACTIONABLE.has(m.status) ? (
          <div className="row-actions">
            <button type="button" className="button button--small" disabled={busyId === m.id} onClick={() => void act(m, 'resend')}>
              ارسال دوباره
            </button>
            <button type="button" className="button button--small button--danger-text" disabled={busyId === m.id} onClick={() => void act(m, 'dismiss')}>
              کنار گذاشتن
            </button>
          </div>
        ) : null,
    },
  ];

  return (
    <>
      {printout ? (
        <div className="subpage__tools">
          <PrintListButton title={printout.title} filterLine={printout.filterLine} columns={columns} rows={rows} />
        </div>
      ) : null}
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={(m) => m.id} emptyText={emptyText ?? 'پیامکی نیست.'} />
    </>
  );
}
