import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { CompanyDraft } from '../../../src-shared/api/companies';
import { AppError, type FieldIssue } from '../../../src-shared/api/errors';
import type { ImportMapping, ImportResult, ImportRowError, importsApi } from '../../../src-shared/api/imports';
import type { PartyKind } from '../../../src-shared/api/parties';
import { PersonDraft } from '../../../src-shared/api/people';
import { errorMessage, importFieldLabels, issueMessage } from '../../../src-shared/i18n/fa';
import { can, requireSession, type WriteCtx } from '../../core/context';
import type { JobControl } from '../../core/jobs';
import type { Handlers } from '../../core/dispatch';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { companiesRecords } from '../companies/handlers';
import { peopleRecords } from '../people/handlers';
import { readFirstSheet, writeSheet } from '../printing/spreadsheet';
import { rowToDraft } from './rows';
import { ownerOfNumber } from '../parties/contact-points';
import { parseMobile } from '../../../src-shared/domain/iran-ids';
import { importMappings } from './schema';
import { suggestMapping } from './mapping';
import type { Upload, Uploads } from './uploads';

const SAMPLE_ROWS = 5;
const ERRORS_SHOWN = 200;
const ROWS_PER_CHECKPOINT = 250;
// The sheet's first data row is row 2 (row 1 holds the titles): reasons name the row the user sees in Excel.
const FIRST_DATA_ROW = 2;

const FORM = { person: 'people', company: 'companies' } as const;

function requireCreateRight(ctx: { session: Parameters<typeof can>[0] }, kind: PartyKind): void {
  if (!can(ctx.session, `${FORM[kind]}.create`)) throw new AppError('auth.forbidden', { permission: `${FORM[kind]}.create` });
}

function savedMappings(db: ReadDb | WriteDb, kind: PartyKind) {
  return db
    .select({ name: importMappings.name, mapping: importMappings.mapping })
    .from(importMappings)
    .where(and(eq(importMappings.kind, kind), isNull(importMappings.deletedAt)))
    .orderBy(importMappings.name)
    .all();
}

function saveMapping(ctx: WriteCtx, kind: PartyKind, name: string, mapping: ImportMapping): void {
  const existing = ctx.db
    .select({ id: importMappings.id })
    .from(importMappings)
    .where(and(eq(importMappings.kind, kind), eq(importMappings.name, name), isNull(importMappings.deletedAt)))
    .get();
  if (existing) ctx.records.update(importMappings, existing.id, { mapping });
  else ctx.records.insert(importMappings, { kind, name, mapping });
}

function labelled(issue: FieldIssue): string {
  const field = String(issue.path[0] ?? '');
  const label = importFieldLabels[field];
  return label && field !== 'contactPoints' ? `${label}: ${issueMessage(issue)}` : issueMessage(issue);
}

function reasonsOf(error: unknown): string[] {
  if (!(error instanceof AppError)) throw error;
  const issues = error.details?.issues;
  return issues?.length ? issues.map(labelled) : [errorMessage(error.toBody())];
}

// The same checks and the same write path as typing the record in by hand; one savepoint per row so a bad
// row leaves no trace, and the whole import is one transaction (see dispatch.ts runLongWrite).
async function importRows(ctx: WriteCtx, control: JobControl, upload: Upload, mapping: ImportMapping) {
  const { sheet } = upload;
  const schema = upload.kind === 'person' ? PersonDraft : CompanyDraft;
  const records = upload.kind === 'person' ? peopleRecords : companiesRecords;
  const errors: ImportRowError[] = [];
  let imported = 0;
  for (const [index, row] of sheet.rows.entries()) {
    if (index % ROWS_PER_CHECKPOINT === 0) await control.checkpoint(index, sheet.rows.length);
    const parsed = schema.safeParse(rowToDraft(upload.kind, sheet.headers, mapping, row));
    const messages = parsed.success
      ? attempt(() => {
          refuseKnownMobiles(ctx, parsed.data.contactPoints);
          ctx.savepoint(() => records.insert(parsed.data as z.output<typeof PersonDraft> & z.output<typeof CompanyDraft>, ctx));
        })
      : parsed.error.issues.map((issue) =>
          labelled({ path: issue.path as (string | number)[], message: issue.message.startsWith('validation.') ? issue.message : issue.code }),
        );
    if (messages.length) errors.push({ row: index + FIRST_DATA_ROW, messages });
    else imported += 1;
  }
  await control.checkpoint(sheet.rows.length, sheet.rows.length);
  return { imported, errors, total: sheet.rows.length };
}

