import { randomBytes } from 'node:crypto';
import { and, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { type z } from 'zod';
import { DrawCriteria, type Draw } from '../../../src-shared/api/club';
import { AppError } from '../../../src-shared/api/errors';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import type { Session, WriteCtx } from '../../core/context';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { users } from '../auth/schema';
import { partyListWhere } from '../parties/list-queries';
import { PartyListRequest } from '../../../src-shared/api/parties';
import { parties } from '../parties/schema';
import { visibleSegments } from '../segments/handlers';
import { drawWinners, type DrawEntry } from './draw';
import { pointsOf } from './members';
import { clubDraws, clubMembers, clubTiers } from './schema';
import { todayIsoDate } from '../../../src-shared/domain/jalali';

type AnyDb = ReadDb | WriteDb;
type Criteria = z.output<typeof DrawCriteria>;

// Active members that match the criteria, in member order, with their weights (points when weighted).
function eligibleEntries(db: AnyDb, session: Session | null, criteria: Criteria, now: number): { entries: DrawEntry[]; label: string } {
  const labels: string[] = ['اعضای فعال'];
  let segmentCondition;
  if (criteria.segmentId !== null) {
    const segment = session ? visibleSegments(db, session).find((s) => s.id === criteria.segmentId) : undefined;
    if (!segment || segment.kind !== 'person') throw new AppError('record.notFound', { table: 'segments', id: criteria.segmentId });
    segmentCondition = partyListWhere('person', PartyListRequest.parse({ filter: segment.filter }), session, todayIsoDate(now));
    labels.push(`فهرست «${segment.name}»`);
  }
  if (criteria.tierId !== null) {
    const tier = db.select({ name: clubTiers.name }).from(clubTiers).where(eq(clubTiers.id, criteria.tierId)).get();
    labels.push(`سطح «${tier?.name ?? criteria.tierId}»`);
  }
  if (criteria.minPoints > 0) labels.push(`دست‌کم ${toPersianDigits(criteria.minPoints)} امتیاز`);
  if (criteria.weighted) labels.push('شانس به نسبت امتیاز');
  const rows = db
    .select({ memberId: clubMembers.id, balance: pointsOf })
    .from(clubMembers)
    .innerJoin(parties, eq(parties.id, clubMembers.partyId))
    .where(and(eq(clubMembers.status, 'active'), criteria.tierId === null ? undefined : eq(clubMembers.tierId, criteria.tierId), segmentCondition))
    .orderBy(clubMembers.id)
    .all();
  const entries = rows
    .filter((row) => row.balance >= criteria.minPoints && (!criteria.weighted || row.balance > 0))
    .map((row) => ({ memberId: row.memberId, weight: criteria.weighted ? row.balance : 1 }));
  return { entries, label: labels.join('، ') };
}

export function runDraw(ctx: WriteCtx, input: { name: string; criteria: Criteria; winners: number; seed?: string }): number {
  const now = ctx.clock.now();
  const { entries, label } = eligibleEntries(ctx.db, ctx.session, input.criteria, now);
  if (entries.length === 0) throw new AppError('club.noEligible');
  const seed = input.seed ?? randomBytes(16).toString('hex');
  const winners = drawWinners(seed, entries, input.winners);
  const draw = ctx.records.insert(clubDraws, {
    name: input.name,
    criteria: input.criteria,
    criteriaLabel: label,
    seed,
    eligibleCount: entries.length,
    winnersWanted: input.winners,
    winners,
    runAt: now,
    announcedAt: null,
  });
  // The list as it was: members may change tier or points later, the draw must still be checkable.
  const insert = prepared(ctx.db, 'INSERT INTO club_draw_entries (draw_id, position, member_id, weight) VALUES (?, ?, ?, ?)');
  entries.forEach((entry, position) => insert.run(draw.id, position, entry.memberId, entry.weight));
  return draw.id;
}

function storedEntries(db: AnyDb, drawId: number): DrawEntry[] {
  return prepared(db, 'SELECT member_id AS memberId, weight FROM club_draw_entries WHERE draw_id = ? ORDER BY position').all(drawId) as DrawEntry[];
}

export function verifyDraw(db: AnyDb, drawId: number): { same: boolean; winners: number[] } {
  const draw = db.select().from(clubDraws).where(eq(clubDraws.id, drawId)).get();
  if (!draw) throw new AppError('record.notFound', { table: 'club_draws', id: drawId });
  const winners = drawWinners(draw.seed, storedEntries(db, drawId), draw.winnersWanted);
  return { same: winners.length === draw.winners.length && winners.every((id, i) => id === draw.winners[i]), winners };
}

const runner = users;

function toDraw(db: AnyDb, row: typeof clubDraws.$inferSelect & { runByName: string | null }): Draw {
  const weights = new Map(
    (prepared(db, `SELECT member_id AS memberId, weight FROM club_draw_entries WHERE draw_id = ? AND member_id IN (SELECT value FROM json_each(?))`).all(row.id, JSON.stringify(row.winners)) as DrawEntry[]).map(
      (e) => [e.memberId, e.weight],
    ),
  );
  const people = row.winners.length
    ? db
        .select({ id: clubMembers.id, name: parties.displayName, number: clubMembers.membershipNumber })
        .from(clubMembers)
        .innerJoin(parties, eq(parties.id, clubMembers.partyId))
        .where(inArray(clubMembers.id, row.winners))
        .all()
    : [];
  return {
    id: row.id,
    name: row.name,
    criteria: DrawCriteria.parse(row.criteria),
    criteriaLabel: row.criteriaLabel,
    seed: row.seed,
    eligibleCount: row.eligibleCount,
    winners: row.winners.map((memberId) => {
      const person = people.find((p) => p.id === memberId);
      return { memberId, name: person?.name ?? '', membershipNumber: person?.number ?? '', weight: weights.get(memberId) ?? 1 };
    }),
    runAt: row.runAt,
    runByName: row.runByName,
    announcedAt: row.announcedAt,
  };
}

function selectDraws(db: AnyDb) {
  return db
    .select({ ...getTableColumns(clubDraws), runByName: runner.displayName })
    .from(clubDraws)
    .leftJoin(runner, eq(runner.id, clubDraws.createdBy));
}

export function getDraw(db: AnyDb, id: number): Draw {
  const row = selectDraws(db).where(eq(clubDraws.id, id)).get();
  if (!row) throw new AppError('record.notFound', { table: 'club_draws', id });
  return toDraw(db, row);
}

export function listDraws(db: AnyDb, offset: number, limit: number) {
  const rows = selectDraws(db).orderBy(desc(clubDraws.runAt), desc(clubDraws.id)).limit(limit).offset(offset).all();
  const total = db.select({ n: sql<number>`count(*)` }).from(clubDraws).get()?.n ?? 0;
  return { rows: rows.map((row) => toDraw(db, row)), total };
}
