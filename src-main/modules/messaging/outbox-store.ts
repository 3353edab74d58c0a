import type { GatewayKind, MessageKind, OutStatus } from '../../../src-shared/api/messaging';
import { planMessage } from '../../../src-shared/domain/sms-parts';
import type { SubmitOutcome } from '../../devices/ports';
import type { WriteCtx } from '../../core/context';
import { and, count, eq, gte } from 'drizzle-orm';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { logInteraction } from '../interactions/queries';
import { smsParts, type PartStatus } from './schema';

// The durable outbox: every state of every part is committed before the next step, so a crash at any
// moment loses nothing and sends nothing twice. The worker (outbox.ts) calls these inside its own small
// transactions; commands call them inside theirs.

export interface NewMessage {
  campaignId: number | null;
  partyId: number | null;
  number: string;
  text: string;
  kind: MessageKind;
  gateway: GatewayKind;
  createdBy: number | null;
}

const MAX_ATTEMPTS = 5;
// smstools waits about 10 s after a transient error and re-checks the network; later tries wait longer.
const RETRY_DELAYS_MS = [10_000, 30_000, 60_000, 120_000];

export function enqueueMessages(db: WriteDb, messages: readonly NewMessage[], now: number, held = false): number[] {
  const insertMessage = prepared(
    db,
    `INSERT INTO sms_messages (direction, campaign_id, party_id, number, text, kind, gateway, status, parts_total, concat_ref, created_at, created_by)
     VALUES ('out', ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)`,
  );
  const insertPart = prepared(db, `INSERT INTO sms_parts (message_id, seq, gateway, priority, status) VALUES (?, ?, ?, ?, ?)`);
  const ids: number[] = [];
  for (const message of messages) {
    const parts = planMessage(message.text).parts.length;
    const { lastInsertRowid } = insertMessage.run(
      message.campaignId,
      message.partyId,
      message.number,
      message.text,
      message.kind,
      message.gateway,
      parts,
      // Ids are consecutive, so consecutive messages to one phone never share a concatenation reference.
      null,
      now,
      message.createdBy,
    );
    const id = Number(lastInsertRowid);
    ids.push(id);
    const priority = message.kind === 'campaign' ? 1 : 0;
    for (let seq = 0; seq < parts; seq++) insertPart.run(id, seq, message.gateway, priority, held ? 'held' : 'queued');
  }
  if (ids.length > 0) prepared(db, `UPDATE sms_messages SET concat_ref = id % 256 WHERE id BETWEEN ? AND ?`).run(ids[0], ids.at(-1));
  return ids;
}

export interface ClaimedPart {
  partId: number;
  messageId: number;
  seq: number;
  number: string;
  text: string;
  concatRef: number;
}

// The next part the modem should send, marked "submitting" (committed by the caller before sending).
// Campaign parts are skipped while `campaignsAllowed` is false (quiet hours, daily cap).
export function claimModemPart(db: WriteDb, now: number, campaignsAllowed: boolean): ClaimedPart | null {
  const row = prepared(
    db,
    `SELECT p.id AS partId, p.message_id AS messageId, p.seq AS seq, m.number AS number, m.text AS text, m.concat_ref AS concatRef
     FROM sms_parts p JOIN sms_messages m ON m.id = p.message_id
     WHERE p.gateway = 'modem' AND p.status = 'queued' AND p.priority <= ? AND p.not_before <= ?
     ORDER BY p.priority, p.id LIMIT 1`,
  ).get(campaignsAllowed ? 1 : 0, now) as ClaimedPart | undefined;
  if (!row) return null;
  setPartStatus(db, row.partId, 'submitting', { attempt: true });
  refreshMessage(db, row.messageId, now);
  return row;
}

export interface ClaimedMessage {
  messageId: number;
  number: string;
  text: string;
}

// Whole messages for a panel (it splits them itself), all their parts marked "submitting".
export function claimPanelMessages(db: WriteDb, now: number, campaignsAllowed: boolean, limit: number): ClaimedMessage[] {
  const rows = prepared(
    db,
    `SELECT DISTINCT p.message_id AS messageId, m.number AS number, m.text AS text
     FROM sms_parts p JOIN sms_messages m ON m.id = p.message_id
     WHERE p.gateway = 'panel' AND p.status = 'queued' AND p.priority <= ? AND p.not_before <= ?
     ORDER BY p.priority, p.id LIMIT ?`,
  ).all(campaignsAllowed ? 1 : 0, now, limit) as ClaimedMessage[];
  const mark = prepared(db, `UPDATE sms_parts SET status = 'submitting', attempts = attempts + 1 WHERE message_id = ? AND status = 'queued'`);
  for (const row of rows) {
    mark.run(row.messageId);
    refreshMessage(db, row.messageId, now);
  }
  return rows;
}

