import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { LookupResult, MemberPanel, MemberRow, MEMBER_STATUSES } from '../../../src-shared/api/club';
import { AppError } from '../../../src-shared/api/errors';
import { parseMobile, parseNationalCode } from '../../../src-shared/domain/iran-ids';
import { addDays, jalaliAnniversaryInYear, toJalali, todayIsoDate } from '../../../src-shared/domain/jalali';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { matchesText } from '../parties/list-queries';
import { parties } from '../parties/schema';
import { cardsOf } from './cards';
import { offersFor } from './discounts';
import { expiringSoon } from './points';
import { clubCards, clubMembers, clubTiers } from './schema';
import { listTiers, readClubSettings } from './settings';
import { windowProgress, windowStart } from './standing';
import { nextTier } from './tiers';

type AnyDb = ReadDb | WriteDb;

// Correlated subqueries name the outer table literally (drizzle would render a bare "id").
const activeCardCode = sql<string | null>`(SELECT c.code FROM club_cards c WHERE c.member_id = "club_members"."id" AND c.blocked_at IS NULL ORDER BY c.id DESC LIMIT 1)`;
// A member's points balance, for a query over club_members.
export const pointsOf = sql<number>`(SELECT COALESCE(SUM(l.points), 0) FROM club_ledger l WHERE l.member_id = "club_members"."id")`;
const walletOf = sql<number>`COALESCE((SELECT w.balance_rials FROM club_wallet w WHERE w.member_id = "club_members"."id" ORDER BY w.id DESC LIMIT 1), 0)`;

function selectMembers(db: AnyDb) {
  return db
    .select({
      id: clubMembers.id,
      partyId: clubMembers.partyId,
      name: parties.displayName,
      membershipNumber: clubMembers.membershipNumber,
      cardCode: activeCardCode,
      status: clubMembers.status,
      tierId: clubMembers.tierId,
      tierName: clubTiers.name,
      joinedAt: clubMembers.joinedAt,
      points: pointsOf,
      walletRials: walletOf,
      version: clubMembers.version,
    })
    .from(clubMembers)
    .innerJoin(parties, eq(parties.id, clubMembers.partyId))
    .leftJoin(clubTiers, eq(clubTiers.id, clubMembers.tierId));
}

export function getMemberRow(db: AnyDb, memberId: number): MemberRow {
  const row = selectMembers(db).where(eq(clubMembers.id, memberId)).get();
  if (!row) throw new AppError('record.notFound', { table: 'club_members', id: memberId });
  return row;
}

export interface MemberFilter {
  search?: string;
  tierId?: number;
  status?: (typeof MEMBER_STATUSES)[number];
}

function filterCondition(filter: MemberFilter): SQL | undefined {
  const search = filter.search?.trim();
  let matches: SQL | undefined;
  if (search) {
    const digits = search.replace(/\D/g, '');
    matches =
      digits.length === search.length
        ? sql`(${clubMembers.membershipNumber} = ${digits} OR ${clubMembers.id} IN (SELECT member_id FROM club_cards WHERE code = ${digits}))`
        : matchesText(search);
  }
  return and(
    matches,
    filter.tierId === undefined ? undefined : eq(clubMembers.tierId, filter.tierId),
    filter.status === undefined ? undefined : eq(clubMembers.status, filter.status),
  );
}

export function listMembers(db: AnyDb, filter: MemberFilter, offset: number, limit: number) {
  const where = filterCondition(filter);
  const rows = selectMembers(db).where(where).orderBy(desc(clubMembers.id)).limit(limit).offset(offset).all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(clubMembers)
      .innerJoin(parties, eq(parties.id, clubMembers.partyId))
      .where(where)
      .get()?.n ?? 0;
  return { rows, total };
}

export function memberIdsMatching(db: AnyDb, filter: MemberFilter, max: number): number[] {
  return selectMembers(db)
    .where(filterCondition(filter))
    .orderBy(clubMembers.id)
    .limit(max)
    .all()
    .map((row) => row.id);
}

function birthdayBadge(birthDate: string | null, now: number): MemberPanel['birthday'] {
  if (!birthDate) return null;
  const today = todayIsoDate(now);
  const { jy } = toJalali(today);
  // This Jalali year's birthday, or next year's when it has passed (a week across Nowruz).
  const candidates = [jalaliAnniversaryInYear(birthDate, jy), jalaliAnniversaryInYear(birthDate, jy + 1)];
  if (candidates.includes(today)) return 'today';
  const weekEnd = addDays(today, 7);
  return candidates.some((day) => day > today && day <= weekEnd) ? 'thisWeek' : null;
}

const NOTICE_HORIZON_DAYS = 30;
const PANEL_ROWS = 5;

// The panel is what every swipe at the counter reads: its queries are prepared once (prepared()), not
// built by drizzle on every call, and each reads one member's rows through an index.
const MEMBER_SQL = `SELECT m.id, m.party_id AS partyId, p.display_name AS name, m.membership_number AS membershipNumber, m.status, m.tier_id AS tierId,
    m.joined_at AS joinedAt, m.version, m.referral_code AS referralCode, m.expires_at AS expiresAt, p.national_code AS nationalCode, p.birth_date AS birthDate,
    (SELECT COALESCE(SUM(l.points), 0) FROM club_ledger l WHERE l.member_id = m.id) AS points,
    COALESCE((SELECT w.balance_rials FROM club_wallet w WHERE w.member_id = m.id ORDER BY w.id DESC LIMIT 1), 0) AS walletRials,
    (SELECT cp.lookup_key FROM contact_points cp WHERE cp.party_id = m.party_id AND cp.kind = 'mobile' AND cp.deleted_at IS NULL
      ORDER BY cp.preferred DESC, cp.id LIMIT 1) AS mobile,
    (SELECT a.id FROM attachments a WHERE a.party_id = m.party_id AND a.purpose = 'photo' AND a.deleted_at IS NULL ORDER BY a.id DESC LIMIT 1) AS photoAttachmentId
  FROM club_members m JOIN parties p ON p.id = m.party_id WHERE m.id = ?`;

