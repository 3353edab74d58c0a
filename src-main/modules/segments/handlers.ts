import { and, eq, isNull, or } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { Segment, segmentsApi } from '../../../src-shared/api/segments';
import type { PartyKind } from '../../../src-shared/api/parties';
import { requireSession, type Session } from '../../core/context';
import type { Handlers } from '../../core/dispatch';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { segments } from './schema';

const columns = {
  id: segments.id,
  kind: segments.kind,
  name: segments.name,
  filter: segments.filter,
  shared: segments.shared,
  ownerId: segments.ownerId,
  version: segments.version,
};

export function visibleSegments(db: ReadDb | WriteDb, session: Session, kind?: PartyKind): Segment[] {
  return db
    .select(columns)
    .from(segments)
    .where(
      and(
        isNull(segments.deletedAt),
        kind ? eq(segments.kind, kind) : undefined,
        or(eq(segments.shared, true), eq(segments.ownerId, session.userId)),
      ),
    )
    .orderBy(segments.name)
    .all();
}

export const segmentsHandlers: Handlers<typeof segmentsApi> = {
  'segments.list': ({ kind }, ctx) => visibleSegments(ctx.db, requireSession(ctx), kind),
  'segments.save': (input, ctx) => {
    const session = requireSession(ctx);
    const existing = visibleSegments(ctx.db, session, input.kind).find((segment) => segment.name === input.name && segment.ownerId === session.userId);
    const id = existing
      ? ctx.records.update(segments, existing.id, { filter: input.filter, shared: input.shared }).id
      : ctx.records.insert(segments, { ...input, ownerId: session.userId }).id;
    return visibleSegments(ctx.db, session).find((segment) => segment.id === id)!;
  },
  'segments.remove': ({ id }, ctx) => {
    const session = requireSession(ctx);
    const segment = visibleSegments(ctx.db, session).find((row) => row.id === id);
    if (!segment || (segment.ownerId !== session.userId && !session.isAdmin)) throw new AppError('record.notFound', { table: 'segments', id });
    ctx.records.remove(segments, id);
    return { ok: true };
  },
};
