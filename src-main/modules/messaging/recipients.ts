import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { Audience } from '../../../src-shared/api/messaging';
import { PartyListRequest, type PartyKind } from '../../../src-shared/api/parties';
import type { MergeRecipient } from '../../../src-shared/domain/merge-fields';
import { parseMobile } from '../../../src-shared/domain/iran-ids';
import type { Session } from '../../core/context';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { partyListWhere } from '../parties/list-queries';
import { scopeCondition, visibleKinds } from '../parties/scope';
import { contactPoints, parties } from '../parties/schema';
import { visibleSegments } from '../segments/handlers';
import { groups } from '../groups/schema';
import { smsOptOuts } from './schema';

export interface Recipient {
  partyId: number | null;
  name: string | null;
  // +989…
  number: string;
  merge: MergeRecipient;
}

export interface AudienceResult {
  recipients: Recipient[];
  report: { recipients: number; duplicates: number; optedOut: number; noMobile: number; invalidNumbers: string[] };
  label: string;
}

type AnyDb = ReadDb | WriteDb;

// The preferred mobile a person allows SMS on; `blockedMobile` tells "has one, but asked for no SMS".
const sendableMobile = sql<string | null>`(SELECT cp.lookup_key FROM contact_points cp WHERE cp.party_id = parties.id AND cp.kind = 'mobile'
  AND cp.deleted_at IS NULL AND cp.no_sms = 0 AND cp.lookup_key IS NOT NULL ORDER BY cp.preferred DESC, cp.id LIMIT 1)`;
const blockedMobile = sql<number>`EXISTS (SELECT 1 FROM contact_points cp WHERE cp.party_id = parties.id AND cp.kind = 'mobile'
  AND cp.deleted_at IS NULL AND cp.no_sms = 1)`;
// Club balances for «{امتیاز}» and «{کیف پول}»: null for someone who is not a member.
const clubPoints = sql<number | null>`(SELECT SUM(l.points) FROM club_members m JOIN club_ledger l ON l.member_id = m.id WHERE m.party_id = parties.id)`;
const clubWallet = sql<number | null>`(SELECT CASE WHEN m.id IS NULL THEN NULL ELSE COALESCE((SELECT w.balance_rials FROM club_wallet w WHERE w.member_id = m.id ORDER BY w.id DESC LIMIT 1), 0) END
  FROM club_members m WHERE m.party_id = parties.id)`;
const companyName = sql<string | null>`(SELECT c.display_name FROM party_links l JOIN parties c ON c.id = l.company_id
  WHERE l.person_id = parties.id AND l.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY l.id LIMIT 1)`;

function listWhere(kind: PartyKind, filter: unknown, session: Session, today: string): SQL | undefined {
  return partyListWhere(kind, PartyListRequest.parse({ filter }), session, today);
}

function partyCondition(db: AnyDb, audience: Exclude<Audience, { kind: 'numbers' }>, session: Session, today: string): { where: SQL | undefined; label: string } {
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

// Only the merge values: rows also carry the id, the mobile and the opt-out flag.
function mergeOf({ kind, prefix, gender, firstName, lastName, displayName, company, code, birthDate, points, walletRials }: MergeRecipient & { kind: PartyKind }): MergeRecipient {
  return { kind, prefix, gender, firstName, lastName, displayName, company, code, birthDate, points, walletRials };
}

const NUMBER_ONLY: MergeRecipient = {
  kind: 'number',
  prefix: null,
  gender: null,
  firstName: null,
  lastName: null,
  displayName: null,
  company: null,
  code: null,
  points: null,
  walletRials: null,
  birthDate: null,
};

function recipientRows(db: AnyDb, where: SQL | undefined) {
  return db
    .select({
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
      mobile: sendableMobile,
      blocked: blockedMobile,
      points: clubPoints,
      walletRials: clubWallet,
    })
    .from(parties)
    .where(where)
    .orderBy(parties.sortKey, parties.id)
    .all();
}

// Merge values of one known party (an auto-reply to a customer who wrote in).
export function mergeDataOf(db: AnyDb, partyId: number): MergeRecipient | null {
  const row = recipientRows(db, and(eq(parties.id, partyId), isNull(parties.deletedAt)))[0];
  return row ? mergeOf(row) : null;
}

// The one a notice goes to: their preferred SMS mobile, unless they have none or opted out.
export function noticeRecipient(db: AnyDb, partyId: number): Recipient | null {
  const row = recipientRows(db, and(eq(parties.id, partyId), isNull(parties.deletedAt)))[0];
  if (!row || row.mobile === null || isOptedOut(db, row.mobile)) return null;
  return { partyId: row.id, name: row.displayName, number: row.mobile, merge: mergeOf(row) };
}

function optedOutNumbers(db: AnyDb): Set<string> {
  return new Set(
    db
      .select({ number: smsOptOuts.number })
      .from(smsOptOuts)
      .where(isNull(smsOptOuts.deletedAt))
      .all()
      .map((row) => row.number),
  );
}

// Everyone an audience reaches, once each, with a mobile that may receive SMS and not on the opt-out list.
export function resolveAudience(db: AnyDb, session: Session, audience: Audience, today: string): AudienceResult {
  const optedOut = optedOutNumbers(db);
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  const report = { recipients: 0, duplicates: 0, optedOut: 0, noMobile: 0, invalidNumbers: [] as string[] };
  const add = (recipient: Recipient) => {
    if (seen.has(recipient.number)) report.duplicates++;
    else if (optedOut.has(recipient.number)) report.optedOut++;
    else {
      seen.add(recipient.number);
      recipients.push(recipient);
    }
  };

  let label: string;
  if (audience.kind === 'numbers') {
    label = 'فهرست شماره‌ها';
    for (const token of audience.text.split(/[\s,،;؛]+/).filter(Boolean)) {
      const mobile = parseMobile(token);
      if (!mobile.ok) {
        if (report.invalidNumbers.length < 50) report.invalidNumbers.push(token);
        continue;
      }
      const owner = db
        .select({ id: parties.id, displayName: parties.displayName })
        .from(contactPoints)
        .innerJoin(parties, eq(parties.id, contactPoints.partyId))
        .where(and(eq(contactPoints.lookupKey, mobile.value), isNull(contactPoints.deletedAt), isNull(parties.deletedAt), scopeCondition(session)))
        .get();
      add({ partyId: owner?.id ?? null, name: owner?.displayName ?? null, number: mobile.value, merge: { ...NUMBER_ONLY, displayName: owner?.displayName ?? null } });
    }
  } else {
    const condition = partyCondition(db, audience, session, today);
    label = condition.label;
    const rows = recipientRows(db, condition.where);
    for (const row of rows) {
      if (row.mobile === null) {
        if (row.blocked) report.optedOut++;
        else report.noMobile++;
        continue;
      }
      add({ partyId: row.id, name: row.displayName, number: row.mobile, merge: mergeOf(row) });
    }
  }
  report.recipients = recipients.length;
  return { recipients, report, label };
}

export function isOptedOut(db: AnyDb, number: string): boolean {
  return db.select({ id: smsOptOuts.id }).from(smsOptOuts).where(and(eq(smsOptOuts.number, number), isNull(smsOptOuts.deletedAt))).get() !== undefined;
}
