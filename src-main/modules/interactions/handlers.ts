import { AppError } from '../../../src-shared/api/errors';
import type { interactionsApi } from '../../../src-shared/api/interactions';
import type { Handlers } from '../../core/dispatch';
import type { WriteCtx } from '../../core/context';
import { assertPartyInScope } from '../parties/scope';
import { interactions } from './schema';
import { getInteraction, listInteractions, timeline } from './queries';

function requireInteraction(ctx: WriteCtx, id: number) {
  const interaction = getInteraction(ctx.db, id);
  if (!interaction) throw new AppError('record.notFound', { table: 'interactions', id });
  assertPartyInScope(ctx.db, ctx.session, interaction.partyId);
  return interaction;
}

function checkParties(ctx: WriteCtx, partyId: number, companyId: number | null): void {
  assertPartyInScope(ctx.db, ctx.session, partyId);
  if (companyId !== null) assertPartyInScope(ctx.db, ctx.session, companyId, 'company');
}

export const interactionsHandlers: Handlers<typeof interactionsApi> = {
  'interactions.list': ({ partyId, offset, limit }, ctx) => {
    assertPartyInScope(ctx.db, ctx.session, partyId);
    return listInteractions(ctx.db, partyId, offset, limit);
  },
  'interactions.create': (input, ctx) => {
    checkParties(ctx, input.partyId, input.companyId);
    const row = ctx.records.insert(interactions, { ...input, userId: ctx.session!.userId });
    return getInteraction(ctx.db, row.id)!;
  },
  'interactions.update': ({ id, version, ...fields }, ctx) => {
    requireInteraction(ctx, id);
    checkParties(ctx, fields.partyId, fields.companyId);
    ctx.records.update(interactions, id, fields, { expectedVersion: version });
    return getInteraction(ctx.db, id)!;
  },
  'interactions.remove': ({ id }, ctx) => {
    requireInteraction(ctx, id);
    ctx.records.remove(interactions, id);
    return { ok: true };
  },
  'interactions.timeline': ({ partyId, limit }, ctx) => {
    assertPartyInScope(ctx.db, ctx.session, partyId);
    return timeline(ctx.db, partyId, limit);
  },
};
