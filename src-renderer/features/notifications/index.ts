export { describeChange, type ChangeNames, type RecordsChanged } from './describe-change';
export { NotificationBell } from './NotificationBell';
export { selectUnreadCount, useNotificationsStore, type NotificationItem } from './notifications-store';
