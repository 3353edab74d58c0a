import type { GatewayStatus } from '../../../src-shared/api/messaging';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { Bdi } from '../../ui';
import { count } from './format';

// dBm → 0…4 bars, roughly as phones draw them.
function barsOf(dbm: number): number {
  if (dbm >= -75) return 4;
  if (dbm >= -85) return 3;
  if (dbm >= -95) return 2;
  if (dbm >= -105) return 1;
  return 0;
}

function Signal({ dbm }: { dbm: number }) {
  const bars = barsOf(dbm);
  return (
    <span className="signal" aria-label={`${toPersianDigits(bars)} خط از ۴`}>
      <span className="signal__bars" aria-hidden="true">
        {[1, 2, 3, 4].map((bar) => (
          <span key={bar} className={bar <= bars ? 'signal__bar signal__bar--on' : 'signal__bar'} style={{ blockSize: `${bar * 4 + 2}px` }} />
        ))}
      </span>
      <Bdi ltr>{toPersianDigits(`${dbm} dBm`)}</Bdi>
    </span>
  );
}

// One gateway (the modem or the panel): its state, what is wrong in Persian, and what it knows of itself.
export function GatewayCard({ title, status }: { title: string; status: GatewayStatus | null }) {
  const state = status?.state ?? 'off';
  return (
    <section className="card gateway" aria-label={title}>
      <header className="gateway__header">
        <h2 className="card__title">{title}</h2>
        <span className={`badge gateway__state gateway__state--${state}`}>{messagingLabels.gatewayState[state]}</span>
      </header>
      {status?.problem ? (
        <p className="notice" role="status">
          {messagingLabels.problem[status.problem] ?? status.problem}
        </p>
      ) : null}
      {!status ? <p className="muted">تنظیم نشده یا خاموش است.</p> : null}
      {status ? (
        <dl className="facts">
          {status.path ? (
            <>
              <dt>درگاه</dt>
              <dd>
                <Bdi ltr>{status.path}</Bdi>
              </dd>
            </>
          ) : null}
          {status.manufacturer || status.model ? (
            <>
              <dt>سازنده و مدل</dt>
              <dd>
                <Bdi ltr>{[status.manufacturer, status.model].filter(Boolean).join(' ')}</Bdi>
              </dd>
            </>
          ) : null}
          {status.operator ? (
            <>
              <dt>اپراتور</dt>
              <dd>
                <Bdi>{status.operator}</Bdi>
              </dd>
            </>
          ) : null}
          {status.signalDbm !== null ? (
            <>
              <dt>قدرت سیگنال</dt>
              <dd>
                <Signal dbm={status.signalDbm} />
              </dd>
            </>
          ) : null}
          {status.storage ? (
            <>
              <dt>حافظهٔ سیم‌کارت</dt>
              <dd>
                {count(status.storage.used)} از {count(status.storage.total)} پیامک
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}
