import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { Campaign, InMessage, OutMessage, OutStatus } from '../../../src-shared/api/messaging';
import type { Session } from '../../core/context';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { parties } from '../parties/schema';
import { smsCampaigns, smsMessages } from './schema';

type AnyDb = ReadDb | WriteDb;

// "Own records only" users see messages they queued and those to or from the people they manage.
function messageScope(session: Session | null): SQL | undefined {
  if (!session || session.scope === 'all') return undefined;
  return or(
    eq(smsMessages.createdBy, session.userId),
    sql`${smsMessages.partyId} IN (SELECT party_id FROM party_managers WHERE user_id = ${session.userId})`,
  );
}

const partsSent = sql<number>`(SELECT count(*) FROM sms_parts p WHERE p.message_id = ${smsMessages.id} AND p.status IN ('submitted', 'delivered'))`;

const outboxColumns = {
  id: smsMessages.id,
  campaignId: smsMessages.campaignId,
  partyId: smsMessages.partyId,
  partyName: parties.displayName,
  number: smsMessages.number,
  text: smsMessages.text,
  kind: smsMessages.kind,
  gateway: smsMessages.gateway,
  status: smsMessages.status,
  parts: smsMessages.partsTotal,
  partsSent,
  error: smsMessages.error,
  createdAt: smsMessages.createdAt,
  sentAt: smsMessages.sentAt,
  deliveredAt: smsMessages.deliveredAt,
};

export function listOutbox(
  db: AnyDb,
  session: Session | null,
  request: { offset: number; limit: number; campaignId?: number; status?: OutStatus; partyId?: number },
): { rows: OutMessage[]; total: number } {
  const where = and(
    eq(smsMessages.direction, 'out'),
    request.campaignId === undefined ? undefined : eq(smsMessages.campaignId, request.campaignId),
    request.status === undefined ? undefined : eq(smsMessages.status, request.status),
    request.partyId === undefined ? undefined : eq(smsMessages.partyId, request.partyId),
    messageScope(session),
  );
  return pageOfMessages<OutMessage>(db, outboxColumns, where, request);
}

const inboxColumns = {
  id: smsMessages.id,
  partyId: smsMessages.partyId,
  partyName: parties.displayName,
  number: smsMessages.number,
  text: smsMessages.text,
  receivedAt: smsMessages.receivedAt,
  incomplete: smsMessages.incomplete,
  ruleAction: smsMessages.ruleAction,
  referredTo: smsMessages.referredTo,
  read: sql<boolean>`${smsMessages.readAt} IS NOT NULL`.mapWith(Boolean),
};

export function listInbox(
  db: AnyDb,
  session: Session | null,
  request: { offset: number; limit: number; referredToMe: boolean; unlinked: boolean; partyId?: number },
): { rows: InMessage[]; total: number } {
  const where = and(
    eq(smsMessages.direction, 'in'),
    request.referredToMe && session ? eq(smsMessages.referredTo, session.userId) : undefined,
    request.unlinked ? isNull(smsMessages.partyId) : undefined,
    request.partyId === undefined ? undefined : eq(smsMessages.partyId, request.partyId),
    messageScope(session),
  );
  return pageOfMessages<InMessage>(db, inboxColumns, where, request);
}

// One page of messages, newest first, and how many there are in all.
function pageOfMessages<T>(db: AnyDb, columns: typeof outboxColumns | typeof inboxColumns, where: SQL | undefined, request: { offset: number; limit: number }) {
  const rows = db
    .select(columns)
    .from(smsMessages)
    .leftJoin(parties, eq(parties.id, smsMessages.partyId))
    .where(where)
    .orderBy(desc(smsMessages.id))
    .limit(request.limit)
    .offset(request.offset)
    .all() as T[];
  const total = db.select({ n: count() }).from(smsMessages).where(where).get()?.n ?? 0;
  return { rows, total };
}

export function getInbound(db: AnyDb, session: Session | null, id: number): InMessage {
  const row = db
    .select(inboxColumns)
    .from(smsMessages)
    .leftJoin(parties, eq(parties.id, smsMessages.partyId))
    .where(and(eq(smsMessages.id, id), eq(smsMessages.direction, 'in'), messageScope(session)))
    .get();
  if (!row) throw new AppError('record.notFound', { table: 'sms_messages', id });
  return row as InMessage;
}

const EMPTY_COUNTS = { queued: 0, sending: 0, sent: 0, delivered: 0, failed: 0, unknown: 0, cancelled: 0, dismissed: 0 };

export function campaignCounts(db: AnyDb, campaignIds: readonly number[]): Map<number, Campaign['counts']> {
  const counts = new Map<number, Campaign['counts']>(campaignIds.map((id) => [id, { ...EMPTY_COUNTS }]));
  if (campaignIds.length === 0) return counts;
  const rows = db
    .select({ campaignId: smsMessages.campaignId, status: smsMessages.status, n: count() })
    .from(smsMessages)
    .where(inArray(smsMessages.campaignId, [...campaignIds]))
    .groupBy(smsMessages.campaignId, smsMessages.status)
    .all();
  for (const row of rows) {
    const target = counts.get(row.campaignId!);
    if (target && row.status in target) target[row.status as keyof Campaign['counts']] = row.n;
  }
  return counts;
}

type CampaignRow = typeof smsCampaigns.$inferSelect;

function toCampaign(row: CampaignRow, counts: Campaign['counts']): Campaign {
  // "done" is not stored: a running campaign is done when nothing is left to send.
  const status = row.status === 'running' && counts.queued + counts.sending === 0 ? 'done' : row.status;
  return {
    id: row.id,
    name: row.name,
    body: row.body,
    audienceLabel: row.audienceLabel,
    gateway: row.gateway,
    status,
    recipients: row.recipients,
    excluded: { duplicates: row.duplicates, optedOut: row.optedOut, noMobile: row.noMobile },
    counts,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    version: row.version,
  };
}

export function listCampaigns(db: AnyDb, session: Session | null, offset: number, limit: number): { rows: Campaign[]; total: number } {
  const where = and(isNull(smsCampaigns.deletedAt), session && session.scope === 'own' ? eq(smsCampaigns.createdBy, session.userId) : undefined);
  const rows = db.select().from(smsCampaigns).where(where).orderBy(desc(smsCampaigns.id)).limit(limit).offset(offset).all();
  const counts = campaignCounts(
    db,
    rows.map((row) => row.id),
  );
  const total = db.select({ n: count() }).from(smsCampaigns).where(where).get()?.n ?? 0;
  return { rows: rows.map((row) => toCampaign(row, counts.get(row.id)!)), total };
}

export function getCampaign(db: AnyDb, session: Session | null, id: number): Campaign {
  const row = db
    .select()
    .from(smsCampaigns)
    .where(and(eq(smsCampaigns.id, id), isNull(smsCampaigns.deletedAt)))
    .get();
  if (!row || (session?.scope === 'own' && row.createdBy !== session.userId)) throw new AppError('record.notFound', { table: 'sms_campaigns', id });
  return toCampaign(row, campaignCounts(db, [id]).get(id)!);
}