// A mobile belongs to one person: a second record with it is almost always the same customer again
// (earlier rows of the same file count too, since they are already written in this transaction).
function refuseKnownMobiles(ctx: WriteCtx, points: { kind: string; value: string }[]): void {
  for (const point of points) {
    const mobile = point.kind === 'mobile' ? parseMobile(point.value) : null;
    const owner = mobile?.ok ? ownerOfNumber(ctx.db, mobile.value) : undefined;
    if (owner) throw new AppError('parties.duplicate', { field: 'mobile', value: point.value, partyId: owner.id, name: owner.displayName });
  }
}

function attempt(work: () => unknown): string[] {
  try {
    work();
    return [];
  } catch (error) {
    return reasonsOf(error);
  }
}

export function createImportsHandlers(uploads: Uploads): Handlers<typeof importsApi> {
  return {
    'imports.analyze': async ({ kind, fileName, contentBase64 }, ctx) => {
      const session = requireSession(ctx);
      requireCreateRight(ctx, kind);
      const content = Buffer.from(contentBase64, 'base64');
      const sheet = await readFirstSheet(content).catch(() => {
        throw new AppError('input.invalid', { issues: [{ path: ['contentBase64'], message: 'validation.workbook' }] });
      });
      const upload = uploads.save(session, kind, fileName, sheet, ctx.clock.now());
      return {
        uploadId: upload.id,
        sheetName: sheet.sheetName,
        headers: sheet.headers,
        rowCount: sheet.rows.length,
        sample: sheet.rows.slice(0, SAMPLE_ROWS).map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '')))),
        suggestedMapping: suggestMapping(kind, sheet.headers),
        savedMappings: savedMappings(ctx.db, kind),
      };
    },

    'imports.start': ({ uploadId, mapping, mode, dryRun, saveMappingAs }, ctx) => {
      const upload = uploads.get(requireSession(ctx), uploadId);
      requireCreateRight(ctx, upload.kind);
      if (saveMappingAs) saveMapping(ctx, upload.kind, saveMappingAs, mapping);
      return ctx.jobs.startWrite('import', async (writeCtx, control) => {
        const outcome = await importRows(writeCtx, control, upload, mapping);
        upload.errors = outcome.errors;
        const commit = !dryRun && !(mode === 'allOrNothing' && outcome.errors.length > 0);
        const result: ImportResult = {
          dryRun,
          committed: commit,
          imported: commit || dryRun ? outcome.imported : 0,
          invalid: outcome.errors.length,
          errors: outcome.errors.slice(0, ERRORS_SHOWN),
        };
        return { commit, result };
      });
    },

    'imports.errorReport': async ({ uploadId }, ctx) => {
      const upload = uploads.get(requireSession(ctx), uploadId);
      const { sheet } = upload;
      const rows = upload.errors.map(({ row, messages }) => [row, messages.join('؛ '), ...(sheet.rows[row - FIRST_DATA_ROW] ?? [])]);
      const columns = [
        { header: 'ردیف', width: 8, type: 'number' as const },
        { header: 'دلیل خطا', width: 60, type: 'text' as const },
        ...sheet.headers.map((header) => ({ header, type: 'text' as const })),
      ];
      const content = await writeSheet('خطاها', columns, rows);
      return {
        fileName: `${upload.fileName.replace(/\.xlsx$/i, '')}-errors.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        contentBase64: content.toString('base64'),
      };
    },
  };
}
