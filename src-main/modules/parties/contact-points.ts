import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { ContactPoint, ContactPointDraft } from '../../../src-shared/api/parties';
import type { FieldIssue } from '../../../src-shared/api/errors';
import { parseLandline, parseMobile, phoneLookupKey } from '../../../src-shared/domain/iran-ids';
import { toAsciiDigits } from '../../../src-shared/domain/persian-text';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import type { WriteCtx } from '../../core/context';
import type { RecordDraft } from '../../core/records';
import { contactPoints } from './schema';

type ParsedDraft = z.output<typeof ContactPointDraft>;
type Columns = Omit<RecordDraft<typeof contactPoints>, 'partyId'>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i;

type Normalised = { ok: true; value: string; lookupKey: string | null } | { ok: false; message: string };

// What is stored and matched for each kind: phones as E.164 (one number typed any way is one key),
// e-mail in lower case, a web address by its host.
function normaliseValue(draft: ParsedDraft, defaultAreaCode: string): Normalised {
  const raw = toAsciiDigits(draft.value).trim();
  switch (draft.kind) {
    case 'mobile': {
      const mobile = parseMobile(raw);
      return mobile.ok ? { ok: true, value: mobile.value, lookupKey: mobile.value } : { ok: false, message: `validation.${mobile.error}` };
    }
    case 'phone':
    case 'fax': {
      const landline = parseLandline(raw, defaultAreaCode);
      if (landline.ok) return { ok: true, value: landline.value, lookupKey: landline.value };
      const anyPhone = phoneLookupKey(raw, defaultAreaCode);
      return anyPhone ? { ok: true, value: anyPhone, lookupKey: anyPhone } : { ok: false, message: `validation.${landline.error}` };
    }
    case 'email': {
      const email = raw.toLowerCase();
      return EMAIL.test(email) ? { ok: true, value: email, lookupKey: email } : { ok: false, message: 'validation.email' };
    }
    case 'website': {
      if (!WEBSITE.test(raw)) return { ok: false, message: 'validation.website' };
      const host = raw.replace(/^https?:\/\//i, '').split('/')[0]!.toLowerCase();
      return { ok: true, value: raw, lookupKey: host.replace(/^www\./, '') };
    }
    case 'address':
      return draft.addressLine || draft.city || draft.postalCode || draft.poBox
        ? { ok: true, value: '', lookupKey: null }
        : { ok: false, message: 'validation.address' };
  }
}

export function contactColumns(drafts: ParsedDraft[], defaultAreaCode: string): { rows: (Columns & { id?: number })[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const rows = drafts.flatMap((draft, index) => {
    const normalised = normaliseValue(draft, defaultAreaCode);
    if (!normalised.ok) {
      issues.push({ path: ['contactPoints', index, draft.kind === 'address' ? 'addressLine' : 'value'], message: normalised.message });
      return [];
    }
    const { id, value: _typed, ...rest } = draft;
    return [{ ...rest, ...(id === undefined ? {} : { id }), value: normalised.value, lookupKey: normalised.lookupKey }];
  });
  return { rows, issues };
}

export function listContactPoints(db: ReadDb | WriteDb, partyId: number): ContactPoint[] {
  return db
    .select()
    .from(contactPoints)
    .where(and(eq(contactPoints.partyId, partyId), isNull(contactPoints.deletedAt)))
    .orderBy(contactPoints.id)
    .all()
    .map(({ version: _v, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, deletedAt: _d, partyId: _p, ...point }) => point);
}

// The form sends the whole list: rows with an id are updated, new ones inserted, missing ones removed.
// Returns the party's contact keys after the change, for its search index.
export function syncContactPoints(
  ctx: WriteCtx,
  partyId: number,
  rows: (Columns & { id?: number })[],
  isNew: boolean,
): { kind: string; lookupKey: string | null }[] {
  const existing = new Map(isNew ? [] : listContactPoints(ctx.db, partyId).map((point) => [point.id, point]));
  for (const { id, ...columns } of rows) {
    if (id !== undefined && existing.has(id)) {
      ctx.records.update(contactPoints, id, columns);
      existing.delete(id);
    } else {
      ctx.records.insert(contactPoints, { ...columns, partyId });
    }
  }
  for (const id of existing.keys()) ctx.records.remove(contactPoints, id);
  return rows.map(({ kind, lookupKey }) => ({ kind, lookupKey: lookupKey ?? null }));
}


// Who already has this number (live records only): imports refuse a second person with the same mobile.
// Prepared: an import asks this for every row.
export function ownerOfNumber(db: WriteDb, lookupKey: string): { id: number; displayName: string } | undefined {
  return prepared(
    db,
    `SELECT p.id, p.display_name AS displayName FROM contact_points c JOIN parties p ON p.id = c.party_id
     WHERE c.lookup_key = ? AND c.deleted_at IS NULL AND p.deleted_at IS NULL LIMIT 1`,
  ).get(lookupKey) as { id: number; displayName: string } | undefined;
}
