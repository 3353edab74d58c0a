import { and, eq, isNull } from 'drizzle-orm';
import { formatPhone, phoneLookupKey } from '../../../src-shared/domain/iran-ids';
import { renderTemplate } from '../../../src-shared/domain/merge-fields';
import { normalizePersianText } from '../../../src-shared/domain/persian-text';
import type { InboundPart } from '../../devices/ports';
import type { WriteCtx } from '../../core/context';
import { prepared } from '../../core/db/open';
import { logInteraction } from '../interactions/queries';
import { createTask } from '../tasks/queries';
import { ownerOfNumber } from '../parties/contact-points';
import { findRule } from './keyword-rules';
import { enqueueMessages } from './outbox-store';
import { mergeDataOf } from './recipients';
import { smsOptOuts, smsRules } from './schema';
import type { StoredMessagingSettings } from './settings-queries';

// Loop protection: at most this many auto-replies to one number per hour.
const AUTO_REPLIES_PER_HOUR = 3;
const MISSING_PART = '…';

export interface IncomingSms {
  // The sender as the network gave it, and whether it is a number at all.
  from: string;
  alphanumeric: boolean;
  text: string;
  sentAt: string | null;
  incomplete: boolean;
  // Same value for the same message read twice: it is stored once.
  fingerprint: string;
}

export interface Received {
  id: number;
  partyId: number | null;
  number: string;
  text: string;
  referredTo: number | null;
}

function senderKey(from: string, alphanumeric: boolean): string {
  return alphanumeric ? from : (phoneLookupKey(from) ?? from);
}

