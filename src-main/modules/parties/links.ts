import { and, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../../src-shared/api/errors';
import type { ReadDb, WriteDb } from '../../core/db/open';
import type { WriteCtx } from '../../core/context';
import { parties, partyLinks } from './schema';

const company = alias(parties, 'company');
const person = alias(parties, 'person');

export function companyLinksOf(db: ReadDb | WriteDb, personId: number) {
  return db
    .select({ id: partyLinks.id, companyId: partyLinks.companyId, companyName: company.displayName, position: partyLinks.position })
    .from(partyLinks)
    .innerJoin(company, eq(company.id, partyLinks.companyId))
    .where(and(eq(partyLinks.personId, personId), isNull(partyLinks.deletedAt), isNull(company.deletedAt)))
    .orderBy(partyLinks.id)
    .all()
    .map(({ id: _id, ...link }) => link);
}

export function peopleOfCompany(db: ReadDb | WriteDb, companyId: number) {
  return db
    .select({ personId: partyLinks.personId, personName: person.displayName, position: partyLinks.position })
    .from(partyLinks)
    .innerJoin(person, eq(person.id, partyLinks.personId))
    .where(and(eq(partyLinks.companyId, companyId), isNull(partyLinks.deletedAt), isNull(person.deletedAt)))
    .orderBy(person.sortKey)
    .all();
}

function liveLinks(db: WriteDb, personId: number) {
  return db
    .select()
    .from(partyLinks)
    .where(and(eq(partyLinks.personId, personId), isNull(partyLinks.deletedAt)))
    .all();
}

// A person's companies as the form sends them: one link per company, keyed by company.
export function syncCompanyLinks(ctx: WriteCtx, personId: number, links: { companyId: number; position: string | null }[]): void {
  const existing = new Map(liveLinks(ctx.db, personId).map((link) => [link.companyId, link]));
  links.forEach((link, index) => {
    const target = ctx.db.select({ kind: parties.kind }).from(parties).where(and(eq(parties.id, link.companyId), isNull(parties.deletedAt))).get();
    if (target?.kind !== 'company') {
      throw new AppError('input.invalid', { issues: [{ path: ['companyLinks', index, 'companyId'], message: 'validation.unknownCompany' }] });
    }
    const current = existing.get(link.companyId);
    if (current) {
      ctx.records.update(partyLinks, current.id, { position: link.position });
      existing.delete(link.companyId);
    } else {
      ctx.records.insert(partyLinks, { personId, companyId: link.companyId, position: link.position });
    }
  });
  for (const stale of existing.values()) ctx.records.remove(partyLinks, stale.id);
}
