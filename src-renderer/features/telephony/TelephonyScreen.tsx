import { useId, type ReactNode } from 'react';
import { useSubpage } from '../../app/router';
import { useCan } from '../auth';
import { CallsPage } from './CallsPage';
import { SUBPAGES, subpagePath, type SubpageKey } from './paths';
import { SettingsPage } from './SettingsPage';

const PAGES: Record<SubpageKey, () => ReactNode> = {
  all: () => <CallsPage key="all" missedOnly={false} />,
  missed: () => <CallsPage key="missed" missedOnly />,
  settings: () => <SettingsPage />,
};

// «تماس‌ها» (#/calls/…): the call log, missed calls to call back, and the lines' settings.
export function TelephonyScreen({ rest }: { rest: readonly string[] }) {
  const titleId = useId();
  const can = useCan();
  const subpages = SUBPAGES.filter((page) => page.key !== 'settings' || can('settings.view'));
  const current = useSubpage(
    subpages.map((page) => page.key),
    rest[0],
    subpagePath,
  );

  const title = SUBPAGES.find((page) => page.key === current)!.title;
  return (
    <section className="page telephony" aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId} className="page__title">
          تماس‌ها
        </h1>
      </header>
      <nav className="subnav" aria-label="بخش‌های تماس‌ها">
        {subpages.map((page) => (
          <a key={page.key} className="subnav__link" href={`#${subpagePath(page.key)}`} aria-current={page.key === current ? 'page' : undefined}>
            {page.title}
          </a>
        ))}
      </nav>
      <h2 className="visually-hidden">{title}</h2>
      {PAGES[current]()}
    </section>
  );
}
