import { useId, type ReactNode } from 'react';
import { useSubpage } from '../../app/router';
import { useCan } from '../auth';
import { CounterPage } from './CounterPage';
import { DrawsPage } from './DrawsPage';
import { MembersPage } from './MembersPage';
import { SUBPAGES, subpagePath, type SubpageKey } from './paths';
import { ReportsPage } from './ReportsPage';
import { ClubSettingsPage } from './ClubSettingsPage';

const PAGES: Record<SubpageKey, (rest: readonly string[]) => ReactNode> = {
  counter: (rest) => <CounterPage memberId={rest[1] && /^\d+$/.test(rest[1]) ? Number(rest[1]) : null} />,
  members: () => <MembersPage />,
  draws: () => <DrawsPage />,
  reports: () => <ReportsPage />,
  settings: () => <ClubSettingsPage />,
};

// «باشگاه مشتریان» (#/club/…): the counter, the members, draws, reports and the club's settings.
export function ClubScreen({ rest }: { rest: readonly string[] }) {
  const titleId = useId();
  const can = useCan();
  const subpages = SUBPAGES.filter((page) => page.permission === null || can(page.permission));
  const current = useSubpage(
    subpages.map((page) => page.key),
    rest[0],
    subpagePath,
  );
  const title = SUBPAGES.find((page) => page.key === current)!.title;
  return (
    <section className="page club" aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId} className="page__title">
          باشگاه مشتریان
        </h1>
      </header>
      <nav className="subnav" aria-label="بخش‌های باشگاه">
        {subpages.map((page) => (
          <a key={page.key} className="subnav__link" href={`#${subpagePath(page.key)}`} aria-current={page.key === current ? 'page' : undefined}>
            {page.title}
          </a>
        ))}
      </nav>
      <h2 className="visually-hidden">{title}</h2>
      {PAGES[current](rest)}
    </section>
  );
}
