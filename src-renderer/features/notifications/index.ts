import './notifications.css';

export { describeChange, type ChangeNames, type RecordsChanged } from './describe-change';
export { NotificationBell } from './NotificationBell';
export { type NotificationItem } from './notification-items';
export { handleNotificationCreated } from './notifications-live';
export { selectUnreadCount, useNotificationsStore } from './notifications-store';
