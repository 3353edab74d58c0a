import { and, eq, gte, inArray, isNull, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { SearchHit } from '../../../src-shared/api/search';
import type { PartyKind } from '../../../src-shared/api/parties';
import { formatPhone, parseLegalNationalId, parseNationalCode, phoneLookupKey } from '../../../src-shared/domain/iran-ids';
import { persianSortKey, toAsciiDigits } from '../../../src-shared/domain/persian-text';
import type { Session } from '../../core/context';
import type { ReadDb } from '../../core/db/open';
import { matchesText } from './list-queries';
import { parties } from './schema';
import { scopeCondition, visibleKinds } from './scope';

type Match = SearchHit['matchedBy'];

// Word-prefix matches beyond the name-start ones: enough to fill the box, never the whole table.
const FTS_CANDIDATES = 500;

// `parties.id` literally: see firstContact in list-queries.ts.
const preferredPhone = sql<string | null>`(SELECT value FROM contact_points cp WHERE cp.party_id = parties.id
  AND cp.kind IN ('mobile', 'phone') AND cp.deleted_at IS NULL ORDER BY cp.kind = 'mobile' DESC, cp.preferred DESC, cp.id LIMIT 1)`;


// The global search box. Exact keys first (code, phone in any form, national code, e-mail), then names
// that start with what was typed (an index range on the Persian sort key), then any word that does.
export function quickSearch(
  db: ReadDb,
  session: Session | null,
  text: string,
  limit: number,
  defaultAreaCode: string,
  onlyKind?: PartyKind,
): SearchHit[] {
  const kinds = visibleKinds(session).filter((kind) => !onlyKind || kind === onlyKind);
  const query = toAsciiDigits(text).trim();
  if (!query || kinds.length === 0) return [];
  const hits: SearchHit[] = [];
  const seen = new Set<number>();

  const collect = (condition: SQL | undefined, matchedBy: Match | ((code: string) => Match), max: number, order: SQL = sql`${parties.sortKey}`) => {
    if (!condition || hits.length >= limit) return;
    const rows = db
      .select({ id: parties.id, kind: parties.kind, code: parties.code, title: parties.displayName, phone: preferredPhone })
      .from(parties)
      .where(
        and(
          condition,
          isNull(parties.deletedAt),
          inArray(parties.kind, kinds),
          scopeCondition(session),
          seen.size ? notInArray(parties.id, [...seen]) : undefined,
        ),
      )
      .orderBy(order)
      .limit(Math.min(max, limit - hits.length))
      .all();
    for (const row of rows) {
      seen.add(row.id);
      const match = typeof matchedBy === 'function' ? matchedBy(row.code) : matchedBy;
      hits.push({ partyId: row.id, kind: row.kind, code: row.code, title: row.title, subtitle: row.phone && formatPhone(row.phone), matchedBy: match });
    }
  };

  const byContact = (key: string | null) =>
    key
      ? sql`${parties.id} IN (SELECT party_id FROM contact_points WHERE lookup_key = ${key} AND deleted_at IS NULL)`
      : undefined;
  const nationalCode = parseNationalCode(query);
  const legalId = parseLegalNationalId(query);

  collect(eq(parties.code, query), 'code', limit);
  const numeric = /^[+\d\s()-]+$/.test(query);
  if (numeric && query.length >= 7) collect(byContact(phoneLookupKey(query, defaultAreaCode)), 'phone', limit);
  if (nationalCode.ok) collect(eq(parties.nationalCode, nationalCode.value), 'nationalCode', limit);
  if (legalId.ok) collect(eq(parties.legalNationalId, legalId.value), 'nationalCode', limit);
  if (query.includes('@')) collect(byContact(query.toLowerCase()), 'email', limit);

  if (numeric) {
    // Part of a number: one digit string in its national form, not a word per space-separated group
    // («+98 912 123» as three word prefixes matches most of the table and is slow).
    const digits = nationalDigits(query);
    collect(matchesText(digits, FTS_CANDIDATES), (code) => (code.startsWith(digits) ? 'code' : 'phone'), limit);
    return hits;
  }
  const prefix = persianSortKey(query);
  if (prefix) collect(and(gte(parties.sortKey, prefix), lt(parties.sortKey, `${prefix}\uffff`)), 'name', limit);
  collect(matchesText(query, FTS_CANDIDATES), 'name', limit);
  return hits;
}

function nationalDigits(query: string): string {
  const digits = query.replace(/\D/g, '');
  if (digits.startsWith('0098')) return `0${digits.slice(4)}`;
  if (query.trim().startsWith('+98') || (digits.startsWith('98') && digits.length > 10)) return `0${digits.slice(2)}`;
  return digits;
}
