import { eq } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { telephonyApi } from '../../../src-shared/api/telephony';
import { phoneLookupKey } from '../../../src-shared/domain/iran-ids';
import { requireSession, type WriteCtx } from '../../core/context';
import { prepared } from '../../core/db/open';
import type { Handlers } from '../../core/dispatch';
import { interactions } from '../interactions/schema';
import { ownerOfNumber } from '../parties/contact-points';
import { assertPartyInScope } from '../parties/scope';
import { defaultAreaCode } from '../settings/queries';
import { callerCard, getCall, listCalls, missedCount } from './queries';
import { telephonySettings } from './schema';
import { logCall, type TelephonyService } from './service';

// Read on the command's own connection, so an update answers with what it just saved.
function settingsOf(service: TelephonyService, ctx: { db: Parameters<typeof getCall>[0] }) {
  const row = ctx.db.select().from(telephonySettings).where(eq(telephonySettings.id, 1)).get()!;
  return {
    lines: service.linesOverride ?? row.lines,
    ringTimeoutSeconds: row.ringTimeoutSeconds,
    linesFromCommandLine: service.linesOverride !== null,
    version: row.version,
  };
}

function changed(ctx: WriteCtx, id: number) {
  const call = getCall(ctx.db, id, ctx.session);
  ctx.emit('telephony.callChanged', { call });
  return call;
}

export function createTelephonyHandlers(service: TelephonyService): Handlers<typeof telephonyApi> {
  // Devices act after the command committed, on rows other connections can now see.
  const afterCommit = (work: () => void) => setImmediate(work);

  return {
    'telephony.getSettings': (_input, ctx) => settingsOf(service, ctx),
    'telephony.updateSettings': ({ version, lines, ringTimeoutSeconds }, ctx) => {
      const ids = new Set(lines.map((line) => line.id));
      if (ids.size !== lines.length) throw new AppError('input.invalid', { issues: [{ path: ['lines'], message: 'validation.lineIdTaken' }] });
      // Lines given on the command line are not the office's saved lines: only the ring timeout is saved then.
      ctx.records.update(telephonySettings, 1, service.linesOverride ? { ringTimeoutSeconds } : { lines, ringTimeoutSeconds }, { expectedVersion: version });
      afterCommit(() => service.reconfigure());
      return settingsOf(service, ctx);
    },
    'telephony.status': () => service.statuses(),
    'telephony.rawCapture': ({ lineId }) => ({
      lineId,
      chunks: service.rawCapture(lineId).map(({ at, bytes }) => ({ at, hex: bytes.toString('hex').toUpperCase().replace(/(..)(?!$)/g, '$1 '), text: bytes.toString('latin1') })),
    }),

    'telephony.listCalls': (request, ctx) => listCalls(ctx.db, ctx.session, request),
    'telephony.missedCount': (_input, ctx) => ({ count: missedCount(ctx.db, ctx.session) }),
    'telephony.callerCard': ({ id }, ctx) => callerCard(ctx.db, ctx.session, id, ctx.clock.now()),
    'telephony.takeCall': ({ id }, ctx) => {
      const session = requireSession(ctx);
      getCall(ctx.db, id, session);
      prepared(ctx.db, `UPDATE calls SET state = CASE WHEN state IN ('ringing', 'missed') THEN 'answered' ELSE state END, user_id = ? WHERE id = ?`).run(session.userId, id);
      const interactionId = getCall(ctx.db, id).interactionId;
      // A call ended before someone pressed «I took it» already left a "missed" interaction: correct it.
      if (interactionId !== null) ctx.records.update(interactions, interactionId, { subject: 'تماس ورودی', userId: session.userId });
      return changed(ctx, id);
    },
    'telephony.noteCall': ({ id, note, complaint }, ctx) => {
      const call = getCall(ctx.db, id, ctx.session);
      prepared(ctx.db, `UPDATE calls SET note = ? WHERE id = ?`).run(note, id);
      const interactionId = call.partyId === null ? null : logCall(ctx, id);
      if (interactionId !== null) {
        ctx.records.update(interactions, interactionId, {
          description: [`خط «${call.lineName}»`, note.trim()].filter(Boolean).join('\n'),
          ...(complaint ? { effect: 'complaint', result: 'شکایت' } : {}),
        });
      }
      return changed(ctx, id);
    },
    'telephony.markCalledBack': ({ id }, ctx) => {
      getCall(ctx.db, id, ctx.session);
      prepared(ctx.db, `UPDATE calls SET called_back = 1 WHERE id = ?`).run(id);
      return changed(ctx, id);
    },
    'telephony.dial': ({ number, lineId, partyId }, ctx) => {
      const session = requireSession(ctx);
      const key = phoneLookupKey(number, defaultAreaCode(ctx.db));
      if (key === null) throw new AppError('messaging.invalidNumber', { number });
      const line = service.dialLine(lineId);
      if (!line) throw new AppError('telephony.noLine');
      if (partyId !== undefined) assertPartyInScope(ctx.db, session, partyId);
      const owner = partyId ?? ownerOfNumber(ctx.db, key)?.id ?? null;
      const id = Number(
        prepared(
          ctx.db,
          `INSERT INTO calls (line_id, line_name, direction, state, number, party_id, started_at, user_id) VALUES (?, ?, 'outgoing', 'dialling', ?, ?, ?, ?)`,
        ).run(line.id, line.name, key, owner, ctx.clock.now(), session.userId).lastInsertRowid,
      );
      logCall(ctx, id);
      // Iranian exchanges take the national form: 0 + area code + number, or 09… for mobiles.
      const dialled = key.startsWith('+98') ? `0${key.slice(3)}` : key.replace(/^\+/, '00');
      afterCommit(() => service.dial(id, line.id, dialled));
      return changed(ctx, id);
    },
    'telephony.hangUp': ({ id }, ctx) => {
      const call = getCall(ctx.db, id, ctx.session);
      prepared(ctx.db, `UPDATE calls SET state = 'ended', ended_at = coalesce(ended_at, ?) WHERE id = ? AND direction = 'outgoing'`).run(ctx.clock.now(), id);
      afterCommit(() => service.hangUp(call.lineId));
      return changed(ctx, id);
    },
  };
}
