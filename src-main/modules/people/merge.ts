import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import { can, type WriteCtx } from '../../core/context';
import { moveInteractions } from '../interactions/queries';
import { moveAttachments } from '../attachments/handlers';
import { listContactPoints } from '../parties/contact-points';
import { findPartyRow, writePartyIndexes, type PartyRowData } from '../parties/party-record';
import { contactPoints, parties, partyLinks } from '../parties/schema';
import { assertPartyInScope } from '../parties/scope';
import { personOf } from './person-record';

const FILLABLE = [
  'prefix', 'gender', 'firstName', 'nationalCode', 'birthCertificateNo', 'maritalStatus', 'birthDate', 'weddingDate',
  'educationField', 'educationDegree', 'religion', 'favoriteColor', 'psychologyNotes', 'priority', 'color', 'icon',
  'referralSource', 'income', 'creditLimit', 'country', 'province', 'city', 'region',
] as const satisfies readonly (keyof PartyRowData)[];

const union = <T>(a: T[], b: T[]) => [...new Set([...a, ...b])];

// What the survivor gains: its own values win, empty fields take the duplicate's, lists are joined.
function mergedFields(survivor: PartyRowData, duplicate: PartyRowData) {
  const filled = Object.fromEntries(
    FILLABLE.filter((field) => survivor[field] === null && duplicate[field] !== null).map((field) => [field, duplicate[field]]),
  );
  const languages = [...(survivor.languages ?? [])];
  for (const language of duplicate.languages ?? []) {
    if (!languages.some((known) => known.language === language.language)) languages.push(language);
  }
  return {
    ...filled,
    roles: union(survivor.roles, duplicate.roles),
    activityTypes: union(survivor.activityTypes, duplicate.activityTypes),
    certificates: union(survivor.certificates, duplicate.certificates),
    groupIds: union(survivor.groupIds, duplicate.groupIds),
    managerIds: union(survivor.managerIds, duplicate.managerIds),
    languages,
    description: [survivor.description, duplicate.description].filter(Boolean).join('\n\n') || null,
  };
}

// Merging two records of the same person: contact points, interactions, files, groups and company links move to the
// survivor (numbers it already has are dropped), and the duplicate is logically deleted. All of it is audited.
export function mergePeople({ survivorId, duplicateId }: { survivorId: number; duplicateId: number }, ctx: WriteCtx) {
  if (survivorId === duplicateId) {
    throw new AppError('input.invalid', { issues: [{ path: ['duplicateId'], message: 'validation.mergeSame' }] });
  }
  if (!can(ctx.session, 'people.delete')) throw new AppError('auth.forbidden', { permission: 'people.delete' });
  for (const id of [survivorId, duplicateId]) assertPartyInScope(ctx.db, ctx.session, id, 'person');
  const survivor = findPartyRow(ctx.db, survivorId, 'person');
  const duplicate = findPartyRow(ctx.db, duplicateId, 'person');
  if (!survivor || !duplicate || survivor.deletedAt !== null || duplicate.deletedAt !== null) {
    throw new AppError('record.notFound', { table: 'parties', id: survivor?.deletedAt === null ? duplicateId : survivorId });
  }

  const duplicateNationalCode = duplicate.nationalCode;
  if (duplicateNationalCode) ctx.records.update(parties, duplicateId, { nationalCode: null });
  ctx.records.update(parties, survivorId, mergedFields(survivor, { ...duplicate, nationalCode: duplicateNationalCode }));

  const knownKeys = new Set(listContactPoints(ctx.db, survivorId).map((point) => point.lookupKey).filter(Boolean));
  for (const point of listContactPoints(ctx.db, duplicateId)) {
    if (point.lookupKey && knownKeys.has(point.lookupKey)) ctx.records.remove(contactPoints, point.id);
    else ctx.records.update(contactPoints, point.id, { partyId: survivorId });
  }

  const survivorCompanies = new Set(
    ctx.db.select({ companyId: partyLinks.companyId }).from(partyLinks)
      .where(and(eq(partyLinks.personId, survivorId), isNull(partyLinks.deletedAt))).all().map((link) => link.companyId),
  );
  const duplicateLinks = ctx.db.select().from(partyLinks).where(and(eq(partyLinks.personId, duplicateId), isNull(partyLinks.deletedAt))).all();
  for (const link of duplicateLinks) {
    if (survivorCompanies.has(link.companyId)) ctx.records.remove(partyLinks, link.id);
    else ctx.records.update(partyLinks, link.id, { personId: survivorId });
  }

  moveInteractions(ctx, duplicateId, survivorId);
  moveAttachments(ctx, duplicateId, survivorId);
  ctx.records.remove(parties, duplicateId);
  writePartyIndexes(ctx.db, duplicateId);
  writePartyIndexes(ctx.db, survivorId);
  return personOf(ctx.db, findPartyRow(ctx.db, survivorId, 'person')!);
}
