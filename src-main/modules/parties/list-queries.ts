import { localDayStart } from '../../../src-shared/domain/jalali';
import { and, asc, count, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { PartyCondition, PartyKind, PartyListRequest, PartyRow } from '../../../src-shared/api/parties';
import { normalizePersianText, searchTokens, toAsciiDigits } from '../../../src-shared/domain/persian-text';
import type { Session } from '../../core/context';
import type { ReadDb } from '../../core/db/open';
import { parties } from './schema';
import { scopeCondition } from './scope';

type ListRequest = z.output<typeof PartyListRequest>;

// FTS5 query: every typed word must start a word of the record («عل رض» finds «علیرضا رضایی»).
export function ftsPrefixQuery(text: string): string | null {
  const tokens = searchTokens(text);
  return tokens.length ? tokens.map((token) => `"${token.replaceAll('"', '""')}"*`).join(' ') : null;
}

// `candidates` bounds the work for as-you-type search: a two-letter prefix can match half the table,
// and ordering all of it by name would take seconds; lists pass no bound because they count and page.
export function matchesText(text: string, candidates?: number): SQL | undefined {
  const fts = ftsPrefixQuery(text);
  if (!fts) return undefined;
  return candidates === undefined
    ? sql`${parties.id} IN (SELECT rowid FROM party_search WHERE party_search MATCH ${fts})`
    : sql`${parties.id} IN (SELECT rowid FROM party_search WHERE party_search MATCH ${fts} LIMIT ${candidates})`;
}


function inGroupSubtree(groupId: number): SQL {
  return sql`${parties.id} IN (
    SELECT party_id FROM party_groups WHERE group_id IN (
      WITH RECURSIVE subtree(id) AS (
        SELECT ${groupId} UNION ALL SELECT g.id FROM groups g JOIN subtree ON g.parent_id = subtree.id
      ) SELECT id FROM subtree))`;
}

// Correlated subqueries name the outer table literally: drizzle renders ${parties.id} as a bare "id" in a
// single-table select, which inside the subquery would mean the subquery's own id column.
const firstContact = (kind: string) =>
  sql<string | null>`(SELECT value FROM contact_points cp WHERE cp.party_id = parties.id AND cp.kind = ${kind}
    AND cp.deleted_at IS NULL ORDER BY cp.preferred DESC, cp.id LIMIT 1)`;

const FILTER_COLUMNS = {
  code: parties.code,
  displayName: parties.displayName,
  firstName: parties.firstName,
  lastName: parties.lastName,
  prefix: parties.prefix,
  nationalCode: parties.nationalCode,
  legalNationalId: parties.legalNationalId,
  economicCode: parties.economicCode,
  registrationNo: parties.registrationNo,
  brand: parties.brand,
  companyType: parties.companyType,
  country: parties.country,
  province: parties.province,
  city: parties.city,
  region: parties.region,
  referralSource: parties.referralSource,
  gender: parties.gender,
  maritalStatus: parties.maritalStatus,
  educationField: parties.educationField,
  educationDegree: parties.educationDegree,
  religion: parties.religion,
  favoriteColor: parties.favoriteColor,
  priority: parties.priority,
  description: parties.description,
  birthDate: parties.birthDate,
  weddingDate: parties.weddingDate,
  foundedOn: parties.foundedOn,
  createdAt: parties.createdAt,
  income: parties.income,
  creditLimit: parties.creditLimit,
  employeesCount: parties.employeesCount,
  foundedYear: parties.foundedYear,
} satisfies Record<PartyCondition['field'], SQLiteColumn>;

// Typed text is normalised like stored text (ی/ک, digits) so «علي» finds «علی».
function typed(value: string | number): string | number {
  return typeof value === 'string' ? toAsciiDigits(normalizePersianText(value)) : value;
}

function conditionSql({ field, op, value, to }: PartyCondition): SQL | undefined {
  const column: SQLiteColumn = FILTER_COLUMNS[field];
  // createdAt is an instant; the filter speaks in the office's calendar days.
  const bound = (edge: string | number, dayOffset: number) =>
    field === 'createdAt' && typeof edge === 'string' ? localDayStart(edge, dayOffset) : typed(edge);
  switch (op) {
    case 'empty':
      return sql`(${column} IS NULL OR ${column} = '')`;
    case 'notEmpty':
      return sql`(${column} IS NOT NULL AND ${column} <> '')`;
    case 'eq':
      return value === undefined ? undefined : sql`${column} = ${typed(value)}`;
    case 'contains':
      return value === undefined ? undefined : sql`instr(${column}, ${typed(value)}) > 0`;
    case 'between':
      return and(
        value === undefined ? undefined : sql`${column} >= ${bound(value, 0)}`,
        to === undefined ? undefined : field === 'createdAt' ? sql`${column} < ${bound(to, 1)}` : sql`${column} <= ${bound(to, 0)}`,
      );
  }
}

export function partyListWhere(kind: PartyKind, request: ListRequest, session: Session | null, today: string): SQL | undefined {
  const { filter } = request;
  return and(
    ...filter.conditions.map(conditionSql),
    filter.ranking === undefined
      ? undefined
      : sql`EXISTS (SELECT 1 FROM json_each(parties.rankings) WHERE json_extract(value, '$.name') = ${filter.ranking}
          AND coalesce(json_extract(value, '$.from'), '') <= ${today} AND coalesce(json_extract(value, '$.to'), '9999') >= ${today})`,
    eq(parties.kind, kind),
    filter.deleted ? isNotNull(parties.deletedAt) : isNull(parties.deletedAt),
    scopeCondition(session),
    matchesText(filter.q),
    filter.groupId === undefined ? undefined : inGroupSubtree(filter.groupId),
    filter.role === undefined ? undefined : sql`EXISTS (SELECT 1 FROM json_each(parties.roles) WHERE value = ${filter.role})`,
    filter.managerId === undefined
      ? undefined
      : sql`${parties.id} IN (SELECT party_id FROM party_managers WHERE user_id = ${filter.managerId})`,
    filter.active === undefined ? undefined : eq(parties.active, filter.active),
    filter.priority === undefined ? undefined : eq(parties.priority, filter.priority),
    filter.city === undefined ? undefined : eq(parties.city, filter.city),
    filter.createdFrom === undefined ? undefined : sql`${parties.createdAt} >= ${localDayStart(filter.createdFrom)}`,
    filter.createdTo === undefined ? undefined : sql`${parties.createdAt} < ${localDayStart(filter.createdTo, 1)}`,
  );
}

function orderOf(request: ListRequest): SQL[] {
  const direction = request.descending ? desc : asc;
  switch (request.sort) {
    case 'name':
      return [direction(parties.sortKey), direction(parties.id)];
    case 'code':
      return [direction(sql`length(${parties.code})`), direction(parties.code)];
    case 'createdAt':
      return [direction(parties.createdAt), direction(parties.id)];
  }
}

export function listParties(
  db: ReadDb,
  kind: PartyKind,
  request: ListRequest,
  session: Session | null,
  today: string,
): { rows: PartyRow[]; total: number } {
  const where = partyListWhere(kind, request, session, today);
  const rows = db
    .select({
      id: parties.id,
      kind: parties.kind,
      code: parties.code,
      displayName: parties.displayName,
      active: parties.active,
      priority: parties.priority,
      color: parties.color,
      city: parties.city,
      roles: parties.roles,
      mobile: firstContact('mobile'),
      phone: firstContact('phone'),
      email: firstContact('email'),
      birthDate: parties.birthDate,
      createdAt: parties.createdAt,
      deletedAt: parties.deletedAt,
    })
    .from(parties)
    .where(where)
    .orderBy(...orderOf(request))
    .limit(request.limit)
    .offset(request.offset)
    .all();
  const total = db.select({ n: count() }).from(parties).where(where).get()?.n ?? 0;
  return { rows, total };
}
