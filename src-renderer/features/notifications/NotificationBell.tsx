import { useEffect, useRef, useState } from 'react';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { lateNote } from './notification-items';
import { selectUnreadCount, useNotificationsStore } from './notifications-store';

// The bell in the frame header: unread count, and a panel with what the core told this user (tasks, reminders,
// meetings, occasions) and the latest changes by other users.
export function NotificationBell({ onOpenPath }: { onOpenPath: (path: string) => void }) {
  const items = useNotificationsStore((state) => state.items);
  const unread = useNotificationsStore(selectUnreadCount);
  const load = useNotificationsStore((state) => state.load);
  const markRead = useNotificationsStore((state) => state.markRead);
  const markAllRead = useNotificationsStore((state) => state.markAllRead);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  // Mounted once signed in: what was told while this user was away is waiting in the core.
  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const label = unread > 0 ? `اعلان‌ها، ${toPersianDigits(unread)} خوانده‌نشده` : 'اعلان‌ها';

  return (
    <div className="bell" ref={root} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className="icon-button bell__button"
        aria-label={label}
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => {
          // Read on another PC meanwhile? The core's list says.
          if (!open) void load();
          setOpen(!open);
        }}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 ? (
          <span className="bell__count" aria-hidden="true">
            {toPersianDigits(unread > 99 ? '99+' : unread)}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="bell__panel" role="dialog" aria-label="اعلان‌ها">
          <header className="bell__header">
            <h2 className="bell__title">اعلان‌ها</h2>
            {unread > 0 ? (
              <button type="button" className="button button--small" onClick={markAllRead}>
                همه خوانده شد
              </button>
            ) : null}
          </header>
          {items.length === 0 ? (
            <p className="muted bell__empty">اعلان تازه‌ای نیست.</p>
          ) : (
            <ul className="bell__list" aria-label="فهرست اعلان‌ها">
              {items.map((item) => (
                <li key={item.key} className={item.read ? 'bell__item' : 'bell__item bell__item--unread'}>
                  <button
                    type="button"
                    className="bell__item-button"
                    onClick={() => {
                      markRead(item.key);
                      if (item.path) {
                        setOpen(false);
                        onOpenPath(item.path);
                      }
                    }}
                  >
                    <span className="bell__text">
                      {item.read ? null : <span className="visually-hidden">خوانده‌نشده: </span>}
                      {item.text}
                    </span>
                    {item.late ? <span className="bell__late">{lateNote(item)}</span> : null}
                    <span className="bell__time">
                      <bdi>{formatJalaliDateTime(item.at)}</bdi>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
