import { memo, useEffect, useState } from 'react';
import type { MemberPanel } from '../../../src-shared/api/club';
import type { Output } from '../../../src-shared/api/contract';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { call, messageOf } from '../../api/client';
import { count } from '../messaging';
import { Day, Money } from './format';

type MemberValue = Output<'club.memberValue'>;

// «۲٫۵»: one decimal is enough for purchases a year and expected years.
function decimal(value: number): string {
  return count(Math.round(value * 10) / 10).replace('.', '٫');
}

// «ارزش مشتری»: lifetime value, how often and how much they buy, and the RFM segment in plain Persian.
// Read again whenever the panel is (after a purchase the figures move). Memoised: it renders when the panel changes.
export const MemberValueCard = memo(function MemberValueCard({ panel }: { panel: MemberPanel }) {
  const [value, setValue] = useState<MemberValue | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('club.memberValue', { memberId: panel.id })
      .then((found) => live && setValue(found))
      .catch((failure: unknown) => live && setError(messageOf(failure)));
    return () => {
      live = false;
    };
  }, [panel]);

  return (
    <section className="card club-value" aria-label="ارزش مشتری">
      <h2 className="card__title">ارزش مشتری</h2>
      {error ? <p className="form-error">{error}</p> : null}
      {value ? (
        <dl className="club-value__grid">
          <div>
            <dt>ارزش طول عمر (CLV)</dt>
            <dd data-field="clv">
              <Money rials={value.lifetimeValueRials} />
            </dd>
          </div>
          <div>
            <dt>بخش RFM</dt>
            <dd data-field="rfm">{value.rfm ? <span className={`badge club-rfm club-rfm--${value.rfm.segment}`}>{clubLabels.rfm[value.rfm.segment]}</span> : '—'}</dd>
          </div>
          <div>
            <dt>تعداد خرید</dt>
            <dd>{count(value.purchases)}</dd>
          </div>
          <div>
            <dt>خرید در سال</dt>
            <dd>
              <bdi>{decimal(value.frequencyPerYear)}</bdi>
            </dd>
          </div>
          <div>
            <dt>میانگین خرید</dt>
            <dd>
              <Money rials={value.averagePurchaseRials} />
            </dd>
          </div>
          <div>
            <dt>جمع خرید</dt>
            <dd>
              <Money rials={value.spentRials} />
            </dd>
          </div>
          <div>
            <dt>سال‌های پیش‌بینی‌شدهٔ عضویت</dt>
            <dd>
              <bdi>{decimal(value.retentionYears)}</bdi>
            </dd>
          </div>
          <div>
            <dt>آخرین خرید</dt>
            <dd>
              <Day at={value.lastPurchaseAt} />
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
});
