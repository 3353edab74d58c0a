import { useState } from 'react';
import type { z } from 'zod';
import type { NightlySummary } from '../../../src-shared/api/club';
import { call, messageOf } from '../../api/client';
import { ConfirmDialog, toast } from '../../ui';
import { count } from '../messaging';

type Summary = z.infer<typeof NightlySummary>;

function describe(summary: Summary): string {
  return [
    `${count(summary.expiredPoints)} امتیاز از ${count(summary.expiredMembers)} عضو منقضی شد`,
    `${count(summary.expiryNotices)} پیامک هشدار انقضا`,
    `${count(summary.birthdays)} تولد`,
    `${count(summary.downgrades)} تغییر سطح در پایان دوره`,
    `${count(summary.lapsedMemberships)} عضویت پایان‌یافته`,
  ].join('، ');
}

// The nightly run starts by itself once a day; after changing rules an admin may want it now.
export function NightlyRunCard() {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<Summary | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      const summary = await call('club.runNightly', {});
      setLast(summary);
      toast.success('کارهای شبانهٔ باشگاه انجام شد.');
    } catch (failure) {
      toast.error(messageOf(failure));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <section className="card club-config" aria-label="کارهای شبانه">
      <h2 className="card__title">کارهای شبانه</h2>
      <p className="muted">انقضای امتیازها، پیامک هشدار انقضا، امتیاز و تبریک تولد، بازبینی سطح‌ها و پایان عضویت‌ها هر شب پس از ساعت ۱ خودبه‌خود انجام می‌شود.</p>
      {last ? <p>{describe(last)}.</p> : null}
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => setConfirming(true)}>
          اجرای اکنون
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title="اجرای کارهای شبانه"
          message="امتیازهای سررسیده منقضی و پیامک‌های هشدار و تبریک فرستاده می‌شوند. ادامه می‌دهید؟"
          confirmLabel="اجرا"
          busy={busy}
          onConfirm={() => void run()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
