import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Permission, RecordScope } from '../../../src-shared/api/permissions';
import { auditedColumns } from '../../core/db/columns';

export const accessTemplates = sqliteTable(
  'access_templates',
  {
    ...auditedColumns(),
    name: text('name').notNull(),
    scope: text('scope').$type<RecordScope>().notNull(),
    permissions: text('permissions', { mode: 'json' }).$type<Permission[]>().notNull(),
  },
  (t) => [uniqueIndex('access_templates_name').on(t.name).where(sql`deleted_at IS NULL`)],
);

export const users = sqliteTable(
  'users',
  {
    ...auditedColumns(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    isAdmin: integer('is_admin', { mode: 'boolean' }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull(),
    templateId: integer('template_id').references(() => accessTemplates.id),
  },
  // Usernames stay unique even across logically deleted users: the audit trail names people by them.
  (t) => [uniqueIndex('users_username').on(t.username), index('users_template').on(t.templateId)],
);

// Not a business table: sessions are bookkeeping of the auth module, not audited.
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);