interface PanelMember {
  id: number;
  partyId: number;
  name: string;
  membershipNumber: string;
  status: MemberRow['status'];
  tierId: number | null;
  joinedAt: number;
  version: number;
  referralCode: string;
  expiresAt: number | null;
  nationalCode: string | null;
  birthDate: string | null;
  points: number;
  walletRials: number;
  mobile: string | null;
  photoAttachmentId: number | null;
}

export function memberPanel(db: AnyDb, memberId: number, now: number): MemberPanel {
  const member = prepared(db, MEMBER_SQL).get(memberId) as PanelMember | undefined;
  if (!member) throw new AppError('record.notFound', { table: 'club_members', id: memberId });
  const settings = readClubSettings(db);
  const tiers = listTiers(db);
  const tier = tiers.find((t) => t.id === member.tierId);
  const progress = windowProgress(db, memberId, settings.tierBasis, windowStart(settings, now));
  const horizon = Math.max(settings.expiryNoticeDays, NOTICE_HORIZON_DAYS) * 86_400_000;
  const cards = cardsOf(db, memberId);
  return {
    ...member,
    cardCode: cards.find((card) => card.blockedAt === null)?.code ?? null,
    tierName: tier?.name ?? null,
    birthday: birthdayBadge(member.birthDate, now),
    tierDiscountPercent: tier?.discountPercent ?? 0,
    tierMultiplier: tier?.pointMultiplier ?? 1,
    nextTier: nextTier(tiers, progress, member.tierId),
    windowProgress: progress,
    expiringSoon: expiringSoon(db, memberId, now + horizon),
    offers: offersFor(db, memberId, member.tierId, todayIsoDate(now)),
    openTasks: prepared(
      db,
      `SELECT id, code, title, due_at AS dueAt FROM tasks WHERE party_id = ? AND completed_at IS NULL AND deleted_at IS NULL ORDER BY due_at IS NULL, due_at, id LIMIT ${PANEL_ROWS}`,
    ).all(member.partyId) as MemberPanel['openTasks'],
    // The member is a person: their own history (a company's would include its people's).
    lastInteractions: prepared(
      db,
      `SELECT id, subject, method, occurred_at AS occurredAt FROM interactions WHERE party_id = ? AND deleted_at IS NULL ORDER BY occurred_at DESC, id DESC LIMIT ${PANEL_ROWS}`,
    ).all(member.partyId) as MemberPanel['lastInteractions'],
    cards,
  };
}

function memberOfParty(db: AnyDb, partyId: number): number | null {
  return db.select({ id: clubMembers.id }).from(clubMembers).where(eq(clubMembers.partyId, partyId)).get()?.id ?? null;
}

function personBy(db: AnyDb, condition: SQL) {
  return db
    .select({ id: parties.id, name: parties.displayName })
    .from(parties)
    .where(and(condition, eq(parties.kind, 'person'), isNull(parties.deletedAt)))
    .get();
}

// A card, a membership number, a mobile or a national code: whatever the receptionist has.
export function lookup(db: AnyDb, code: string, now: number): LookupResult {
  const card = db.select({ memberId: clubCards.memberId, blockedAt: clubCards.blockedAt, reason: clubCards.blockReason }).from(clubCards).where(eq(clubCards.code, code)).get();
  if (card) {
    if (card.blockedAt === null) return { status: 'found', panel: memberPanel(db, card.memberId, now) };
    return { status: 'blocked', code, memberId: card.memberId, name: getMemberRow(db, card.memberId).name, reason: card.reason };
  }
  const byNumber = db.select({ id: clubMembers.id }).from(clubMembers).where(eq(clubMembers.membershipNumber, code)).get();
  if (byNumber) return { status: 'found', panel: memberPanel(db, byNumber.id, now) };
  const mobile = parseMobile(code);
  const nationalCode = parseNationalCode(code);
  const person = mobile.ok
    ? personBy(db, sql`${parties.id} IN (SELECT party_id FROM contact_points WHERE lookup_key = ${mobile.value} AND deleted_at IS NULL)`)
    : nationalCode.ok
      ? personBy(db, eq(parties.nationalCode, nationalCode.value))
      : undefined;
  if (person) {
    const memberId = memberOfParty(db, person.id);
    if (memberId !== null) return { status: 'found', panel: memberPanel(db, memberId, now) };
    return { status: 'unknown', code, partyId: person.id, partyName: person.name };
  }
  return { status: 'unknown', code, partyId: null, partyName: null };
}

export function requireMember(db: AnyDb, memberId: number) {
  const member = db.select().from(clubMembers).where(eq(clubMembers.id, memberId)).get();
  if (!member) throw new AppError('record.notFound', { table: 'club_members', id: memberId });
  return member;
}
