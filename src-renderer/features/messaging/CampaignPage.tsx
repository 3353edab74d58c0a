import { useEffect, useState } from 'react';
import type { Campaign } from '../../../src-shared/api/messaging';
import { EXPORT_FORMATS } from '../../../src-shared/api/parties';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { call, messageOf } from '../../api/client';
import { ConfirmDialog, toast } from '../../ui';
import { useCan } from '../auth';
import { FileMenu } from '../exports';
import { useCampaignRecipientsStore, useCampaignStore } from './campaigns-store';
import { CampaignProgress } from './CampaignProgress';
import { count, When } from './format';
import { ListError } from './ListError';
import { OutboxTable } from './OutboxTable';
import { Pager } from './Pager';
import { subpagePath } from './paths';

type Control = 'pause' | 'resume' | 'cancel';
const CONTROL_METHOD = { pause: 'messaging.pauseCampaign', resume: 'messaging.resumeCampaign', cancel: 'messaging.cancelCampaign' } as const;
const CONTROL_DONE: Record<Control, string> = { pause: 'ارسال متوقف شد.', resume: 'ارسال ادامه یافت.', cancel: 'ارسال گروهی لغو شد.' };

function Controls({ campaign }: { campaign: Campaign }) {
  const can = useCan();
  const reload = useCampaignStore((state) => state.reload);
  const [busy, setBusy] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!can('messaging.send') || campaign.status === 'done' || campaign.status === 'cancelled') return null;

  const run = async (control: Control) => {
    setBusy(true);
    setError(null);
    try {
      await call(CONTROL_METHOD[control], { id: campaign.id });
      toast.success(CONTROL_DONE[control]);
      setConfirmCancel(false);
      await reload();
    } catch (failure) {
      if (control === 'cancel') setError(messageOf(failure));
      else toast.error(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="row-actions" role="group" aria-label="کنترل ارسال">
      {campaign.status === 'running' ? (
        <button type="button" className="button" disabled={busy} onClick={() => void run('pause')}>
          توقف موقت
        </button>
      ) : (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void run('resume')}>
          ادامهٔ ارسال
        </button>
      )}
      <button type="button" className="button button--danger-text" disabled={busy} onClick={() => setConfirmCancel(true)}>
        لغو ارسال
      </button>
      {confirmCancel ? (
        <ConfirmDialog
          title="لغو ارسال گروهی"
          message={<p>پیامک‌هایی که هنوز فرستاده نشده‌اند ({count(campaign.counts.queued)} پیامک در صف) لغو شوند؟ پیامک‌های فرستاده‌شده برنمی‌گردند.</p>}
          confirmLabel="لغو ارسال"
          cancelLabel="بازگشت"
          danger
          busy={busy}
          error={error}
          onConfirm={() => void run('cancel')}
          onCancel={() => setConfirmCancel(false)}
        />
      ) : null}
    </div>
  );
}

// The per-recipient report as a file.
function CampaignReport({ id }: { id: number }) {
  const can = useCan();
  return (
    <FileMenu
      choices={can('messaging.export') ? EXPORT_FORMATS : []}
      make={(format) => call('messaging.exportCampaign', { id, format })}
      subject="گزارش ارسال"
    />
  );
}

// One campaign: live progress (reloaded on messaging.outboxChanged), pause / resume / cancel, and its recipients.
export function CampaignPage({ id }: { id: number }) {
  const { campaign, error, open, close } = useCampaignStore();
  const recipients = useCampaignRecipientsStore();
  const { setFilter, release } = recipients;

  useEffect(() => {
    void open(id);
    void setFilter({ campaignId: id });
    return () => {
      close();
      release();
    };
  }, [id, open, close, setFilter, release]);

  const shown = campaign?.id === id ? campaign : null;
  return (
    <div className="campaign">
      <p>
        <a href={`#${subpagePath('campaigns')}`}>→ همهٔ ارسال‌های گروهی</a>
      </p>
      <ListError error={error} />
      {shown ? (
        <>
          <section className="card campaign__card" aria-labelledby="campaign-title">
            <header className="campaign__header">
              <div>
                <h2 id="campaign-title" className="card__title">
                  {shown.name}
                </h2>
                <p className="muted">
                  {shown.audienceLabel} · {messagingLabels.gateway[shown.gateway]} · <When at={shown.createdAt} />
                </p>
              </div>
              <span className={`badge campaign__status campaign__status--${shown.status}`} data-testid="campaign-status">
                {messagingLabels.campaignStatus[shown.status]}
              </span>
            </header>
            <CampaignProgress campaign={shown} />
            <p className="campaign__body">{shown.body}</p>
            {shown.excluded.duplicates + shown.excluded.optedOut + shown.excluded.noMobile > 0 ? (
              <p className="muted">
                کنار گذاشته: {count(shown.excluded.duplicates)} تکراری، {count(shown.excluded.optedOut)} انصراف‌داده، {count(shown.excluded.noMobile)} بدون
                شمارهٔ همراه.
              </p>
            ) : null}
            <div className="campaign__actions">
              <Controls campaign={shown} />
              <CampaignReport id={shown.id} />
            </div>
          </section>
          <ListError error={recipients.error} />
          <OutboxTable
            caption="گیرندگان این ارسال"
            rows={recipients.rows}
            showText={false}
            onChanged={() => void recipients.load()}
            emptyText="هنوز گیرنده‌ای نیست."
          />
          <Pager offset={recipients.offset} total={recipients.total} onOffset={(next) => void recipients.setOffset(next)} />
        </>
      ) : null}
    </div>
  );
}
