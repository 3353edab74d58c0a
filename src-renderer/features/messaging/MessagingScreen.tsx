import { useId, type ReactNode } from 'react';
import { useSubpage } from '../../app/router';
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
  const titleId = useId();
  const can = useCan();
  const subpages = SUBPAGES.filter((page) => page.key !== 'compose' || can('messaging.send'));
  const current = useSubpage(
    subpages.map((page) => page.key),
    rest[0],
    subpagePath,
  );
  const campaignId = current === 'campaigns' && rest[1] ? Number(rest[1]) : null;

  const title = SUBPAGES.find((page) => page.key === current)!.title;
  return (
    <section className="page messaging" aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId} className="page__title">
          پیامک
        </h1>
      </header>
      <nav className="subnav" aria-label="بخش‌های پیامک">
        {subpages.map((page) => (
          <a key={page.key} className="subnav__link" href={`#${subpagePath(page.key)}`} aria-current={page.key === current ? 'page' : undefined}>
            {page.title}
          </a>
        ))}
      </nav>
      <h2 className="visually-hidden">{title}</h2>
      {campaignId !== null && Number.isInteger(campaignId) ? <CampaignPage id={campaignId} /> : PAGES[current]()}
    </section>
  );
}
