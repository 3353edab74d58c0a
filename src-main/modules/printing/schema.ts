import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { PrintTemplateKind, TemplateLayout } from '../../../src-shared/api/printing';
import { auditedColumns } from '../../core/db/columns';
import { parties } from '../parties/schema';

// Letter, envelope and label templates. Every save bumps the version and writes the old and new layout to
// the audit log, which is the template's history.
export const printTemplates = sqliteTable('print_templates', {
  ...auditedColumns(),
  name: text('name').notNull(),
  kind: text('kind').$type<PrintTemplateKind>().notNull(),
  layout: text('layout', { mode: 'json' }).$type<TemplateLayout>().notNull(),
});

// The office's outgoing-letters register (دفتر اندیکاتور): one row per printed letter, numbered per Jalali year.
export const lettersRegister = sqliteTable(
  'letters_register',
  {
    ...auditedColumns(),
    number: text('number').notNull(),
    at: integer('at').notNull(),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    templateId: integer('template_id').notNull(),
    templateName: text('template_name').notNull(),
    interactionId: integer('interaction_id'),
  },
  (t) => [uniqueIndex('letters_register_number').on(t.number), index('letters_register_party').on(t.partyId, t.at), index('letters_register_at').on(t.at)],
);
