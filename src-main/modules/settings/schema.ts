import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { MONEY_UNITS } from '../../../src-shared/api/settings';
import { auditedColumns } from '../../core/db/columns';

// One row (id 1), created by the first-run wizard. Adding a setting: this table, a migration,
// src-shared/api/settings.ts, and the settings screen.
export const officeSettings = sqliteTable('office_settings', {
  ...auditedColumns(),
  officeName: text('office_name').notNull(),
  defaultAreaCode: text('default_area_code').notNull(),
  moneyUnit: text('money_unit').$type<(typeof MONEY_UNITS)[number]>().notNull(),
  attachmentMaxMb: integer('attachment_max_mb').notNull().default(20),
});
