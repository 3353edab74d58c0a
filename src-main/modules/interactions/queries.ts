import { and, count, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Interaction, TimelineItem } from '../../../src-shared/api/interactions';
import type { WriteCtx } from '../../core/context';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { auditLog } from '../../core/db/schema';
import { selectAuditEntries } from '../audit/queries';
import { users } from '../auth/schema';
import { parties } from '../parties/schema';
import { interactions } from './schema';

const party = alias(parties, 'party');
const company = alias(parties, 'company');

function selectInteractions(db: ReadDb | WriteDb) {
  return db
    .select({
      id: interactions.id,
      partyId: interactions.partyId,
      partyName: party.displayName,
      companyId: interactions.companyId,
      companyName: company.displayName,
      subject: interactions.subject,
      method: interactions.method,
      direction: interactions.direction,
      occurredAt: interactions.occurredAt,
      userId: interactions.userId,
      userName: users.displayName,
      products: interactions.products,
      result: interactions.result,
      effect: interactions.effect,
      description: interactions.description,
      version: interactions.version,
    })
    .from(interactions)
    .innerJoin(party, eq(party.id, interactions.partyId))
    .leftJoin(company, eq(company.id, interactions.companyId))
    .leftJoin(users, eq(users.id, interactions.userId));
}

// A company's history includes what its people did in its name.
const concerning = (partyId: number) => or(eq(interactions.partyId, partyId), eq(interactions.companyId, partyId));

export function getInteraction(db: ReadDb | WriteDb, id: number): Interaction | undefined {
  return selectInteractions(db).where(eq(interactions.id, id)).get();
}

export function listInteractions(db: ReadDb | WriteDb, partyId: number, offset: number, limit: number) {
  const where = and(concerning(partyId), isNull(interactions.deletedAt));
  const rows = selectInteractions(db).where(where).orderBy(desc(interactions.occurredAt), desc(interactions.id)).limit(limit).offset(offset).all();
  const total = db.select({ n: count() }).from(interactions).where(where).get()?.n ?? 0;
  return { rows, total };
}

export function moveInteractions(ctx: WriteCtx, fromPartyId: number, toPartyId: number): void {
  const moving = ctx.db
    .select({ id: interactions.id })
    .from(interactions)
    .where(and(eq(interactions.partyId, fromPartyId), isNull(interactions.deletedAt)))
    .all();
  for (const { id } of moving) ctx.records.update(interactions, id, { partyId: toPartyId });
}

// Interactions and the record's own audited changes (the party, its contact points and links), newest first.
export function timeline(db: ReadDb, partyId: number, limit: number): TimelineItem[] {
  const items: TimelineItem[] = selectInteractions(db)
    .where(and(concerning(partyId), isNull(interactions.deletedAt)))
    .orderBy(desc(interactions.occurredAt))
    .limit(limit)
    .all()
    .map((interaction) => ({ type: 'interaction', at: interaction.occurredAt, interaction }));
  const changes = selectAuditEntries(db)
    .where(
      or(
        and(eq(auditLog.tableName, 'parties'), eq(auditLog.recordId, partyId)),
        and(
          eq(auditLog.tableName, 'contact_points'),
          sql`${auditLog.recordId} IN (SELECT id FROM contact_points WHERE party_id = ${partyId})`,
        ),
        and(
          eq(auditLog.tableName, 'party_links'),
          sql`${auditLog.recordId} IN (SELECT id FROM party_links WHERE person_id = ${partyId} OR company_id = ${partyId})`,
        ),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
  items.push(...changes.map((change) => ({ type: 'change' as const, at: change.at, change })));
  return items.sort((a, b) => b.at - a.at).slice(0, limit);
}

// Other modules (SMS, calls) log what happened on a record through here, never by writing the table.
export function logInteraction(
  ctx: WriteCtx,
  entry: { partyId: number; subject: string; method: string; direction: 'incoming' | 'outgoing'; occurredAt: number; userId: number | null; description: string },
): number {
  return ctx.records.insert(interactions, { ...entry, companyId: null }).id;
}

export function moveInteraction(ctx: WriteCtx, id: number, toPartyId: number): void {
  ctx.records.update(interactions, id, { partyId: toPartyId });
}
