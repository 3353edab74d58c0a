import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { LookupKind } from '../../../src-shared/api/lookups';
import { auditedColumns } from '../../core/db/columns';

export const lookupValues = sqliteTable(
  'lookup_values',
  {
    ...auditedColumns(),
    kind: text('kind').$type<LookupKind>().notNull(),
    value: text('value').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('lookup_values_kind').on(t.kind, t.position)],
);
