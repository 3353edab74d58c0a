import type { ReactNode } from 'react';
import { useSubpage } from '../../app/router';
import { SubpageScreen } from '../../ui';
import { useCan } from '../auth';
import { SUBPAGES, subpagePath, type SubpageKey } from './paths';
import { RegisterPage } from './RegisterPage';
import { RunPage } from './RunPage';
import { TemplateRoute } from './TemplateRoute';
import { TemplatesPage } from './TemplatesPage';
import './printing.css';

const PAGES: Record<SubpageKey, (rest: readonly string[]) => ReactNode> = {
  run: () => <RunPage />,
  templates: (rest) => (rest[1] === undefined ? <TemplatesPage /> : <TemplateRoute target={rest[1]} kind={rest[2]} />),
  register: () => <RegisterPage />,
};

// «چاپ و نامه» (#/printing/…): mail merge runs, the templates they print with, and the letters register.
export function PrintingScreen({ rest }: { rest: readonly string[] }) {
  const can = useCan();
  const subpages = SUBPAGES.filter((page) => page.permission === null || can(page.permission));
  const current = useSubpage(
    subpages.map((page) => page.key),
    rest[0],
    subpagePath,
  );
  return (
    <SubpageScreen title="چاپ و نامه" navLabel="بخش‌های چاپ و نامه" className="printing" subpages={subpages} current={current} pathOf={subpagePath}>
      {PAGES[current](rest)}
    </SubpageScreen>
  );
}
