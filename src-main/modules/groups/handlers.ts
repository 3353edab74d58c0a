import { and, count, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { Group, groupsApi } from '../../../src-shared/api/groups';
import type { Handlers } from '../../core/dispatch';
import type { WriteCtx } from '../../core/context';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { parties, partyGroups } from '../parties/schema';
import { groups } from './schema';

function listGroups(db: ReadDb | WriteDb): Group[] {
  const counts = new Map(
    db.select({ groupId: partyGroups.groupId, n: count() })
      .from(partyGroups)
      .innerJoin(parties, and(eq(parties.id, partyGroups.partyId), isNull(parties.deletedAt)))
      .groupBy(partyGroups.groupId)
      .all()
      .map((row) => [row.groupId, row.n]),
  );
  return db
    .select({ id: groups.id, parentId: groups.parentId, name: groups.name, version: groups.version })
    .from(groups)
    .where(isNull(groups.deletedAt))
    .orderBy(groups.name)
    .all()
    .map((group) => ({ ...group, memberCount: counts.get(group.id) ?? 0 }));
}

function getGroup(db: WriteDb, id: number): Group {
  const group = listGroups(db).find((row) => row.id === id);
  if (!group) throw new AppError('record.notFound', { table: 'groups', id });
  return group;
}

// A group may not move under itself or one of its own subgroups.
function checkParent(ctx: WriteCtx, id: number | null, parentId: number | null): void {
  const all = listGroups(ctx.db);
  const parentOf = new Map(all.map((group) => [group.id, group.parentId]));
  if (parentId !== null && !parentOf.has(parentId)) {
    throw new AppError('input.invalid', { issues: [{ path: ['parentId'], message: 'validation.unknownGroup' }] });
  }
  for (let ancestor = parentId; ancestor !== null; ancestor = parentOf.get(ancestor) ?? null) {
    if (ancestor === id) throw new AppError('input.invalid', { issues: [{ path: ['parentId'], message: 'validation.groupCycle' }] });
  }
}

export const groupsHandlers: Handlers<typeof groupsApi> = {
  'groups.list': (_input, ctx) => listGroups(ctx.db),
  'groups.create': (input, ctx) => {
    checkParent(ctx, null, input.parentId);
    return getGroup(ctx.db, ctx.records.insert(groups, input).id);
  },
  'groups.update': ({ id, version, ...fields }, ctx) => {
    checkParent(ctx, id, fields.parentId);
    ctx.records.update(groups, id, fields, { expectedVersion: version });
    return getGroup(ctx.db, id);
  },
  'groups.remove': ({ id }, ctx) => {
    const group = getGroup(ctx.db, id);
    const children = ctx.db.select({ id: groups.id }).from(groups).where(and(eq(groups.parentId, id), isNull(groups.deletedAt))).all();
    for (const child of children) ctx.records.update(groups, child.id, { parentId: group.parentId });
    ctx.records.remove(groups, id);
    return { ok: true };
  },
};
