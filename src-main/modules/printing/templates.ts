import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { PrintTemplate, PrintTemplateKind } from '../../../src-shared/api/printing';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { printTemplates } from './schema';

type AnyDb = ReadDb | WriteDb;

const columns = { id: printTemplates.id, name: printTemplates.name, kind: printTemplates.kind, layout: printTemplates.layout, updatedAt: printTemplates.updatedAt, version: printTemplates.version };

export function listTemplates(db: AnyDb, kind?: PrintTemplateKind): PrintTemplate[] {
  return db
    .select(columns)
    .from(printTemplates)
    .where(and(isNull(printTemplates.deletedAt), kind === undefined ? undefined : eq(printTemplates.kind, kind)))
    .orderBy(asc(printTemplates.kind), asc(printTemplates.name))
    .all();
}

export function getTemplate(db: AnyDb, id: number): PrintTemplate {
  const row = db
    .select(columns)
    .from(printTemplates)
    .where(and(eq(printTemplates.id, id), isNull(printTemplates.deletedAt)))
    .get();
  if (!row) throw new AppError('record.notFound', { table: 'print_templates', id });
  return row;
}
