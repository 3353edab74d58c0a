import { useEffect, useState } from 'react';
import type { Call } from '../../../src-shared/api/telephony';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { telephonyLabels } from '../../../src-shared/i18n/ui-fa-telephony';
import { call, messageOf } from '../../api/client';
import { navigate } from '../../app/router';
import { DataTable, toast, type Column } from '../../ui';
import { useCan } from '../auth';
import { ListError, Pager, When } from '../messaging';
import { recordPath } from '../parties';
import { callFollowUp, NewTaskButton } from '../tasks';
import { useCallsStore, useMissedCallsStore, useMissedCountStore } from './calls-store';
import { dial, useCanDial } from './DialButton';
import { CallNumber, numberText } from './format';

// The caller's record: a call names its party but not whether it is a person or a company, so the card says.
function PartyLink({ call: row }: { call: Call }) {
  if (row.partyId === null || row.partyName === null) return <span className="muted">ناشناس</span>;
  const open = async () => {
    try {
      const party = (await call('telephony.callerCard', { id: row.id })).party;
      if (party) navigate(recordPath(party.kind, party.id));
    } catch (failure) {
      toast.error(messageOf(failure));
    }
  };
  return (
    <button type="button" className="link-button" onClick={() => void open()}>
      {row.partyName}
    </button>
  );
}

// «همهٔ تماس‌ها» and «تماس‌های بی‌پاسخ»: the call log, newest first; missed calls can be called back from here.
export function CallsPage({ missedOnly }: { missedOnly: boolean }) {
  const store = missedOnly ? useMissedCallsStore : useCallsStore;
  const { rows, total, offset, error, load, setOffset, release } = store();
  const canDial = useCanDial();
  const can = useCan();
  const [busyId, setBusyId] = useState<number | null>(null);

  useEffect(() => {
    void load();
    return release;
  }, [load, release]);

  const callBack = async (row: Call) => {
    if (row.number === null) return;
    setBusyId(row.id);
    try {
      if (await dial(row.number, row.partyId, row.partyName ?? numberText(row))) {
        await call('telephony.markCalledBack', { id: row.id });
        await Promise.all([load(), useMissedCountStore.getState().load()]);
      }
    } catch (failure) {
      toast.error(messageOf(failure));
    } finally {
      setBusyId(null);
    }
  };

  const columns: Column<Call>[] = [
    { key: 'at', header: 'زمان', value: (row) => row.startedAt, render: (row) => <When at={row.startedAt} /> },
    { key: 'line', header: 'خط', value: (row) => row.lineName },
    { key: 'direction', header: 'جهت', value: (row) => telephonyLabels.direction[row.direction] },
    {
      key: 'state',
      header: 'وضعیت',
      value: (row) => telephonyLabels.callState[row.state],
      render: (row) => <span className={`status status--call-${row.state}`}>{telephonyLabels.callState[row.state]}</span>,
    },
    { key: 'number', header: 'شماره', value: (row) => row.number, render: (row) => <CallNumber call={row} /> },
    { key: 'name', header: 'نام', value: (row) => row.partyName, render: (row) => <PartyLink call={row} /> },
    { key: 'user', header: missedOnly ? 'کاربر' : 'پاسخ‌دهنده / تماس‌گیرنده', value: (row) => row.userName },
    { key: 'rings', header: 'تعداد زنگ', value: (row) => row.rings },
    {
      key: 'calledBack',
      header: 'تماس دوباره',
      hidden: !missedOnly,
      value: (row) => row.calledBack,
      render: (row) =>
        row.calledBack ? (
          <span className="badge badge--active">گرفته شد</span>
        ) : canDial && row.number !== null ? (
          <button
            type="button"
            className="button button--small"
            disabled={busyId === row.id}
            aria-label={`تماس دوباره با \u2068${row.partyName ?? numberText(row)}\u2069`}
            onClick={() => void callBack(row)}
          >
            تماس دوباره
          </button>
        ) : (
          '—'
        ),
    },
    {
      key: 'task',
      header: 'پیگیری',
      hidden: !missedOnly || !can('tasks.create'),
      render: (row) => (
        <NewTaskButton
          prefill={callFollowUp(row.partyId !== null && row.partyName !== null ? { id: row.partyId, name: row.partyName } : null, row.partyName ?? numberText(row))}
          ariaLabel={`کار جدید برای تماس \u2068${row.partyName ?? numberText(row)}\u2069`}
        />
      ),
    },
  ];

  return (
    <>
      <p className="muted">
        {missedOnly ? 'تماس‌هایی که کسی پاسخ نداده است' : 'همهٔ تماس‌های ورودی و خروجی'}: <bdi>{toPersianDigits(total)}</bdi>
      </p>
      <ListError error={error} />
      <DataTable
        caption={missedOnly ? 'تماس‌های بی‌پاسخ' : 'همهٔ تماس‌ها'}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        rowClassName={(row) => (missedOnly && !row.calledBack ? 'row--unread' : undefined)}
        emptyText={missedOnly ? 'تماس بی‌پاسخی نیست.' : 'هنوز تماسی ثبت نشده است.'}
      />
      <Pager offset={offset} total={total} onOffset={(next) => void setOffset(next)} />
    </>
  );
}
