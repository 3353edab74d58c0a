import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { Audience } from '../../../src-shared/api/messaging';
import { PartyListRequest, type PartyKind } from '../../../src-shared/api/parties';
import type { MergeRecipient } from '../../../src-shared/domain/merge-fields';
import type { Session } from '../../core/context';
import { cachedQuery, type ReadDb, type WriteDb } from '../../core/db/open';
import { groups } from '../groups/schema';
import { visibleSegments } from '../segments/handlers';
import { partyListWhere } from './list-queries';
import { scopeCondition, visibleKinds } from './scope';
import { parties } from './schema';

// Who a mailing reaches (SMS campaigns, printed letters, labels) and the values its merge fields take.

type AnyDb = ReadDb | WriteDb;
export type PartyAudience = Exclude<Audience, { kind: 'numbers' }>;

// Correlated subqueries name the outer table literally: drizzle renders ${parties.id} as a bare "id".
// The preferred mobile a person allows SMS on; `blockedMobile` tells "has one, but asked for no SMS".
const sendableMobile = sql<string | null>`(SELECT cp.lookup_key FROM contact_points cp WHERE cp.party_id = parties.id AND cp.kind = 'mobile'
  AND cp.deleted_at IS NULL AND cp.no_sms = 0 AND cp.lookup_key IS NOT NULL ORDER BY cp.preferred DESC, cp.id LIMIT 1)`;
const blockedMobile = sql<number>`EXISTS (SELECT 1 FROM contact_points cp WHERE cp.party_id = parties.id AND cp.kind = 'mobile'
  AND cp.deleted_at IS NULL AND cp.no_sms = 1)`;
// Club balances for «{امتیاز}» and «{کیف پول}»: null for someone who is not a member.
const clubPoints = sql<number | null>`(SELECT SUM(l.points) FROM club_members m JOIN club_ledger l ON l.member_id = m.id WHERE m.party_id = parties.id)`;
const clubWallet = sql<number | null>`(SELECT CASE WHEN m.id IS NULL THEN NULL ELSE COALESCE((SELECT w.balance_rials FROM club_wallet w WHERE w.member_id = m.id ORDER BY w.id DESC LIMIT 1), 0) END
  FROM club_members m WHERE m.party_id = parties.id)`;
const firstLink = `FROM party_links l JOIN parties c ON c.id = l.company_id
  WHERE l.person_id = parties.id AND l.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY l.id LIMIT 1`;
const companyName = sql<string | null>`(SELECT c.display_name ${sql.raw(firstLink)})`;
const position = sql<string | null>`(SELECT l.position ${sql.raw(firstLink)})`;
// The postal address letters go to: the preferred address that allows letters and has a street line and
// a city or postal code (what a postman needs). Packed in one column: one subquery instead of four.
const postalAddress = sql<string | null>`(SELECT json_array(cp.province, cp.city, cp.address_line, cp.postal_code) FROM contact_points cp
  WHERE cp.party_id = parties.id AND cp.kind = 'address' AND cp.deleted_at IS NULL AND cp.no_letter = 0
  AND trim(COALESCE(cp.address_line, '')) <> '' AND (cp.city IS NOT NULL OR cp.postal_code IS NOT NULL)
  ORDER BY cp.preferred DESC, cp.id LIMIT 1)`;

function listWhere(kind: PartyKind, filter: unknown, session: Session, today: string): SQL | undefined {
  return partyListWhere(kind, PartyListRequest.parse({ filter }), session, today);
}

// The parties an audience names, within what this session may see, and a Persian label for reports.
export function audienceCondition(db: AnyDb, audience: PartyAudience, session: Session, today: string): { where: SQL | undefined; label: string } {
  const kinds = visibleKinds(session);
  switch (audience.kind) {
    case 'segment': {
      const segment = visibleSegments(db, session).find((row) => row.id === audience.segmentId);
      if (!segment || !kinds.includes(segment.kind)) throw new AppError('record.notFound', { table: 'segments', id: audience.segmentId });
      return { where: listWhere(segment.kind, segment.filter, session, today), label: `فهرست «${segment.name}»` };
    }
    case 'group':
      return {
        where: or(...kinds.map((kind) => listWhere(kind, { groupId: audience.groupId }, session, today))),
        label: `گروه «${db.select({ name: groups.name }).from(groups).where(eq(groups.id, audience.groupId)).get()?.name ?? audience.groupId}»`,
      };
    case 'filter':
      if (!kinds.includes(audience.partyKind)) throw new AppError('auth.forbidden', { permission: `${audience.partyKind === 'person' ? 'people' : 'companies'}.view` });
      return { where: listWhere(audience.partyKind, audience.filter, session, today), label: audience.partyKind === 'person' ? 'اشخاص فیلترشده' : 'شرکت‌های فیلترشده' };
    case 'selection':
      return {
        where: and(
          inArray(parties.id, audience.partyIds),
          isNull(parties.deletedAt),
          scopeCondition(session),
          or(...kinds.map((kind) => eq(parties.kind, kind))),
        ),
        label: `${audience.partyIds.length} رکورد انتخاب‌شده`,
      };
  }
}

const mergeColumns = {
  id: parties.id,
  kind: parties.kind,
  prefix: parties.prefix,
  gender: parties.gender,
  firstName: parties.firstName,
  lastName: parties.lastName,
  displayName: parties.displayName,
  code: parties.code,
  birthDate: parties.birthDate,
  company: companyName,
  position,
  mobile: sendableMobile,
  blocked: blockedMobile,
  points: clubPoints,
  walletRials: clubWallet,
  postalAddress,
};

// In the list's own order (Persian alphabetical), which is also the order labels and letters print in.
export function mergeRows(db: AnyDb, where: SQL | undefined) {
  return db.select(mergeColumns).from(parties).where(where).orderBy(parties.sortKey, parties.id).all();
}

export type MergeRow = ReturnType<typeof mergeRows>[number];

// One party's values; prepared once per connection (a nightly run sends notices to tens of thousands).
export function mergeRowOf(db: AnyDb, partyId: number): MergeRow | undefined {
  const query = cachedQuery(db, 'mergeRowOf', () =>
    db
      .select(mergeColumns)
      .from(parties)
      .where(and(eq(parties.id, sql.placeholder('partyId')), isNull(parties.deletedAt)))
      .prepare(),
  );
  return query.get({ partyId });
}

// Only the merge values: rows also carry the id, the mobile and the opt-out flag.
export function mergeOf(row: MergeRow): MergeRecipient {
  const [province, city, addressLine, postalCode] = row.postalAddress === null ? [] : (JSON.parse(row.postalAddress) as (string | null)[]);
  const { kind, prefix, gender, firstName, lastName, displayName, company, code, birthDate, points, walletRials } = row;
  return {
    kind,
    prefix,
    gender,
    firstName,
    lastName,
    displayName,
    company,
    code,
    birthDate,
    points,
    walletRials,
    position: row.position,
    // «تهران، خیابان …», not «تهران، تهران، خیابان …» when the province is named like its capital.
    address: addressLine ? [province === city ? null : province, city, addressLine].filter(Boolean).join('، ') : null,
    city: city ?? null,
    postalCode: postalCode ?? null,
  };
}
