import { useEffect, useState } from 'react';
import type { Draw } from '../../../src-shared/api/club';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { call, messageOf } from '../../api/client';
import { ConfirmDialog, DataTable, toast, type Column } from '../../ui';
import { useCan } from '../auth';
import { count, isolate, ListError, Pager, When } from '../messaging';
import { useDrawsStore } from './club-lists';
import { memberPath } from './counter-store';
import { RunDrawDialog } from './RunDrawDialog';

// «قرعه‌کشی»: past draws, a new one, and one draw's winners with the seed anyone can check them by.
export function DrawsPage() {
  const can = useCan();
  const { rows, total, offset, error, load, setOffset, release } = useDrawsStore();
  const [shown, setShown] = useState<Draw | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    void load();
    return release;
  }, [load, release]);

  const columns: Column<Draw>[] = [
    {
      key: 'name',
      header: 'نام',
      value: (draw) => draw.name,
      render: (draw) => (
        <button type="button" className="link-button" onClick={() => setShown(draw)}>
          {draw.name}
        </button>
      ),
    },
    { key: 'at', header: 'زمان', value: (draw) => draw.runAt, render: (draw) => <When at={draw.runAt} /> },
    { key: 'criteria', header: 'شرکت‌کنندگان', value: (draw) => draw.criteriaLabel },
    { key: 'eligible', header: 'تعداد واجدان', value: (draw) => draw.eligibleCount },
    { key: 'winners', header: 'برندگان', value: (draw) => draw.winners.length },
    { key: 'by', header: 'اجرا به دست', value: (draw) => draw.runByName },
    { key: 'announced', header: 'اعلام', value: (draw) => draw.announcedAt, render: (draw) => (draw.announcedAt ? <When at={draw.announcedAt} /> : 'اعلام نشده') },
  ];

  return (
    <>
      <div className="filters-row">
        <p className="muted">
          قرعه‌کشی‌ها: <bdi>{count(total)}</bdi>
        </p>
        <span className="frame__spacer" />
        {can('club.edit') ? (
          <button type="button" className="button button--primary" onClick={() => setRunning(true)}>
            قرعه‌کشی جدید
          </button>
        ) : null}
      </div>
      {shown ? <DrawDetails key={shown.id} draw={shown} onChanged={setShown} /> : null}
      <ListError error={error} />
      <DataTable caption="قرعه‌کشی‌ها" columns={columns} rows={rows} rowKey={(draw) => draw.id} emptyText="هنوز قرعه‌کشی‌ای انجام نشده است." />
      <Pager offset={offset} total={total} onOffset={(next) => void setOffset(next)} />
      {running ? (
        <RunDrawDialog
          onDrawn={(draw) => {
            setShown(draw);
            void load();
          }}
          onClose={() => setRunning(false)}
        />
      ) : null}
    </>
  );
}

type Verification = { same: boolean } | null;

function DrawDetails({ draw, onChanged }: { draw: Draw; onChanged(draw: Draw): void }) {
  const can = useCan();
  const [verification, setVerification] = useState<Verification>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);

  const verify = async () => {
    setBusy(true);
    try {
      setVerification(await call('club.verifyDraw', { id: draw.id }));
    } catch (failure) {
      toast.error(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const announce = async () => {
    setBusy(true);
    setConfirmError(null);
    try {
      const { messages } = await call('club.announceDraw', { id: draw.id });
      toast.success(`${isolate(count(messages))} پیامک به برندگان در صف ارسال قرار گرفت.`);
      setConfirming(false);
      onChanged(await call('club.getDraw', { id: draw.id }));
    } catch (failure) {
      setConfirmError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card club-draw" aria-label={`قرعه‌کشی ${draw.name}`}>
      <h2 className="card__title">{draw.name}</h2>
      <p className="club-draw__facts">
        <span>
          زمان: <When at={draw.runAt} />
        </span>
        <span>شرکت‌کنندگان: {draw.criteriaLabel}</span>
        <span>
          واجدان شرایط: <bdi data-field="eligible">{count(draw.eligibleCount)}</bdi>
        </span>
        <span>
          دانه: <bdi dir="ltr" data-field="seed">{draw.seed}</bdi>
        </span>
      </p>
      <ol className="club-draw__winners" aria-label="برندگان">
        {draw.winners.map((winner) => (
          <li key={winner.memberId}>
            <a href={`#${memberPath(winner.memberId)}`}>{winner.name}</a> <span className="muted">(شمارهٔ عضویت <bdi>{toPersianDigits(winner.membershipNumber)}</bdi>)</span>
          </li>
        ))}
      </ol>
      {verification ? (
        <p className={verification.same ? 'club-verified' : 'form-error'} role="status" data-field="verification">
          {verification.same
            ? 'بررسی شد: قرعه‌کشی دوباره با همین دانه و همین فهرست واجدان، همین برندگان را داد.'
            : 'هشدار: قرعه‌کشی دوباره با دانهٔ ذخیره‌شده برندگان دیگری داد؛ این قرعه‌کشی را به مدیر گزارش کنید.'}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void verify()}>
          بررسی دوباره
        </button>
        {can('club.send') ? (
          <button type="button" className="button button--primary" disabled={busy || draw.announcedAt !== null} onClick={() => setConfirming(true)}>
            {draw.announcedAt !== null ? 'اعلام شده است' : 'اعلام به برندگان'}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          title="اعلام به برندگان"
          message={`به ${isolate(count(draw.winners.length))} برنده پیامک «برندهٔ قرعه‌کشی» فرستاده شود؟ این پیامک‌ها پس گرفته نمی‌شوند.`}
          confirmLabel="بفرست"
          busy={busy}
          error={confirmError}
          onConfirm={() => void announce()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
