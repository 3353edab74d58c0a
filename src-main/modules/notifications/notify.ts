import type { NotificationKind } from '../../../src-shared/api/notifications';
import type { WriteCtx } from '../../core/context';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';

// An alarm fired more than this after its time was missed (the app was closed or the clock jumped).
export const LATE_AFTER_MS = 60_000;

export interface NewNotification {
  kind: NotificationKind;
  text: string;
  path: string | null;
  // The alarm's own time; now for things that happen now.
  dueAt?: number;
}

// Stored first, then pushed after the transaction commits, so a notification is never shown and lost.
export function notify(ctx: WriteCtx, userIds: readonly number[], item: NewNotification): void {
  const now = ctx.clock.now();
  const dueAt = item.dueAt ?? now;
  const late = now - dueAt > LATE_AFTER_MS;
  const insert = prepared(ctx.db, 'INSERT INTO notifications (user_id, kind, text, path, due_at, at, late) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const userId of new Set(userIds)) {
    const id = Number(insert.run(userId, item.kind, item.text, item.path, dueAt, now, late ? 1 : 0).lastInsertRowid);
    ctx.emit('notifications.created', { notification: { id, kind: item.kind, text: item.text, path: item.path, dueAt, at: now, late, readAt: null } }, [userId]);
  }
}

const NOTIFICATION_COLUMNS = `id, kind, text, path, due_at AS dueAt, at, late, read_at AS readAt`;

export function listNotifications(db: ReadDb | WriteDb, userId: number, limit: number) {
  const rows = (prepared(db, `SELECT ${NOTIFICATION_COLUMNS} FROM notifications WHERE user_id = ? ORDER BY read_at IS NOT NULL, at DESC, id DESC LIMIT ?`).all(userId, limit) as {
    id: number;
    kind: NotificationKind;
    text: string;
    path: string | null;
    dueAt: number;
    at: number;
    late: number;
    readAt: number | null;
  }[]).map((row) => ({ ...row, late: row.late === 1 }));
  const unread = (prepared(db, 'SELECT count(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL').get(userId) as { n: number }).n;
  return { rows, unread };
}

export function markRead(db: WriteDb, userId: number, ids: readonly number[] | undefined, now: number): void {
  if (ids === undefined) prepared(db, 'UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL').run(now, userId);
  else {
    const mark = prepared(db, 'UPDATE notifications SET read_at = ? WHERE user_id = ? AND id = ? AND read_at IS NULL');
    for (const id of ids) mark.run(now, userId, id);
  }
}
