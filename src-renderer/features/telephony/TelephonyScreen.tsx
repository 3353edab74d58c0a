import type { ReactNode } from 'react';
import { useSubpage } from '../../app/router';
import { SubpageScreen } from '../../ui';
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
  const can = useCan();
  const subpages = SUBPAGES.filter((page) => page.key !== 'settings' || can('settings.view'));
  const current = useSubpage(
    subpages.map((page) => page.key),
    rest[0],
    subpagePath,
  );

  return (
    <SubpageScreen title="تماس‌ها" navLabel="بخش‌های تماس‌ها" className="telephony" subpages={subpages} current={current} pathOf={subpagePath}>
      {PAGES[current]()}
    </SubpageScreen>
  );
}
