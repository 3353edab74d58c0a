import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { Meeting } from '../../../src-shared/api/meetings';
import type { WriteCtx } from '../../core/context';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { users } from '../auth/schema';
import { logInteraction } from '../interactions/queries';
import { parties } from '../parties/schema';
import { planMeetingAlarms } from './alarms';
import { meetings } from './schema';

type AnyDb = ReadDb | WriteDb;

export interface MeetingValues {
  title: string;
  startAt: number;
  endAt: number;
  place: string | null;
  notes: string | null;
  userIds: number[];
  partyIds: number[];
  reminderMinutes: number | null;
}

function namesOf(db: AnyDb, table: typeof users | typeof parties, ids: number[]): string[] {
  if (ids.length === 0) return [];
  const rows = db.select({ id: table.id, name: table.displayName }).from(table).where(inArray(table.id, ids)).all();
  return ids.map((id) => rows.find((row) => row.id === id)?.name ?? '');
}

function toMeeting(db: AnyDb, row: typeof meetings.$inferSelect): Meeting {
  return {
    id: row.id,
    title: row.title,
    startAt: row.startAt,
    endAt: row.endAt,
    place: row.place,
    notes: row.notes,
    userIds: row.userIds,
    userNames: namesOf(db, users, row.userIds),
    partyIds: row.partyIds,
    partyNames: namesOf(db, parties, row.partyIds),
    reminderMinutes: row.reminderMinutes,
    version: row.version,
  };
}

export function getMeeting(db: AnyDb, id: number): Meeting {
  const row = db.select().from(meetings).where(and(eq(meetings.id, id), isNull(meetings.deletedAt))).get();
  if (!row) throw new AppError('record.notFound', { table: 'meetings', id });
  return toMeeting(db, row);
}

// A user's (or a person's) meetings that overlap [from, to).
export function listMeetings(db: AnyDb, from: number, to: number, who: { userId: number } | { partyId: number }): Meeting[] {
  const participant = 'userId' in who ? sql`user_id = ${who.userId}` : sql`party_id = ${who.partyId}`;
  return db
    .select()
    .from(meetings)
    .where(
      and(
        isNull(meetings.deletedAt),
        sql`${meetings.startAt} < ${to}`,
        sql`${meetings.endAt} > ${from}`,
        sql`${meetings.id} IN (SELECT meeting_id FROM meeting_participants WHERE ${participant})`,
      ),
    )
    .orderBy(asc(meetings.startAt), asc(meetings.id))
    .all()
    .map((row) => toMeeting(db, row));
}

function writeParticipants(db: WriteDb, id: number, values: Pick<MeetingValues, 'userIds' | 'partyIds'>): void {
  prepared(db, 'DELETE FROM meeting_participants WHERE meeting_id = ?').run(id);
  const insert = prepared(db, 'INSERT INTO meeting_participants (meeting_id, user_id, party_id) VALUES (?, ?, ?)');
  for (const userId of values.userIds) insert.run(id, userId, null);
  for (const partyId of values.partyIds) insert.run(id, null, partyId);
}

// Who may change or cancel a meeting: whoever set it up, its users, and admins.
export function requireMeetingOwner(ctx: WriteCtx, id: number): Meeting & { organiserId: number | null } {
  const meeting = getMeeting(ctx.db, id);
  const organiserId = ctx.db.select({ by: meetings.createdBy }).from(meetings).where(eq(meetings.id, id)).get()?.by ?? null;
  const session = ctx.session;
  if (session && !session.isAdmin && organiserId !== session.userId && !meeting.userIds.includes(session.userId)) {
    throw new AppError('record.notFound', { table: 'meetings', id });
  }
  return { ...meeting, organiserId };
}

// The organiser always takes part (and is reminded); each person or company gets the meeting in their
// history when they are first added to it.
export function saveMeeting(ctx: WriteCtx, values: MeetingValues, existing?: { id: number; version: number; organiserId: number | null; partyIds: number[] }): Meeting {
  const organiser = existing ? existing.organiserId : (ctx.session?.userId ?? null);
  const withOrganiser = { ...values, userIds: [...new Set([...(organiser === null ? [] : [organiser]), ...values.userIds])] };
  let id: number;
  if (existing) {
    ctx.records.update(meetings, existing.id, withOrganiser, { expectedVersion: existing.version });
    id = existing.id;
  } else {
    id = ctx.records.insert(meetings, withOrganiser).id;
  }
  for (const partyId of values.partyIds.filter((partyId) => !existing?.partyIds.includes(partyId))) {
    logInteraction(ctx, {
      partyId,
      subject: `جلسه: ${values.title}`,
      method: 'meeting',
      direction: 'outgoing',
      occurredAt: values.startAt,
      userId: organiser,
      description: values.place ?? '',
    });
  }
  writeParticipants(ctx.db, id, withOrganiser);
  planMeetingAlarms(ctx.db, { id, startAt: values.startAt, userIds: withOrganiser.userIds, reminderMinutes: values.reminderMinutes, deleted: false });
  return getMeeting(ctx.db, id);
}

export function removeMeeting(ctx: WriteCtx, id: number): void {
  const meeting = requireMeetingOwner(ctx, id);
  ctx.records.remove(meetings, id);
  planMeetingAlarms(ctx.db, { id, startAt: meeting.startAt, userIds: meeting.userIds, reminderMinutes: meeting.reminderMinutes, deleted: true });
}
