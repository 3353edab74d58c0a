import type { Notification, NotificationKind } from '../../../src-shared/api/notifications';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { LATE_ALARM_NOTE } from '../../../src-shared/i18n/ui-fa-tasks';

// One line of the centre: either kept by the core (a task referred, a reminder…: read state shared by every PC
// the user signs in on), or a change another user made, told to this session only.
export interface NotificationItem {
  key: string;
  // The core's id; null for a change heard on this PC.
  serverId: number | null;
  kind: NotificationKind | 'change';
  text: string;
  // Where the notification leads (a route path), if anywhere.
  path: string | null;
  at: number;
  // An alarm's own time, shown when it came late.
  dueAt: number;
  late: boolean;
  read: boolean;
}

export const KEEP = 100;

export function itemOf(notification: Notification): NotificationItem {
  return {
    key: `n${notification.id}`,
    serverId: notification.id,
    kind: notification.kind,
    text: notification.text,
    path: notification.path,
    at: notification.at,
    dueAt: notification.dueAt,
    late: notification.late,
    read: notification.readAt !== null,
  };
}

// «دیرکرد: هنگام بسته بودن برنامه (موعد ۱۴۰۵/۰۹/۰۲ ۱۰:۰۰)», or null for one told on time. The date-time is isolated
// (FSI…PDI) so a line break in a toast never reorders its digits and the bracket.
export function lateNote(item: Pick<NotificationItem, 'late' | 'dueAt'>): string | null {
  return item.late ? `${LATE_ALARM_NOTE} (موعد \u2068${formatJalaliDateTime(item.dueAt)}\u2069)` : null;
}

const newestFirst = (a: NotificationItem, b: NotificationItem) => b.at - a.at || b.key.localeCompare(a.key);

// The core's list replaces what it lists; what arrived live meanwhile (newer than anything listed) and this
// session's own change notices stay.
export function mergeListed(current: readonly NotificationItem[], listed: readonly Notification[]): NotificationItem[] {
  const newestListed = listed.reduce((max, row) => Math.max(max, row.id), 0);
  const kept = current.filter((item) => item.serverId === null || item.serverId > newestListed);
  return [...listed.map(itemOf), ...kept].sort(newestFirst).slice(0, KEEP);
}

export function addItem(current: readonly NotificationItem[], item: NotificationItem): NotificationItem[] {
  if (current.some((existing) => existing.key === item.key)) return [...current];
  return [item, ...current].sort(newestFirst).slice(0, KEEP);
}
