import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { INTERACTION_DIRECTIONS } from '../../../src-shared/api/interactions';
import { auditedColumns } from '../../core/db/columns';
import { parties } from '../parties/schema';

export const interactions = sqliteTable(
  'interactions',
  {
    ...auditedColumns(),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    companyId: integer('company_id').references(() => parties.id, { onDelete: 'set null' }),
    subject: text('subject').notNull(),
    method: text('method').notNull(),
    direction: text('direction').$type<(typeof INTERACTION_DIRECTIONS)[number]>(),
    occurredAt: integer('occurred_at').notNull(),
    // The user who made the contact (not necessarily who typed it in).
    userId: integer('user_id'),
    products: text('products'),
    result: text('result'),
    effect: text('effect'),
    description: text('description'),
  },
  (t) => [index('interactions_party_time').on(t.partyId, t.occurredAt), index('interactions_company').on(t.companyId)],
);
