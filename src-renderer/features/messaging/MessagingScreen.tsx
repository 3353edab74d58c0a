import type { ReactNode } from 'react';
import { useSubpage } from '../../app/router';
import { SubpageScreen } from '../../ui';
import { useCan } from '../auth';
import { CampaignPage } from './CampaignPage';
import { CampaignsPage } from './CampaignsPage';
import { ComposePage } from './ComposePage';
import { InboxPage } from './InboxPage';
import { OptOutsPage } from './OptOutsPage';
import { OutboxPage } from './OutboxPage';
import { SUBPAGES, subpagePath, type SubpageKey } from './paths';
import { RulesPage } from './RulesPage';
import { SmsTemplatesPage } from './SmsTemplatesPage';
import { StatusPage } from './StatusPage';
import './messaging.css';

const PAGES: Record<SubpageKey, () => ReactNode> = {
  compose: () => <ComposePage />,
  campaigns: () => <CampaignsPage />,
  outbox: () => <OutboxPage />,
  inbox: () => <InboxPage />,
  templates: () => <SmsTemplatesPage />,
  rules: () => <RulesPage />,
  'opt-outs': () => <OptOutsPage />,
  status: () => <StatusPage />,
};

// «پیامک» (#/messaging/…): a bar of subpages, each its own path so a campaign's page can be linked to.
export function MessagingScreen({ rest }: { rest: readonly string[] }) {
  const can = useCan();
  const subpages = SUBPAGES.filter((page) => page.key !== 'compose' || can('messaging.send'));
  const current = useSubpage(
    subpages.map((page) => page.key),
    rest[0],
    subpagePath,
  );
  const campaignId = current === 'campaigns' && rest[1] ? Number(rest[1]) : null;

  return (
    <SubpageScreen title="پیامک" navLabel="بخش‌های پیامک" className="messaging" subpages={subpages} current={current} pathOf={subpagePath}>
      {campaignId !== null && Number.isInteger(campaignId) ? <CampaignPage id={campaignId} /> : PAGES[current]()}
    </SubpageScreen>
  );
}
