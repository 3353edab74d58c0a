import { useEffect, useState } from 'react';
import { ChangePasswordDialog, hasPermission, useSessionStore } from '../features/auth';
import { CardScanListener } from '../features/club';
import { NotificationBell } from '../features/notifications';
import { SearchBox } from '../features/search';
import { DiallingBar, IncomingCalls } from '../features/telephony';
import { NewTaskDialogHost } from '../features/tasks';
import { useEventsState, useLiveUpdates } from './live-updates';
import { navigate, useRoutePath } from './router';
import { menuOf, screenAt, screensFor } from './routes';

const LIVE_LABELS = {
  ready: 'به‌روزرسانی زنده: متصل',
  connecting: 'به‌روزرسانی زنده: در حال اتصال',
  offline: 'به‌روزرسانی زنده: قطع',
} as const;

function LiveStatus() {
  const state = useEventsState();
  return (
    <span className={`live live--${state}`} role="status" aria-label={LIVE_LABELS[state]} title={LIVE_LABELS[state]}>
      <span className="live__dot" aria-hidden="true" />
      <span className="live__text" aria-hidden="true">
        {state === 'ready' ? 'زنده' : state === 'connecting' ? 'در حال اتصال…' : 'قطع'}
      </span>
    </span>
  );
}

export function Frame() {
  const user = useSessionStore((state) => state.user);
  const officeName = useSessionStore((state) => state.officeName);
  const logout = useSessionStore((state) => state.logout);
  const path = useRoutePath();
  const [changingPassword, setChangingPassword] = useState(false);
  useLiveUpdates(user?.id ?? null);

  const allowed = screensFor(user);
  const match = screenAt(path);
  const screen = match?.screen;
  const mayOpen = screen ? allowed.includes(screen) : false;

  useEffect(() => {
    document.title = screen && mayOpen ? `${screen.title} — پیوند` : 'پیوند';
  }, [screen, mayOpen]);

  return (
    <div className="frame">
      <header className="frame__header">
        <a className="brand" href="#/">
          <span className="brand__mark" aria-hidden="true">
            پ
          </span>
          <span className="brand__name">پیوند</span>
        </a>
        {officeName ? <span className="frame__office">{officeName}</span> : null}
        <SearchBox />
        <span className="frame__spacer" />
        <LiveStatus />
        <NotificationBell onOpenPath={navigate} />
        <span className="frame__user" aria-label="کاربر واردشده">
          {user?.displayName}
        </span>
        <button type="button" className="button button--small button--ghost" onClick={() => setChangingPassword(true)}>
          تغییر رمز عبور
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => void logout()}>
          خروج
        </button>
      </header>
      <nav className="frame__nav" aria-label="بخش‌های برنامه">
        <ul className="nav-list">
          {menuOf(allowed).map((item) => (
            <li key={item.path}>
              <a
                className="nav-list__link"
                href={`#${item.path}`}
                aria-current={item.path === screen?.path ? 'page' : undefined}
              >
                <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                  <path fill="currentColor" d={item.icon} />
                </svg>
                {item.title}
                {item.badge?.()}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="frame__main">
        {screen && mayOpen ? (
          screen.render({ screens: allowed, rest: match?.rest ?? [] })
        ) : (
          <section className="page">
            <h1 className="page__title">{screen ? 'دسترسی ندارید' : 'صفحه پیدا نشد'}</h1>
            <p className="notice" role="alert">
              {screen
                ? `شما اجازهٔ باز کردن «${screen.title}» را ندارید. اگر به آن نیاز دارید، از مدیر سیستم بخواهید دسترسی لازم را به شما بدهد.`
                : 'این نشانی در پیوند وجود ندارد. از فهرست کنار صفحه بخش مورد نظر را انتخاب کنید.'}
            </p>
            <a className="button" href="#/">
              بازگشت به خانه
            </a>
          </section>
        )}
      </main>
      {changingPassword ? <ChangePasswordDialog onClose={() => setChangingPassword(false)} /> : null}
      {user && hasPermission(user, 'telephony.view') ? (
        <>
          <IncomingCalls />
          <DiallingBar />
        </>
      ) : null}
      {user && hasPermission(user, 'tasks.create') ? <NewTaskDialogHost /> : null}
      {user && hasPermission(user, 'club.view') ? <CardScanListener /> : null}
    </div>
  );
}