function setPartStatus(
  db: WriteDb,
  partId: number,
  status: PartStatus,
  extra: { attempt?: boolean; reference?: string; submittedAt?: number; finalAt?: number; notBefore?: number; error?: string | null } = {},
): void {
  prepared(
    db,
    `UPDATE sms_parts SET status = ?, attempts = attempts + ?, reference = coalesce(?, reference), submitted_at = coalesce(?, submitted_at),
       final_at = coalesce(?, final_at), not_before = coalesce(?, not_before), error = ? WHERE id = ?`,
  ).run(
    status,
    extra.attempt ? 1 : 0,
    extra.reference ?? null,
    extra.submittedAt ?? null,
    extra.finalAt ?? null,
    extra.notBefore ?? null,
    extra.error ?? null,
    partId,
  );
}

// What happened to one part (modem) or to all parts of a message (panel): `partIds` are those parts.
export function recordOutcome(ctx: WriteCtx, messageId: number, partIds: readonly number[], outcome: SubmitOutcome, now: number): void {
  const db = ctx.db;
  for (const partId of partIds) {
    switch (outcome.kind) {
      case 'accepted':
        setPartStatus(db, partId, 'submitted', { reference: outcome.reference, submittedAt: now });
        break;
      case 'retry': {
        const { attempts } = prepared(db, `SELECT attempts FROM sms_parts WHERE id = ?`).get(partId) as { attempts: number };
        if (attempts >= MAX_ATTEMPTS) setPartStatus(db, partId, 'failed', { finalAt: now, error: outcome.code });
        else setPartStatus(db, partId, 'queued', { notBefore: now + RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1]!, error: outcome.code });
        break;
      }
      case 'rejected':
        setPartStatus(db, partId, 'failed', { finalAt: now, error: outcome.code });
        break;
      case 'unknown':
        setPartStatus(db, partId, 'unknown', { error: outcome.code });
        break;
    }
  }
  // A message with a part that failed or went astray is not worth finishing: the rest would arrive as a
  // fragment. The operator resends it whole.
  if (outcome.kind === 'rejected' || outcome.kind === 'unknown' || (outcome.kind === 'retry' && failedPartOf(db, messageId))) {
    prepared(db, `UPDATE sms_parts SET status = 'cancelled', final_at = ? WHERE message_id = ? AND status IN ('queued', 'held')`).run(now, messageId);
  }
  const status = refreshMessage(db, messageId, now, outcome.kind === 'rejected' || outcome.kind === 'unknown' || outcome.kind === 'retry' ? outcome.code : null);
  if (status === 'sent') logSent(ctx, messageId, now);
}

function failedPartOf(db: WriteDb, messageId: number): boolean {
  return prepared(db, `SELECT 1 FROM sms_parts WHERE message_id = ? AND status = 'failed' LIMIT 1`).get(messageId) !== undefined;
}

// Every sent SMS shows in the recipient's history, written once when its last part went out.
function logSent(ctx: WriteCtx, messageId: number, now: number): void {
  const message = prepared(ctx.db, `SELECT party_id AS partyId, text, created_by AS createdBy, interaction_id AS interactionId FROM sms_messages WHERE id = ?`).get(
    messageId,
  ) as { partyId: number | null; text: string; createdBy: number | null; interactionId: number | null };
  if (message.partyId === null || message.interactionId !== null) return;
  const interactionId = logInteraction(ctx, {
    partyId: message.partyId,
    subject: 'پیامک ارسالی',
    method: 'sms',
    direction: 'outgoing',
    occurredAt: now,
    userId: message.createdBy,
    description: message.text,
  });
  prepared(ctx.db, `UPDATE sms_messages SET interaction_id = ? WHERE id = ?`).run(interactionId, messageId);
}

// The message's status follows its parts: the worst outcome wins, then the least progress.
export function messageStatusOf(counts: Partial<Record<PartStatus, number>>, total: number): OutStatus {
  const n = (status: PartStatus) => counts[status] ?? 0;
  if (n('failed') > 0) return 'failed';
  if (n('unknown') > 0) return 'unknown';
  if (n('cancelled') === total) return 'cancelled';
  if (n('delivered') === total) return 'delivered';
  if (n('delivered') + n('submitted') === total) return 'sent';
  if (n('submitting') > 0 || n('submitted') > 0 || n('delivered') > 0) return 'sending';
  return 'queued';
}

export function refreshMessage(db: WriteDb, messageId: number, now: number, error: string | null = null): OutStatus {
  const rows = prepared(db, `SELECT status, count(*) AS n FROM sms_parts WHERE message_id = ? GROUP BY status`).all(messageId) as { status: PartStatus; n: number }[];
  const counts: Partial<Record<PartStatus, number>> = {};
  let total = 0;
  for (const row of rows) {
    counts[row.status] = row.n;
    total += row.n;
  }
  const status = messageStatusOf(counts, total);
  prepared(
    db,
    `UPDATE sms_messages SET status = ?,
       sent_at = CASE WHEN ? IN ('sent', 'delivered') THEN coalesce(sent_at, ?) ELSE sent_at END,
       delivered_at = CASE WHEN ? = 'delivered' THEN coalesce(delivered_at, ?) ELSE delivered_at END,
       error = coalesce(?, error)
     WHERE id = ?`,
  ).run(status, status, now, status, now, error, messageId);
  return status;
}

