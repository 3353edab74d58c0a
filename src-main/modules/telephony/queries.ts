import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { Call, CallerCard } from '../../../src-shared/api/telephony';
import { diffDays, nextJalaliAnniversary, todayIsoDate } from '../../../src-shared/domain/jalali';
import type { Session } from '../../core/context';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { users } from '../auth/schema';
import { groups } from '../groups/schema';
import { interactions } from '../interactions/schema';
import { parties } from '../parties/schema';
import { openTasksFor } from '../tasks/queries';
import { calls } from './schema';

type AnyDb = ReadDb | WriteDb;

const callColumns = {
  id: calls.id,
  lineId: calls.lineId,
  lineName: calls.lineName,
  direction: calls.direction,
  state: calls.state,
  number: calls.number,
  withheld: calls.withheld,
  partyId: calls.partyId,
  partyName: parties.displayName,
  startedAt: calls.startedAt,
  endedAt: calls.endedAt,
  rings: calls.rings,
  userId: calls.userId,
  userName: users.displayName,
  interactionId: calls.interactionId,
  calledBack: calls.calledBack,
};

function selectCalls(db: AnyDb) {
  return db.select(callColumns).from(calls).leftJoin(parties, eq(parties.id, calls.partyId)).leftJoin(users, eq(users.id, calls.userId));
}

// "Own records only" users see the calls of the people they manage and calls from unknown numbers.
function callScope(session: Session | null) {
  if (!session || session.scope === 'all') return undefined;
  return sql`(${calls.partyId} IS NULL OR ${calls.partyId} IN (SELECT party_id FROM party_managers WHERE user_id = ${session.userId}))`;
}

export function getCall(db: AnyDb, id: number, session: Session | null = null): Call {
  const call = selectCalls(db)
    .where(and(eq(calls.id, id), callScope(session)))
    .get();
  if (!call) throw new AppError('record.notFound', { table: 'calls', id });
  return call;
}

const missed = and(eq(calls.state, 'missed'), eq(calls.calledBack, false));

export function listCalls(db: AnyDb, session: Session | null, request: { offset: number; limit: number; missedOnly: boolean; partyId?: number }) {
  const where = and(request.missedOnly ? missed : undefined, request.partyId === undefined ? undefined : eq(calls.partyId, request.partyId), callScope(session));
  const rows = selectCalls(db).where(where).orderBy(desc(calls.startedAt), desc(calls.id)).limit(request.limit).offset(request.offset).all();
  const total = db.select({ n: count() }).from(calls).where(where).get()?.n ?? 0;
  return { rows, total };
}

export function missedCount(db: AnyDb, session: Session | null): number {
  return db.select({ n: count() }).from(calls).where(and(missed, callScope(session))).get()?.n ?? 0;
}

// What the receptionist needs before picking up.
export function callerCard(db: AnyDb, session: Session | null, id: number, now: number): CallerCard {
  const call = getCall(db, id, session);
  if (call.partyId === null) return { call, party: null, lastInteractions: [], openTasks: [] };
  const party = db.select().from(parties).where(eq(parties.id, call.partyId)).get()!;
  const company =
    party.kind === 'person'
      ? (db.get<{ name: string } | undefined>(
          sql`SELECT c.display_name AS name FROM party_links l JOIN parties c ON c.id = l.company_id
              WHERE l.person_id = ${party.id} AND l.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY l.id LIMIT 1`,
        )?.name ?? null)
      : null;
  const groupNames =
    party.groupIds.length === 0
      ? []
      : db
          .select({ name: groups.name })
          .from(groups)
          .where(and(inArray(groups.id, party.groupIds), isNull(groups.deletedAt)))
          .all()
          .map((row) => row.name);
  const today = todayIsoDate(now);
  const lastInteractions = db
    .select({ id: interactions.id, subject: interactions.subject, method: interactions.method, occurredAt: interactions.occurredAt, description: interactions.description })
    .from(interactions)
    .where(and(eq(interactions.partyId, party.id), isNull(interactions.deletedAt)))
    .orderBy(desc(interactions.occurredAt), desc(interactions.id))
    .limit(5)
    .all();
  return {
    call,
    party: {
      id: party.id,
      kind: party.kind,
      name: party.displayName,
      code: party.code,
      company,
      groups: groupNames,
      birthdayInDays: party.birthDate ? diffDays(nextJalaliAnniversary(party.birthDate, today), today) : null,
      clubTier: null,
      points: null,
    },
    lastInteractions,
    openTasks: openTasksFor(db, party.id).map((task) => ({ id: task.id, title: task.title })),
  };
}
