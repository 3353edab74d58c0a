import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { auditedColumns } from '../../core/db/columns';

export const groups = sqliteTable(
  'groups',
  {
    ...auditedColumns(),
    parentId: integer('parent_id'),
    name: text('name').notNull(),
  },
  (t) => [index('groups_parent').on(t.parentId)],
);