// At start-up: a part caught between "submitting" and its outcome may or may not have left the modem.
// It becomes "unknown" for the operator to resend or dismiss; it is never resent on its own.
export function markInterruptedUnknown(ctx: WriteCtx, now: number): number {
  const interrupted = prepared(ctx.db, `SELECT id, message_id AS messageId FROM sms_parts WHERE status = 'submitting'`).all() as { id: number; messageId: number }[];
  for (const part of interrupted) recordOutcome(ctx, part.messageId, [part.id], { kind: 'unknown', code: 'core.restarted' }, now);
  return interrupted.length;
}

// Parts the modem sent today (local day): the daily cap that keeps a personal SIM from being cut off.
export function modemPartsSentSince(db: ReadDb | WriteDb, since: number): number {
  return db.select({ n: count() }).from(smsParts).where(and(eq(smsParts.gateway, 'modem'), gte(smsParts.submittedAt, since))).get()?.n ?? 0;
}

// A delivery report from the modem: TP-MR is reused every 256 parts, so it is matched with the number and
// the newest part submitted within the window.
export function applyModemReport(
  db: WriteDb,
  report: { reference: string; recipientKey: string; state: 'delivered' | 'pending' | 'failed'; status: number },
  now: number,
  windowMs: number,
): number | null {
  const part = prepared(
    db,
    `SELECT p.id, p.message_id AS messageId FROM sms_parts p JOIN sms_messages m ON m.id = p.message_id
     WHERE p.reference = ? AND p.gateway = 'modem' AND p.submitted_at >= ? AND p.status IN ('submitted', 'delivered', 'failed') AND m.number = ?
     ORDER BY p.submitted_at DESC LIMIT 1`,
  ).get(report.reference, now - windowMs, report.recipientKey) as { id: number; messageId: number } | undefined;
  if (!part) return null;
  // 0x20–0x3F: the network is still trying; only a final report changes the part.
  if (report.state === 'pending') return part.messageId;
  setPartStatus(db, part.id, report.state === 'delivered' ? 'delivered' : 'failed', {
    finalAt: now,
    error: report.state === 'failed' ? `status.${report.status}` : null,
  });
  refreshMessage(db, part.messageId, now, report.state === 'failed' ? `status.${report.status}` : null);
  return part.messageId;
}

// Panel delivery: the panel's id covers all parts of a message.
export function applyPanelDelivery(db: WriteDb, reference: string, state: 'delivered' | 'failed', now: number): number | null {
  const parts = prepared(db, `SELECT id, message_id AS messageId FROM sms_parts WHERE reference = ? AND gateway = 'panel' AND status = 'submitted'`).all(reference) as {
    id: number;
    messageId: number;
  }[];
  for (const part of parts) setPartStatus(db, part.id, state, { finalAt: now, error: state === 'failed' ? 'panel.undelivered' : null });
  if (parts.length === 0) return null;
  refreshMessage(db, parts[0]!.messageId, now, state === 'failed' ? 'panel.undelivered' : null);
  return parts[0]!.messageId;
}

// Panel ids still waiting for a final delivery state, newest first.
export function pendingPanelReferences(db: WriteDb, since: number, limit: number): string[] {
  return (
    prepared(db, `SELECT DISTINCT reference FROM sms_parts WHERE gateway = 'panel' AND status = 'submitted' AND submitted_at >= ? ORDER BY submitted_at DESC LIMIT ?`).all(
      since,
      limit,
    ) as { reference: string }[]
  ).map((row) => row.reference);
}

export function setCampaignParts(db: WriteDb, campaignId: number, from: readonly PartStatus[], to: PartStatus, now: number): number[] {
  const placeholders = from.map(() => '?').join(', ');
  const messageIds = (
    prepared(
      db,
      `SELECT DISTINCT p.message_id AS id FROM sms_parts p JOIN sms_messages m ON m.id = p.message_id WHERE m.campaign_id = ? AND p.status IN (${placeholders})`,
    ).all(campaignId, ...from) as { id: number }[]
  ).map((row) => row.id);
  prepared(
    db,
    `UPDATE sms_parts SET status = ?, final_at = CASE WHEN ? = 'cancelled' THEN ? ELSE final_at END
     WHERE status IN (${placeholders}) AND message_id IN (SELECT id FROM sms_messages WHERE campaign_id = ?)`,
  ).run(to, to, now, ...from, campaignId);
  for (const id of messageIds) refreshMessage(db, id, now);
  return messageIds;
}
