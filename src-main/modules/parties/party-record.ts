import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PartyCommon, PartyCommonDraft, PartyKind } from '../../../src-shared/api/parties';
import { formatLandline } from '../../../src-shared/domain/iran-ids';
import { persianSortKey, searchTokens } from '../../../src-shared/domain/persian-text';
import type { ReadDb, WriteDb } from '../../core/db/open';
import type { RecordDraft } from '../../core/records';
import { users } from '../auth/schema';
import { groups } from '../groups/schema';
import { listContactPoints } from './contact-points';
import { parties, partyGroups, partyManagers } from './schema';

type AnyDb = ReadDb | WriteDb;
export type PartyColumns = Omit<RecordDraft<typeof parties>, 'kind' | 'code'>;
type CommonDraft = z.output<typeof PartyCommonDraft>;
export type PartyRowData = typeof parties.$inferSelect;

const FIRST_CODE = 1001;

// Automatic codes continue after the largest numeric code, so hand-typed codes never collide later.
export function nextPartyCode(db: WriteDb): string {
  const row = db
    .select({ max: sql<number | null>`max(CAST(${parties.code} AS INTEGER))` })
    .from(parties)
    .where(sql`${parties.code} GLOB '[0-9]*'`)
    .get();
  return String(Math.max(FIRST_CODE - 1, row?.max ?? 0) + 1);
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

export function partySearchText(row: PartyRowData, contactKeys: { kind: string; lookupKey: string | null }[]): string {
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

// party_groups, party_managers and party_search are derived from the audited row: rewrite them after every save.
export function writePartyIndexes(db: WriteDb, partyId: number): void {
  const row = db.select().from(parties).where(eq(parties.id, partyId)).get();
  db.delete(partyGroups).where(eq(partyGroups.partyId, partyId)).run();
  db.delete(partyManagers).where(eq(partyManagers.partyId, partyId)).run();
  db.run(sql`DELETE FROM party_search WHERE rowid = ${partyId}`);
  if (!row) return;
  if (row.groupIds.length) db.insert(partyGroups).values(row.groupIds.map((groupId) => ({ partyId, groupId }))).run();
  if (row.managerIds.length) db.insert(partyManagers).values(row.managerIds.map((userId) => ({ partyId, userId }))).run();
  const contacts = listContactPoints(db, partyId);
  db.run(sql`INSERT INTO party_search (rowid, tokens) VALUES (${partyId}, ${partySearchText(row, contacts)})`);
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
    contactPoints: listContactPoints(db, row.id),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  };
}
