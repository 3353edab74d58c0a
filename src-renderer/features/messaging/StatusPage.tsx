import { useEffect } from 'react';
import { useGatewayStore } from './gateway-store';
import { count } from './format';
import { GatewayCard } from './GatewayCard';
import { ListError } from './ListError';
import { MessagingSettingsForm } from './MessagingSettingsForm';

// «وضعیت و تنظیمات»: both gateways as they are now (live on messaging.gatewayChanged), the queue, and the settings.
export function StatusPage() {
  const { status, settings, error, loadStatus, loadSettings, setWatching } = useGatewayStore();

  useEffect(() => {
    setWatching(true);
    void loadStatus();
    void loadSettings();
    return () => setWatching(false);
  }, [loadStatus, loadSettings, setWatching]);

  return (
    <>
      <ListError error={error} />
      {status ? (
        <div className="status-grid">
          <GatewayCard title="مودم" status={status.modem} />
          <GatewayCard title="سامانهٔ پیامکی" status={status.panel} />
          <section className="card" aria-label="صف ارسال">
            <h2 className="card__title">صف ارسال</h2>
            <dl className="facts">
              <dt>در صف</dt>
              <dd>{count(status.queued)}</dd>
              <dt>با وضعیت نامعلوم</dt>
              <dd>{count(status.unknown)}</dd>
              <dt>ارسال امروز مودم</dt>
              <dd>
                {count(status.modemSentToday)} از {count(status.modemDailyLimit)}
              </dd>
            </dl>
          </section>
        </div>
      ) : null}
      {settings ? <MessagingSettingsForm key={settings.version} settings={settings} /> : null}
    </>
  );
}
