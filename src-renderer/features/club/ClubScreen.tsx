import type { ReactNode } from 'react';
import { useSubpage } from '../../app/router';
import { SubpageScreen } from '../../ui';
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
  const can = useCan();
  const subpages = SUBPAGES.filter((page) => page.permission === null || can(page.permission));
  const current = useSubpage(
    subpages.map((page) => page.key),
    rest[0],
    subpagePath,
  );
  return (
    <SubpageScreen title="باشگاه مشتریان" navLabel="بخش‌های باشگاه" className="club" subpages={subpages} current={current} pathOf={subpagePath}>
      {PAGES[current](rest)}
    </SubpageScreen>
  );
}
