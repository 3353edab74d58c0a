import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { CallState, PhoneLine } from '../../../src-shared/api/telephony';
import { auditedColumns } from '../../core/db/columns';
import { parties } from '../parties/schema';

// One row (id 1), inserted by its migration. Adding a setting: this table, a migration,
// src-shared/api/telephony.ts, and the telephony settings screen.
export const telephonySettings = sqliteTable('telephony_settings', {
  ...auditedColumns(),
  lines: text('lines', { mode: 'json' }).$type<PhoneLine[]>().notNull(),
  ringTimeoutSeconds: integer('ring_timeout_seconds').notNull(),
});

// The call log, written as the line rings (like the SMS outbox, a log, not an edited record); each call
// also leaves an audited interaction on the caller's record.
export const calls = sqliteTable(
  'calls',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    lineId: text('line_id').notNull(),
    lineName: text('line_name').notNull(),
    direction: text('direction').$type<'incoming' | 'outgoing'>().notNull(),
    state: text('state').$type<CallState>().notNull(),
    // +98… when it could be normalized, else as the line gave it.
    number: text('number'),
    withheld: text('withheld').$type<'private' | 'unavailable'>(),
    partyId: integer('party_id').references(() => parties.id, { onDelete: 'set null' }),
    startedAt: integer('started_at').notNull(),
    endedAt: integer('ended_at'),
    rings: integer('rings').notNull().default(0),
    userId: integer('user_id'),
    interactionId: integer('interaction_id'),
    note: text('note'),
    calledBack: integer('called_back', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('calls_started').on(t.startedAt), index('calls_missed').on(t.state, t.calledBack, t.startedAt), index('calls_party').on(t.partyId, t.startedAt)],
);
