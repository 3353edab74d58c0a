import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PartyCommon, PartyCommonDraft, PartyKind } from '../../../src-shared/api/parties';
import { formatLandline } from '../../../src-shared/domain/iran-ids';
import { persianSortKey, searchTokens } from '../../../src-shared/domain/persian-text';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { nextInSequence, raiseSequence } from '../../core/db/sequences';
import type { RecordDraft } from '../../core/records';
import { users } from '../auth/schema';
import { groups } from '../groups/schema';
import { listContactPoints } from './contact-points';
import { parties } from './schema';

type AnyDb = ReadDb | WriteDb;
export type PartyColumns = Omit<RecordDraft<typeof parties>, 'kind' | 'code'>;
type CommonDraft = z.output<typeof PartyCommonDraft>;
export type PartyRowData = typeof parties.$inferSelect;

const FIRST_CODE = 1001;
const CODE_SEQUENCE = 'party-code';

// Only read when the sequence is first used on a database that already has parties (a full scan, once).
function largestNumericCode(db: WriteDb): number {
  const row = db
    .select({ max: sql<number | null>`max(CAST(${parties.code} AS INTEGER))` })
    .from(parties)
    .where(sql`${parties.code} GLOB '[0-9]*' AND ${parties.code} NOT GLOB '*[^0-9]*'`)
    .get();
  return Math.max(FIRST_CODE - 1, row?.max ?? 0);
}

// Automatic codes count on from a sequence; a numeric code typed by hand moves the sequence past it,
// so an automatic code never collides with one chosen by a person.
export function assignPartyCode(db: WriteDb, typed: string): string {
  if (!typed) return String(nextInSequence(db, CODE_SEQUENCE, () => largestNumericCode(db)));
  if (/^\d{1,15}$/.test(typed)) raiseSequence(db, CODE_SEQUENCE, Number(typed), () => largestNumericCode(db));
  return typed;
}

export function commonColumns(draft: CommonDraft, displayName: string) {
  const { code: _code, contactPoints: _points, ...common } = draft;
  return { ...common, displayName, sortKey: persianSortKey(displayName) };
}

// Digits forms a person would type when searching part of a phone: 0912…, 912…, and the local number.
function phoneSearchForms(e164: string): string[] {
  if (!e164.startsWith('+98')) return [e164.slice(1)];
  const national = `0${e164.slice(3)}`;
  const forms = [national, national.slice(1)];
  if (!national.startsWith('09')) forms.push(formatLandline(e164).split(' ').slice(1).join(''));
  return forms;
}

type ContactKeys = { kind: string; lookupKey: string | null }[];

export function partySearchText(row: PartyRowData, contactKeys: ContactKeys): string {
  const words = [
    row.displayName,
    row.code,
    row.nationalCode,
    row.legalNationalId,
    row.economicCode,
    row.brand,
    row.registrationNo,
    ...contactKeys.flatMap(({ kind, lookupKey }) => {
      if (!lookupKey) return [];
      if (kind === 'email') return [lookupKey, lookupKey.split('@')[0]!];
      if (kind === 'website') return [lookupKey];
      return phoneSearchForms(lookupKey);
    }),
  ].filter((word): word is string => Boolean(word));
  return searchTokens(words.join(' ')).join(' ');
}

// party_groups, party_managers and party_search are derived from the audited row: rewritten after every save,
// with prepared statements because an import does this for every row.
export function indexParty(db: WriteDb, row: PartyRowData | undefined, partyId: number, contacts: ContactKeys): void {
  prepared(db, 'DELETE FROM party_groups WHERE party_id = ?').run(partyId);
  prepared(db, 'DELETE FROM party_managers WHERE party_id = ?').run(partyId);
  prepared(db, 'DELETE FROM party_search WHERE rowid = ?').run(partyId);
  if (!row) return;
  const addGroup = prepared(db, 'INSERT INTO party_groups (party_id, group_id) VALUES (?, ?)');
  for (const groupId of row.groupIds) addGroup.run(partyId, groupId);
  const addManager = prepared(db, 'INSERT INTO party_managers (party_id, user_id) VALUES (?, ?)');
  for (const userId of row.managerIds) addManager.run(partyId, userId);
  prepared(db, 'INSERT INTO party_search (rowid, tokens) VALUES (?, ?)').run(partyId, partySearchText(row, contacts));
}

export function writePartyIndexes(db: WriteDb, partyId: number): void {
  const row = db.select().from(parties).where(eq(parties.id, partyId)).get();
  indexParty(db, row, partyId, row ? listContactPoints(db, partyId) : []);
}

function namesOf(db: AnyDb, table: typeof groups | typeof users, ids: number[]) {
  if (ids.length === 0) return [];
  const nameColumn = table === users ? users.displayName : groups.name;
  const rows = db
    .select({ id: table.id, name: nameColumn })
    .from(table)
    .where(and(inArray(table.id, ids), isNull(table.deletedAt)))
    .all();
  const byId = new Map(rows.map((row) => [row.id, row.name]));
  return ids.flatMap((id) => (byId.has(id) ? [{ id, name: byId.get(id)! }] : []));
}

export function findPartyRow(db: AnyDb, id: number, kind: PartyKind): PartyRowData | undefined {
  return db
    .select()
    .from(parties)
    .where(and(eq(parties.id, id), eq(parties.kind, kind)))
    .get();
}

export function partyCommonOf(db: AnyDb, row: PartyRowData): z.input<typeof PartyCommon> {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    displayName: row.displayName,
    active: row.active,
    priority: row.priority,
    color: row.color,
    icon: row.icon,
    referralSource: row.referralSource,
    activityTypes: row.activityTypes,
    certificates: row.certificates,
    income: row.income,
    creditLimit: row.creditLimit,
    roles: row.roles,
    groups: namesOf(db, groups, row.groupIds),
    managers: namesOf(db, users, row.managerIds),
    country: row.country,
    province: row.province,
    city: row.city,
    region: row.region,
    description: row.description,
    rankings: row.rankings,
    contactPoints: listContactPoints(db, row.id),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  };
}
