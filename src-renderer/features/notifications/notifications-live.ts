import type { ServerEvents } from '../../../src-shared/api/events';
import { toast } from '../../ui';
import { itemOf, lateNote } from './notification-items';
import { useNotificationsStore } from './notifications-store';

// What the core tells this user (sent to no one else): into the centre, and a toast at once.
export function handleNotificationCreated({ notification }: ServerEvents['notifications.created']): void {
  useNotificationsStore.getState().receive(notification);
  const late = lateNote(itemOf(notification));
  toast.info(late ? `${notification.text} — ${late}` : notification.text);
}
