import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { PartyKind } from '../../../src-shared/api/parties';
import type { ImportMapping } from '../../../src-shared/api/imports';
import { auditedColumns } from '../../core/db/columns';

// Column mappings an office saved for the sheets it imports again and again.
export const importMappings = sqliteTable('import_mappings', {
  ...auditedColumns(),
  kind: text('kind').$type<PartyKind>().notNull(),
  name: text('name').notNull(),
  mapping: text('mapping', { mode: 'json' }).$type<ImportMapping>().notNull(),
});
