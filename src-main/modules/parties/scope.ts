import { and, eq, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { PartyKind } from '../../../src-shared/api/parties';
import type { Permission } from '../../../src-shared/api/permissions';
import { can, type Session } from '../../core/context';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { parties } from './schema';

export const VIEW_RIGHT: Record<PartyKind, Permission> = { person: 'people.view', company: 'companies.view' };

// "Own records only": the parties this user manages. Every list, search, count and export goes through here.
export function scopeCondition(session: Session | null): SQL | undefined {
  if (!session || session.scope === 'all') return undefined;
  return sql`${parties.id} IN (SELECT party_id FROM party_managers WHERE user_id = ${session.userId})`;
}

// The kinds this session may see at all (a template may grant people but not companies).
export function visibleKinds(session: Session | null): PartyKind[] {
  return (['person', 'company'] as const).filter((kind) => can(session, VIEW_RIGHT[kind]));
}

// Out of scope reads as "not found": a user must not learn that a record they may not see exists.
export function assertPartyInScope(db: ReadDb | WriteDb, session: Session | null, partyId: number, kind?: PartyKind): void {
  const row = db
    .select({ id: parties.id, kind: parties.kind })
    .from(parties)
    .where(and(eq(parties.id, partyId), scopeCondition(session)))
    .get();
  if (!row || (kind && row.kind !== kind) || !visibleKinds(session).includes(row.kind)) {
    throw new AppError('record.notFound', { table: 'parties', id: partyId });
  }
}
