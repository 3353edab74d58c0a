import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// The kernel's own table. Written only by core/records.ts; read by modules/audit.
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    userId: integer('user_id'),
    tableName: text('table_name').notNull(),
    recordId: integer('record_id').notNull(),
    action: text('action', { enum: ['insert', 'update', 'delete', 'restore', 'purge'] }).notNull(),
    field: text('field'),
    oldValue: text('old_value'),
    newValue: text('new_value'),
  },
  (t) => [index('audit_log_record').on(t.tableName, t.recordId, t.id), index('audit_log_at').on(t.at)],
);

// Counters for numbers people see (automatic record codes, letter numbers per year, invoice numbers).
// Bookkeeping, not audited: the records that take a number are.
export const sequences = sqliteTable('sequences', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});