// A part from the modem: single messages are stored at once; parts of a long one wait for their siblings.
export function receivePart(ctx: WriteCtx, part: InboundPart, settings: StoredMessagingSettings): Received | null {
  const alphanumeric = part.fromType === 'alphanumeric';
  const sender = senderKey(part.from, alphanumeric);
  const now = ctx.clock.now();
  if (!part.concat || part.concat.total <= 1) {
    return storeIncoming(ctx, { from: sender, alphanumeric, text: part.text, sentAt: part.sentAt, incomplete: false, fingerprint: `${sender}|${part.sentAt ?? ''}|${part.text}` }, settings);
  }
  const { reference, total, sequence } = part.concat;
  const inserted = prepared(
    ctx.db,
    `INSERT OR IGNORE INTO sms_fragments (sender, reference, total, seq, text, sent_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(sender, reference, total, sequence, part.text, part.sentAt ?? '', now);
  // Already seen (read again after a crash before it left the SIM).
  if (inserted.changes === 0) return null;
  const parts = openFragments(ctx, sender, reference, total);
  if (new Set(parts.map((p) => p.seq)).size < total) return null;
  return assemble(ctx, sender, alphanumeric, reference, total, parts, false, settings);
}

interface Fragment {
  id: number;
  seq: number;
  text: string;
  sentAt: string;
}

function openFragments(ctx: WriteCtx, sender: string, reference: number, total: number): Fragment[] {
  return prepared(
    ctx.db,
    `SELECT id, seq, text, sent_at AS sentAt FROM sms_fragments WHERE sender = ? AND reference = ? AND total = ? AND consumed = 0 ORDER BY seq, id`,
  ).all(sender, reference, total) as Fragment[];
}

function assemble(
  ctx: WriteCtx,
  sender: string,
  alphanumeric: boolean,
  reference: number,
  total: number,
  parts: Fragment[],
  incomplete: boolean,
  settings: StoredMessagingSettings,
): Received | null {
  const bySeq = new Map(parts.map((p) => [p.seq, p.text]));
  const text = Array.from({ length: total }, (_, i) => bySeq.get(i + 1) ?? MISSING_PART).join('');
  const consume = prepared(ctx.db, `UPDATE sms_fragments SET consumed = 1 WHERE id = ?`);
  for (const p of parts) consume.run(p.id);
  const firstSentAt = parts.map((p) => p.sentAt).sort()[0] ?? '';
  return storeIncoming(
    ctx,
    {
      from: sender,
      alphanumeric,
      text,
      sentAt: firstSentAt || null,
      incomplete,
      // Which parts it holds: a part that comes after the others were stored as incomplete is a message of its own.
      fingerprint: `${sender}|${reference}|${total}|${firstSentAt}|${parts.map((p) => p.seq).join(',')}`,
    },
    settings,
  );
}

// Long messages whose parts stopped coming: delivered with «…» where parts are missing, flagged incomplete.
export function flushStaleFragments(ctx: WriteCtx, settings: StoredMessagingSettings, timeoutMs: number): Received[] {
  const stale = prepared(
    ctx.db,
    `SELECT sender, reference, total FROM sms_fragments WHERE consumed = 0 GROUP BY sender, reference, total HAVING min(received_at) < ?`,
  ).all(ctx.clock.now() - timeoutMs) as { sender: string; reference: number; total: number }[];
  const received: Received[] = [];
  for (const group of stale) {
    const alphanumeric = !/^\+?\d+$/.test(group.sender);
    const message = assemble(ctx, group.sender, alphanumeric, group.reference, group.total, openFragments(ctx, group.sender, group.reference, group.total), true, settings);
    if (message) received.push(message);
  }
  return received;
}

// Stores one whole incoming message, logs it on the sender's record and applies the keyword rules.
export function storeIncoming(ctx: WriteCtx, sms: IncomingSms, settings: StoredMessagingSettings): Received | null {
  const now = ctx.clock.now();
  const owner = sms.alphanumeric ? undefined : ownerOfNumber(ctx.db, sms.from);
  const inserted = prepared(
    ctx.db,
    `INSERT OR IGNORE INTO sms_messages (direction, party_id, number, text, status, parts_total, created_at, received_at, incomplete, fingerprint)
     VALUES ('in', ?, ?, ?, 'received', 1, ?, ?, ?, ?)`,
  ).run(owner?.id ?? null, sms.from, sms.text, now, now, sms.incomplete ? 1 : 0, sms.fingerprint);
  if (inserted.changes === 0) return null;
  const id = Number(inserted.lastInsertRowid);
  if (owner) {
    const interactionId = logInteraction(ctx, {
      partyId: owner.id,
      subject: 'پیامک دریافتی',
      method: 'sms',
      direction: 'incoming',
      occurredAt: now,
      userId: null,
      description: sms.text,
    });
    prepared(ctx.db, `UPDATE sms_messages SET interaction_id = ? WHERE id = ?`).run(interactionId, id);
  }
  const referredTo = applyRules(ctx, id, sms, owner?.id ?? null, settings);
  return { id, partyId: owner?.id ?? null, number: sms.from, text: sms.text, referredTo };
}

function applyRules(ctx: WriteCtx, messageId: number, sms: IncomingSms, partyId: number | null, settings: StoredMessagingSettings): number | null {
  const rules = ctx.db.select().from(smsRules).where(isNull(smsRules.deletedAt)).all();
  const rule = findRule(sms.text, rules);
  if (!rule) return null;
  let referredTo: number | null = null;
  if (rule.action === 'optOut' && !sms.alphanumeric) addOptOut(ctx, sms.from, 'keyword');
  if (rule.action === 'refer' && rule.referToUserId !== null) {
    referredTo = rule.referToUserId;
    // A complaint or a suggestion becomes a task in that user's inbox, about the sender when known.
    createTask(
      ctx,
      {
        title: `پیامک از ${sms.alphanumeric ? sms.from : formatPhone(sms.from)}`,
        priority: 'medium',
        partyId,
        dueAt: null,
        assigneeId: rule.referToUserId,
        description: sms.text,
        source: 'sms',
      },
      null,
    );
  }
  prepared(ctx.db, `UPDATE sms_messages SET rule_action = ?, referred_to = ? WHERE id = ?`).run(rule.action, referredTo, messageId);
  // An opt-out may carry a confirmation; a reply rule always answers. Never to a sender name (those
  // cannot answer, and two robots would talk forever) and never more than the hourly limit.
  if (rule.replyText && canAutoReply(ctx, sms)) {
    const merge = partyId === null ? null : mergeDataOf(ctx.db, partyId);
    const text = merge ? renderTemplate(rule.replyText, merge).text : normalizePersianText(rule.replyText.replace(/\{[^{}]*\}/g, ''));
    enqueueMessages(ctx.db, [{ campaignId: null, partyId, number: sms.from, text, kind: 'autoReply', gateway: settings.routes.autoReply, createdBy: null }], ctx.clock.now());
  }
  return referredTo;
}

function canAutoReply(ctx: WriteCtx, sms: IncomingSms): boolean {
  if (sms.alphanumeric || !/^\+98 ?9\d{9}$/.test(sms.from)) return false;
  const recent = prepared(
    ctx.db,
    `SELECT count(*) AS n FROM sms_messages WHERE direction = 'out' AND kind = 'autoReply' AND number = ? AND created_at >= ?`,
  ).get(sms.from, ctx.clock.now() - 3_600_000) as { n: number };
  return recent.n < AUTO_REPLIES_PER_HOUR;
}

export function addOptOut(ctx: WriteCtx, number: string, source: 'keyword' | 'manual') {
  const existing = ctx.db
    .select()
    .from(smsOptOuts)
    .where(and(eq(smsOptOuts.number, number), isNull(smsOptOuts.deletedAt)))
    .get();
  return existing ?? ctx.records.insert(smsOptOuts, { number, source });
}
