import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../../src-shared/api/errors';
import type { PartyCommonDraft, PartyExportRequest, PartyKind, PartyListRequest, PartyPrintRequest } from '../../../src-shared/api/parties';
import type { Form } from '../../../src-shared/api/permissions';
import { can, type ReadCtx, type WriteCtx } from '../../core/context';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { users } from '../auth/schema';
import { groups } from '../groups/schema';
import { defaultAreaCode } from '../settings/queries';
import { contactColumns, syncContactPoints } from './contact-points';
import { listParties } from './list-queries';
import { instantToLocalIsoDate } from '../../../src-shared/domain/jalali';
import { exportParties, printParties } from './party-export';
import { assignPartyCode, findPartyRow, indexParty, writePartyIndexes, type PartyColumns, type PartyRowData } from './party-record';
import { parties } from './schema';
import { assertPartyInScope } from './scope';

type CommonDraft = z.output<typeof PartyCommonDraft>;

// What a kind (person, company) adds to the shared party behaviour.
export interface PartyKindSpec<Draft extends CommonDraft, Out> {
  kind: PartyKind;
  form: Extract<Form, 'people' | 'companies'>;
  columns(draft: Draft): PartyColumns;
  // Checks that need the database (duplicates); throw AppError to refuse.
  validate?(db: WriteDb, draft: Draft, partyId: number | null): void;
  afterSave?(ctx: WriteCtx, partyId: number, draft: Draft, isNew: boolean): void;
  recordOf(db: ReadDb | WriteDb, row: PartyRowData): Out;
}

function invalid(issues: FieldIssue[]): never {
  throw new AppError('input.invalid', { issues });
}

function checkReferences(db: WriteDb, draft: CommonDraft): void {
  const issues: FieldIssue[] = [];
  if (draft.groupIds.length) {
    const found = db.select({ id: groups.id }).from(groups).where(and(inArray(groups.id, draft.groupIds), isNull(groups.deletedAt))).all();
    if (found.length !== new Set(draft.groupIds).size) issues.push({ path: ['groupIds'], message: 'validation.unknownGroup' });
  }
  if (draft.managerIds.length) {
    const found = db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.id, draft.managerIds), isNull(users.deletedAt), eq(users.active, true)))
      .all();
    if (found.length !== new Set(draft.managerIds).size) issues.push({ path: ['managerIds'], message: 'validation.unknownUser' });
  }
  if (issues.length) invalid(issues);
}

// One record per code (ever), national code or legal ID (among live records): name the one that has it.
export function refuseDuplicate(
  db: WriteDb,
  field: 'code' | 'nationalCode' | 'legalNationalId',
  value: string | null,
  partyId: number | null,
): void {
  if (!value) return;
  const other = db
    .select({ id: parties.id, displayName: parties.displayName, kind: parties.kind })
    .from(parties)
    .where(
      and(
        eq(parties[field], value),
        field === 'code' ? undefined : isNull(parties.deletedAt),
        partyId === null ? undefined : ne(parties.id, partyId),
      ),
    )
    .get();
  if (other) throw new AppError('parties.duplicate', { field, value, partyId: other.id, kind: other.kind, name: other.displayName });
}

const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((id) => b.includes(id));

export function createPartyHandlers<Draft extends CommonDraft, Out>(spec: PartyKindSpec<Draft, Out>) {
  const { kind, form } = spec;

  function load(db: ReadDb | WriteDb, id: number): Out {
    const row = findPartyRow(db, id, kind);
    if (!row) throw new AppError('record.notFound', { table: 'parties', id });
    return spec.recordOf(db, row);
  }

  function save(ctx: WriteCtx, draft: Draft, existing: PartyRowData | null, expectedVersion?: number): number {
    const session = ctx.session!;
    const managerIds = [...new Set(draft.managerIds)];
    // Someone who sees only their own records would lose sight of a record they create: they manage it.
    if (!existing && session.scope === 'own' && !managerIds.includes(session.userId)) managerIds.push(session.userId);
    const managersChanged = existing ? !sameSet(existing.managerIds, managerIds) : managerIds.some((id) => id !== session.userId);
    if (managersChanged && !can(session, `${form}.assignManager`)) {
      throw new AppError('auth.forbidden', { permission: `${form}.assignManager` });
    }
    const full = { ...draft, managerIds, groupIds: [...new Set(draft.groupIds)] };
    checkReferences(ctx.db, full);
    const contacts = contactColumns(full.contactPoints, defaultAreaCode(ctx.db));
    if (contacts.issues.length) invalid(contacts.issues);
    spec.validate?.(ctx.db, full, existing?.id ?? null);
    const code = existing && (full.code === '' || full.code === existing.code) ? existing.code : assignPartyCode(ctx.db, full.code);
    refuseDuplicate(ctx.db, 'code', code, existing?.id ?? null);
    const columns = { ...spec.columns(full), code };
    const row = existing
      ? ctx.records.update(parties, existing.id, columns, expectedVersion === undefined ? {} : { expectedVersion })
      : ctx.records.insert(parties, { ...columns, kind });
    const contactKeys = syncContactPoints(ctx, row.id, contacts.rows, !existing);
    spec.afterSave?.(ctx, row.id, full, !existing);
    indexParty(ctx.db, row, row.id, contactKeys);
    return row.id;
  }

  function liveRow(ctx: WriteCtx, id: number): PartyRowData {
    assertPartyInScope(ctx.db, ctx.session, id, kind);
    return findPartyRow(ctx.db, id, kind)!;
  }

  return {
    list: (request: z.output<typeof PartyListRequest>, ctx: ReadCtx) =>
      listParties(ctx.db, kind, request, ctx.session, instantToLocalIsoDate(ctx.clock.now())),
    export: (request: z.output<typeof PartyExportRequest>, ctx: ReadCtx) =>
      exportParties(ctx.db, kind, request, ctx.session, ctx.clock.now()),
    print: (request: z.output<typeof PartyPrintRequest>, ctx: ReadCtx) =>
      printParties(ctx.db, kind, request, ctx.session, ctx.clock.now()),
    get: ({ id }: { id: number }, ctx: ReadCtx) => {
      assertPartyInScope(ctx.db, ctx.session, id, kind);
      return load(ctx.db, id);
    },
    create: (draft: Draft, ctx: WriteCtx) => load(ctx.db, save(ctx, draft, null)),
    // For bulk work (imports): the new record's id, without reading it back.
    insert: (draft: Draft, ctx: WriteCtx) => save(ctx, draft, null),
    update: ({ id, version, ...draft }: Draft & { id: number; version: number }, ctx: WriteCtx) =>
      load(ctx.db, save(ctx, draft as unknown as Draft, liveRow(ctx, id), version)),
    setActive: ({ id, version, active }: { id: number; version: number; active: boolean }, ctx: WriteCtx) => {
      liveRow(ctx, id);
      ctx.records.update(parties, id, { active }, { expectedVersion: version });
      return load(ctx.db, id);
    },
    remove: ({ id }: { id: number }, ctx: WriteCtx) => {
      liveRow(ctx, id);
      ctx.records.remove(parties, id);
      return { ok: true as const };
    },
    restore: ({ id }: { id: number }, ctx: WriteCtx) => {
      liveRow(ctx, id);
      ctx.records.restore(parties, id);
      return load(ctx.db, id);
    },
    purge: ({ id }: { id: number }, ctx: WriteCtx) => {
      liveRow(ctx, id);
      ctx.records.purge(parties, id);
      writePartyIndexes(ctx.db, id);
      return { ok: true as const };
    },
  };
}
