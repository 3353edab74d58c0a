import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { NotificationKind } from '../../../src-shared/api/notifications';

// What the core told a user, kept until read. Messages to one person about their own work, not business
// records: written directly, not audited (the changes they report are).
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull(),
    kind: text('kind').$type<NotificationKind>().notNull(),
    text: text('text').notNull(),
    path: text('path'),
    dueAt: integer('due_at').notNull(),
    at: integer('at').notNull(),
    late: integer('late', { mode: 'boolean' }).notNull(),
    readAt: integer('read_at'),
  },
  (t) => [index('notifications_user').on(t.userId, t.readAt, t.at)],
);
