import type { meetingsApi } from '../../../src-shared/api/meetings';
import { requireSession } from '../../core/context';
import type { Handlers } from '../../core/dispatch';
import { assertPartyInScope } from '../parties/scope';
import type { AlarmService } from './alarm-service';
import { listMeetings, removeMeeting, requireMeetingOwner, saveMeeting } from './meetings';

export function createMeetingsHandlers(alarms: AlarmService): Handlers<typeof meetingsApi> {
  const afterCommit = () => setImmediate(() => alarms.wake());
  return {
    'meetings.list': ({ from, to, userId, partyId }, ctx) => {
      if (partyId !== undefined) {
        assertPartyInScope(ctx.db, ctx.session, partyId);
        return listMeetings(ctx.db, from, to, { partyId });
      }
      return listMeetings(ctx.db, from, to, { userId: userId ?? requireSession(ctx).userId });
    },
    'meetings.create': (values, ctx) => {
      for (const partyId of values.partyIds) assertPartyInScope(ctx.db, ctx.session, partyId);
      afterCommit();
      return saveMeeting(ctx, values);
    },
    'meetings.update': ({ id, version, ...values }, ctx) => {
      const meeting = requireMeetingOwner(ctx, id);
      for (const partyId of values.partyIds.filter((partyId) => !meeting.partyIds.includes(partyId))) assertPartyInScope(ctx.db, ctx.session, partyId);
      afterCommit();
      return saveMeeting(ctx, values, { id, version, organiserId: meeting.organiserId, partyIds: meeting.partyIds });
    },
    'meetings.remove': ({ id }, ctx) => {
      removeMeeting(ctx, id);
      afterCommit();
      return { ok: true };
    },
  };
}
