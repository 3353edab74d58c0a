import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ATTACHMENT_PURPOSES } from '../../../src-shared/api/attachments';
import { auditedColumns } from '../../core/db/columns';
import { parties } from '../parties/schema';
import { interactions } from '../interactions/schema';

// The file itself lives in <data>/attachments/<storage_key>; the database keeps what it is and whose.
export const attachments = sqliteTable(
  'attachments',
  {
    ...auditedColumns(),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    // A file of one interaction (the letter sent, the signed proforma); null for the record's own files.
    interactionId: integer('interaction_id').references(() => interactions.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    purpose: text('purpose').$type<(typeof ATTACHMENT_PURPOSES)[number]>().notNull(),
    description: text('description'),
  },
  (t) => [index('attachments_party').on(t.partyId), index('attachments_interaction').on(t.interactionId)],
);
