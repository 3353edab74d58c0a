import type { ReactNode } from 'react';
import { formatJalaliDate, todayIsoDate, weekdayIndexFromSaturday, WEEKDAYS_FROM_SATURDAY } from '../../../src-shared/domain/jalali';
import { useSessionStore } from '../auth';

export interface HomeLink {
  path: string;
  title: string;
  description: string;
}

export function HomePage({ links, children }: { links: HomeLink[]; children?: ReactNode }) {
  const officeName = useSessionStore((state) => state.officeName);
  const user = useSessionStore((state) => state.user);
  const today = todayIsoDate();
  const weekday = WEEKDAYS_FROM_SATURDAY[weekdayIndexFromSaturday(today)];

  return (
    <section className="page home" aria-labelledby="home-title">
      <header className="home__hero card">
        <p className="home__office">{officeName ?? 'پیوند'}</p>
        <h1 id="home-title" className="page__title">
          {user ? `${user.displayName}، خوش آمدید` : 'خوش آمدید'}
        </h1>
        <p className="home__today">
          امروز <time dateTime={today}>{`${weekday} ${formatJalaliDate(today, 'long')}`}</time>
        </p>
      </header>
      {links.length > 0 ? (
        <nav className="home__links" aria-label="دسترسی سریع">
          {links.map((link) => (
            <a key={link.path} className="card home__link" href={`#${link.path}`}>
              <span className="home__link-title">{link.title}</span>
              <span className="home__link-text">{link.description}</span>
            </a>
          ))}
        </nav>
      ) : null}
      {children}
    </section>
  );
}
