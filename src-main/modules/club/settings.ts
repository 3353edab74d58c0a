import { eq } from 'drizzle-orm';
import type { ClubSettings } from '../../../src-shared/api/club';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { clubEarnRules, clubSettings, clubTiers } from './schema';
import { and, asc, isNull } from 'drizzle-orm';

type AnyDb = ReadDb | WriteDb;

export function readClubSettings(db: AnyDb): ClubSettings {
  const { id: _id, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, deletedAt: _d, ...settings } = db.select().from(clubSettings).where(eq(clubSettings.id, 1)).get()!;
  return settings;
}

export function listTiers(db: AnyDb) {
  return db
    .select({ id: clubTiers.id, name: clubTiers.name, threshold: clubTiers.threshold, discountPercent: clubTiers.discountPercent, pointMultiplier: clubTiers.pointMultiplier, colour: clubTiers.colour, version: clubTiers.version })
    .from(clubTiers)
    .where(isNull(clubTiers.deletedAt))
    .orderBy(asc(clubTiers.threshold))
    .all();
}

export function listRules(db: AnyDb, activeOnly = false) {
  return db
    .select({
      id: clubEarnRules.id,
      kind: clubEarnRules.kind,
      name: clubEarnRules.name,
      points: clubEarnRules.points,
      rialsPerPoint: clubEarnRules.rialsPerPoint,
      match: clubEarnRules.match,
      expiryMonths: clubEarnRules.expiryMonths,
      active: clubEarnRules.active,
      version: clubEarnRules.version,
    })
    .from(clubEarnRules)
    .where(and(isNull(clubEarnRules.deletedAt), activeOnly ? eq(clubEarnRules.active, true) : undefined))
    .orderBy(asc(clubEarnRules.id))
    .all();
}
