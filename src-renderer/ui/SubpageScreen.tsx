import { useId, type ReactNode } from 'react';

interface SubpageScreenProps<K extends string> {
  title: string;
  // The bar's accessible name: «بخش‌های چاپ و نامه».
  navLabel: string;
  className: string;
  // Only those this user may open.
  subpages: readonly { key: K; title: string }[];
  current: K;
  pathOf(key: K): string;
  children: ReactNode;
}

// A screen whose subpages each have their own path (#/printing/templates): its title, the bar of subpages, the
// current one. The screen picks `current` with app/router's useSubpage.
export function SubpageScreen<K extends string>({ title, navLabel, className, subpages, current, pathOf, children }: SubpageScreenProps<K>) {
  const titleId = useId();
  return (
    <section className={`page ${className}`} aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId} className="page__title">
          {title}
        </h1>
      </header>
      <nav className="subnav" aria-label={navLabel}>
        {subpages.map((page) => (
          <a key={page.key} className="subnav__link" href={`#${pathOf(page.key)}`} aria-current={page.key === current ? 'page' : undefined}>
            {page.title}
          </a>
        ))}
      </nav>
      <h2 className="visually-hidden">{subpages.find((page) => page.key === current)?.title}</h2>
      {children}
    </section>
  );
}
