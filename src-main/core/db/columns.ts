import { integer } from 'drizzle-orm/sqlite-core';

// Every business table carries these; `records.ts` maintains them and tables without them
// cannot be written through it. Spread into a table: sqliteTable('people', { ...auditedColumns(), … }).
export function auditedColumns() {
  return {
    id: integer('id').primaryKey({ autoIncrement: true }),
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at').notNull(),
    createdBy: integer('created_by'),
    updatedAt: integer('updated_at').notNull(),
    updatedBy: integer('updated_by'),
    deletedAt: integer('deleted_at'),
  };
}
