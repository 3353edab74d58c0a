import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { PartyFilter, PartyKind } from '../../../src-shared/api/parties';
import { auditedColumns } from '../../core/db/columns';

export const segments = sqliteTable(
  'segments',
  {
    ...auditedColumns(),
    kind: text('kind').$type<PartyKind>().notNull(),
    name: text('name').notNull(),
    filter: text('filter', { mode: 'json' }).$type<PartyFilter>().notNull(),
    // Shared segments are seen by everyone; others only by the user who saved them.
    shared: integer('shared', { mode: 'boolean' }).notNull(),
    ownerId: integer('owner_id'),
  },
  (t) => [index('segments_owner').on(t.ownerId)],
);
