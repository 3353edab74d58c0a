import { describe, expect, it } from 'vitest';
import type { Notification } from '../../../../../src-shared/api/notifications';
import { itemOf, lateNote, mergeListed, type NotificationItem } from '../../../../../src-renderer/features/notifications/notification-items';

const notification = (id: number, at: number, extra: Partial<Notification> = {}): Notification => ({
  id,
  kind: 'taskReferred',
  text: `کار ${id}`,
  path: `/tasks/${id}`,
  dueAt: at,
  at,
  late: false,
  readAt: null,
  ...extra,
});

const change: NotificationItem = { key: 'c1', serverId: null, kind: 'change', text: 'کاربر «رضا» ایجاد شد.', path: '/users', at: 150, dueAt: 150, late: false, read: false };

describe('the notification centre list', () => {
  it("takes the core's list as it is, keeps what arrived live after it and this session's change notices, newest first", () => {
    const live = itemOf(notification(3, 300));
    const stale = itemOf(notification(1, 100));
    const merged = mergeListed([live, stale, change], [notification(2, 200, { readAt: 250 }), notification(1, 100, { readAt: 120 })]);
    expect(merged.map((item) => [item.key, item.read])).toEqual([
      ['n3', false],
      ['n2', true],
      ['c1', false],
      ['n1', true],
    ]);
  });

  it('says an alarm told late was missed while the app was closed, with its due time', () => {
    expect(lateNote({ late: false, dueAt: 0 })).toBeNull();
    expect(lateNote({ late: true, dueAt: new Date(2026, 10, 23, 10, 0).getTime() })).toMatch(/^دیرکرد: هنگام بسته بودن برنامه \(موعد \u2068[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} ۱۰:۰۰\u2069\)$/);
  });
});
