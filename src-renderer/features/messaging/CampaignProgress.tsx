import type { Campaign } from '../../../src-shared/api/messaging';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { doneOf } from './CampaignsPage';
import { count } from './format';

const SHOWN = ['queued', 'sending', 'sent', 'delivered', 'failed', 'unknown', 'cancelled'] as const;

// The bar (messages whose fate is settled, of all) and one count per status.
export function CampaignProgress({ campaign }: { campaign: Campaign }) {
  const done = doneOf(campaign);
  return (
    <div className="campaign-progress">
      <div className="campaign-progress__head">
        <span className="campaign-progress__label">پیشرفت ارسال</span>
        <span className="muted">
          {count(done)} از {count(campaign.recipients)} گیرنده
        </span>
      </div>
      <progress className="campaign-progress__bar" aria-label="پیشرفت ارسال" max={Math.max(1, campaign.recipients)} value={done} />
      <dl className="counts" aria-label="شمار پیامک‌ها بر پایهٔ وضعیت">
        {SHOWN.map((status) => (
          <div key={status} className={`counts__item status--${status}`}>
            <dt>{messagingLabels.outStatus[status]}</dt>
            <dd data-status={status}>{count(campaign.counts[status])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
