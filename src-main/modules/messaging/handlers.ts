import { and, count, eq, inArray, isNull, ne } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { Audience, GatewayKind, MessageKind, messagingApi, OutStatus } from '../../../src-shared/api/messaging';
import { parseMobile } from '../../../src-shared/domain/iran-ids';
import { localDayStart, todayIsoDate } from '../../../src-shared/domain/jalali';
import { renderTemplate, templateTokens, MERGE_FIELD_TOKENS } from '../../../src-shared/domain/merge-fields';
import { normalizePersianText } from '../../../src-shared/domain/persian-text';
import { planMessage } from '../../../src-shared/domain/sms-parts';
import { requireSession, type Session, type WriteCtx } from '../../core/context';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import type { Handlers } from '../../core/dispatch';
import { getOfficeSettings } from '../settings/queries';
import { logInteraction, moveInteraction } from '../interactions/queries';
import { assertPartyInScope } from '../parties/scope';
import { exportCampaign } from './campaign-report';
import { addOptOut } from './inbound';
import { enqueueMessages, modemPartsSentSince, setCampaignParts, type NewMessage } from './outbox-store';
import { chooseGateway } from './gateway-choice';
import { getCampaign, getInbound, listCampaigns, listInbox, listOutbox } from './queries';
import { quietUntil } from './quiet-hours';
import { isOptedOut, resolveAudience, type Recipient } from './recipients';
import { messagingSettings, smsCampaigns, smsMessages, smsOptOuts, smsRules, smsTemplates } from './schema';
import type { MessagingService } from './service';
import { publicMessagingSettings, readMessagingSettings, type StoredMessagingSettings } from './settings-queries';

type AnyDb = ReadDb | WriteDb;

const KNOWN_TOKENS = new Set(Object.values(MERGE_FIELD_TOKENS));

interface Planned {
  recipients: Recipient[];
  texts: string[];
  totalParts: number;
}

function renderAll(db: AnyDb, recipients: Recipient[], body: string, custom: Record<string, string>): Planned & { missing: string[][] } {
  const moneyUnit = getOfficeSettings(db).moneyUnit;
  const texts: string[] = [];
  const missing: string[][] = [];
  let totalParts = 0;
  for (const recipient of recipients) {
    const rendered = renderTemplate(body, recipient.merge, { custom, moneyUnit });
    texts.push(rendered.text);
    missing.push(rendered.missing);
    totalParts += planMessage(rendered.text).parts.length;
  }
  return { recipients, texts, totalParts, missing };
}

function campaignWarnings(db: AnyDb, settings: StoredMessagingSettings, gateway: GatewayKind | null, recipients: number, totalParts: number, now: number): string[] {
  if (gateway === null) return ['noGateway'];
  const warnings: string[] = [];
  if (gateway === 'modem') {
    if (recipients > settings.bulkThreshold) warnings.push('modem.bulk');
    if (modemSentToday(db, now) + totalParts > settings.modemDailyLimit) warnings.push('modem.dailyCap');
  }
  if (quietUntil(now, settings.quietStart, settings.quietEnd) !== null) warnings.push('quietHours');
  return warnings;
}

function modemSentToday(db: AnyDb, now: number): number {
  return modemPartsSentSince(db, localDayStart(todayIsoDate(now)));
}

function directRecipients(ctx: WriteCtx, session: Session, to: ({ partyId: number } | { number: string })[]): Recipient[] {
  const today = todayIsoDate(ctx.clock.now());
  const recipients: Recipient[] = [];
  for (const target of to) {
    if ('partyId' in target) {
      assertPartyInScope(ctx.db, session, target.partyId);
      const found = resolveAudience(ctx.db, session, { kind: 'selection', partyIds: [target.partyId] }, today);
      if (found.recipients.length === 0) throw new AppError(found.report.optedOut > 0 ? 'messaging.optedOut' : 'messaging.noRecipients', { number: '' });
      recipients.push(found.recipients[0]!);
    } else {
      const mobile = parseMobile(target.number);
      if (!mobile.ok) throw new AppError('messaging.invalidNumber', { number: target.number });
      if (isOptedOut(ctx.db, mobile.value)) throw new AppError('messaging.optedOut', { number: target.number });
      const found = resolveAudience(ctx.db, session, { kind: 'numbers', text: mobile.value }, today);
      recipients.push(found.recipients[0]!);
    }
  }
  return recipients;
}

function requireGateway(gateway: GatewayKind | null): GatewayKind {
  if (gateway === null) throw new AppError('messaging.noGateway');
  return gateway;
}

function ensureUniqueName(db: WriteDb, table: typeof smsTemplates, name: string, id: number | undefined): void {
  const clash = db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.name, name), isNull(table.deletedAt), id === undefined ? undefined : ne(table.id, id)))
    .get();
  if (clash) throw new AppError('messaging.nameTaken');
}

export function createMessagingHandlers(service: MessagingService): Handlers<typeof messagingApi> {
  // Work that must see the committed rows (the worker reads on its own connection and transaction).
  const afterCommit = (work: () => void) => setImmediate(work);

  function plan(ctx: { db: AnyDb; session: Session | null; clock: { now(): number } }, audience: Audience, body: string, custom: Record<string, string>) {
    const session = requireSession(ctx);
    const settings = readMessagingSettings(ctx.db);
    const resolved = resolveAudience(ctx.db, session, audience, todayIsoDate(ctx.clock.now()));
    const rendered = renderAll(ctx.db, resolved.recipients, body, custom);
    const gateway = chooseGateway('campaign', resolved.recipients.length, settings, service.modemPortOverride);
    return { session, settings, resolved, rendered, gateway };
  }

  return {
    'messaging.getSettings': (_input, ctx) => publicMessagingSettings(readMessagingSettings(ctx.db), service.modemPortOverride),
    'messaging.updateSettings': ({ version, modemPin, ...values }, ctx) => {
      ctx.records.update(messagingSettings, 1, { ...values, ...(modemPin === undefined ? {} : { modemPin }) }, { expectedVersion: version });
      afterCommit(() => service.reconfigure());
      return publicMessagingSettings(readMessagingSettings(ctx.db), service.modemPortOverride);
    },
    'messaging.status': (_input, ctx) => {
      const settings = readMessagingSettings(ctx.db);
      const { modem, panel, modemCapReached } = service.statuses();
      const queueCount = (statuses: OutStatus[]) => ctx.db.select({ n: count() }).from(smsMessages).where(and(eq(smsMessages.direction, 'out'), inArray(smsMessages.status, statuses))).get()?.n ?? 0;
      return {
        modem: modem && { ...modem, problem: modem.problem ?? (modemCapReached ? 'modem.dailyCap' : null), storage: modem.storage },
        panel,
        queued: queueCount(['queued', 'sending']),
        unknown: queueCount(['unknown']),
        modemSentToday: modemSentToday(ctx.db, ctx.clock.now()),
        modemDailyLimit: settings.modemDailyLimit,
      };
    },

    'messaging.send': ({ to, text }, ctx) => {
      const session = requireSession(ctx);
      const settings = readMessagingSettings(ctx.db);
      const recipients = directRecipients(ctx, session, to);
      const gateway = requireGateway(chooseGateway('single', recipients.length, settings, service.modemPortOverride));
      const { texts } = renderAll(ctx.db, recipients, text, {});
      const messages: NewMessage[] = recipients.map((recipient, i) => ({
        campaignId: null,
        partyId: recipient.partyId,
        number: recipient.number,
        text: texts[i]!,
        kind: 'single',
        gateway,
        createdBy: session.userId,
      }));
      const messageIds = enqueueMessages(ctx.db, messages, ctx.clock.now());
      afterCommit(() => service.wake());
      return { messageIds };
    },
    'messaging.previewCampaign': ({ audience, body, customFields }, ctx) => {
      const { settings, resolved, rendered, gateway } = plan(ctx, audience, body, customFields);
      return {
        audience: resolved.report,
        gateway,
        warnings: campaignWarnings(ctx.db, settings, gateway, resolved.recipients.length, rendered.totalParts, ctx.clock.now()),
        totalParts: rendered.totalParts,
        samples: resolved.recipients.slice(0, 5).map((recipient, i) => ({
          partyId: recipient.partyId,
          name: recipient.name,
          number: recipient.number,
          text: rendered.texts[i]!,
          parts: planMessage(rendered.texts[i]!).parts.length,
          missing: rendered.missing[i]!,
        })),
        unknownFields: templateTokens(body).filter((token) => !KNOWN_TOKENS.has(token) && !(token in customFields)),
      };
    },
    'messaging.startCampaign': ({ name, audience, body, customFields }, ctx) => {
      const { session, resolved, rendered, gateway } = plan(ctx, audience, body, customFields);
      if (resolved.recipients.length === 0) throw new AppError('messaging.noRecipients');
      const chosen = requireGateway(gateway);
      const campaign = ctx.records.insert(smsCampaigns, {
        name,
        body,
        audience,
        audienceLabel: resolved.label,
        customFields,
        gateway: chosen,
        status: 'running',
        recipients: resolved.recipients.length,
        duplicates: resolved.report.duplicates,
        optedOut: resolved.report.optedOut,
        noMobile: resolved.report.noMobile,
      });
      enqueueMessages(
        ctx.db,
        resolved.recipients.map((recipient, i) => ({
          campaignId: campaign.id,
          partyId: recipient.partyId,
          number: recipient.number,
          text: rendered.texts[i]!,
          kind: 'campaign',
          gateway: chosen,
          createdBy: session.userId,
        })),
        ctx.clock.now(),
      );
      afterCommit(() => service.wake());
      return getCampaign(ctx.db, session, campaign.id);
    },
    'messaging.listCampaigns': ({ offset, limit }, ctx) => listCampaigns(ctx.db, ctx.session, offset, limit),
    'messaging.getCampaign': ({ id }, ctx) => getCampaign(ctx.db, ctx.session, id),
    'messaging.exportCampaign': ({ id, format }, ctx) => exportCampaign(ctx.db, ctx.session, id, format, ctx.clock.now()),
    'messaging.pauseCampaign': ({ id }, ctx) => changeCampaign(ctx, id, 'paused', ['queued'], 'held'),
    'messaging.resumeCampaign': ({ id }, ctx) => {
      const campaign = changeCampaign(ctx, id, 'running', ['held'], 'queued');
      afterCommit(() => service.wake());
      return campaign;
    },
    'messaging.cancelCampaign': ({ id }, ctx) => changeCampaign(ctx, id, 'cancelled', ['queued', 'held'], 'cancelled'),

    'messaging.listOutbox': (request, ctx) => listOutbox(ctx.db, ctx.session, request),
    'messaging.resend': ({ id }, ctx) => {
      const session = requireSession(ctx);
      const message = outMessage(ctx, id);
      if (message.status !== 'failed' && message.status !== 'unknown') throw new AppError('messaging.notResendable');
      const [messageId] = enqueueMessages(
        ctx.db,
        [{ campaignId: message.campaignId, partyId: message.partyId, number: message.number, text: message.text, kind: message.kind ?? 'single', gateway: message.gateway ?? 'modem', createdBy: session.userId }],
        ctx.clock.now(),
      );
      prepared(ctx.db, `UPDATE sms_messages SET status = 'dismissed', error = 'resent' WHERE id = ?`).run(id);
      afterCommit(() => service.wake());
      return { messageId: messageId! };
    },
    'messaging.dismiss': ({ id }, ctx) => {
      const message = outMessage(ctx, id);
      if (message.status !== 'failed' && message.status !== 'unknown') throw new AppError('messaging.notResendable');
      prepared(ctx.db, `UPDATE sms_messages SET status = 'dismissed' WHERE id = ?`).run(id);
      return { ok: true };
    },

    'messaging.listInbox': (request, ctx) => listInbox(ctx.db, ctx.session, request),
    'messaging.markRead': ({ ids }, ctx) => {
      const mark = prepared(ctx.db, `UPDATE sms_messages SET read_at = coalesce(read_at, ?) WHERE id = ? AND direction = 'in'`);
      for (const id of ids) mark.run(ctx.clock.now(), id);
      return { ok: true };
    },
    'messaging.linkInbound': ({ id, partyId }, ctx) => {
      const message = getInbound(ctx.db, ctx.session, id);
      assertPartyInScope(ctx.db, ctx.session, partyId);
      const { interactionId } = prepared(ctx.db, `SELECT interaction_id AS interactionId FROM sms_messages WHERE id = ?`).get(id) as { interactionId: number | null };
      prepared(ctx.db, `UPDATE sms_messages SET party_id = ? WHERE id = ?`).run(partyId, message.id);
      if (interactionId !== null) moveInteraction(ctx, interactionId, partyId);
      else {
        // The message arrived from an unknown number: it joins the record's history now.
        const row = prepared(ctx.db, `SELECT text, received_at AS receivedAt FROM sms_messages WHERE id = ?`).get(id) as { text: string; receivedAt: number };
        const newId = logInteraction(ctx, { partyId, subject: 'پیامک دریافتی', method: 'sms', direction: 'incoming', occurredAt: row.receivedAt, userId: null, description: row.text });
        prepared(ctx.db, `UPDATE sms_messages SET interaction_id = ? WHERE id = ?`).run(newId, id);
      }
      return getInbound(ctx.db, ctx.session, id);
    },

    'messaging.listTemplates': (_input, ctx) =>
      ctx.db
        .select({ id: smsTemplates.id, name: smsTemplates.name, body: smsTemplates.body, version: smsTemplates.version })
        .from(smsTemplates)
        .where(isNull(smsTemplates.deletedAt))
        .orderBy(smsTemplates.name)
        .all(),
    'messaging.saveTemplate': ({ id, name, body }, ctx) => {
      ensureUniqueName(ctx.db, smsTemplates, name, id);
      const row = id === undefined ? ctx.records.insert(smsTemplates, { name, body }) : ctx.records.update(smsTemplates, id, { name, body });
      return { id: row.id, name: row.name, body: row.body, version: row.version };
    },
    'messaging.removeTemplate': ({ id }, ctx) => {
      ctx.records.remove(smsTemplates, id);
      return { ok: true };
    },

    'messaging.listRules': (_input, ctx) => ctx.db.select().from(smsRules).where(isNull(smsRules.deletedAt)).orderBy(smsRules.id).all().map(toRule),
    'messaging.saveRule': ({ id, ...rule }, ctx) => {
      const keyword = normalizePersianText(rule.keyword);
      const clash = ctx.db
        .select({ id: smsRules.id })
        .from(smsRules)
        .where(and(eq(smsRules.keyword, keyword), eq(smsRules.match, rule.match), isNull(smsRules.deletedAt), id === undefined ? undefined : ne(smsRules.id, id)))
        .get();
      if (clash) throw new AppError('messaging.nameTaken');
      const values = { ...rule, keyword, replyText: rule.replyText?.trim() || null, referToUserId: rule.action === 'refer' ? rule.referToUserId : null };
      return toRule(id === undefined ? ctx.records.insert(smsRules, values) : ctx.records.update(smsRules, id, values));
    },
    'messaging.removeRule': ({ id }, ctx) => {
      ctx.records.remove(smsRules, id);
      return { ok: true };
    },

    'messaging.listOptOuts': ({ offset, limit }, ctx) => {
      const rows = ctx.db
        .select({ id: smsOptOuts.id, number: smsOptOuts.number, source: smsOptOuts.source, createdAt: smsOptOuts.createdAt })
        .from(smsOptOuts)
        .where(isNull(smsOptOuts.deletedAt))
        .orderBy(smsOptOuts.number)
        .limit(limit)
        .offset(offset)
        .all();
      return { rows, total: ctx.db.select({ n: count() }).from(smsOptOuts).where(isNull(smsOptOuts.deletedAt)).get()?.n ?? 0 };
    },
    'messaging.addOptOut': ({ number }, ctx) => {
      const mobile = parseMobile(number);
      if (!mobile.ok) throw new AppError('messaging.invalidNumber', { number });
      const row = addOptOut(ctx, mobile.value, 'manual');
      return { id: row.id, number: row.number, source: row.source, createdAt: row.createdAt };
    },
    'messaging.removeOptOut': ({ id }, ctx) => {
      ctx.records.remove(smsOptOuts, id);
      return { ok: true };
    },
  };
}

function toRule(row: typeof smsRules.$inferSelect) {
  return {
    id: row.id,
    keyword: row.keyword,
    match: row.match,
    action: row.action,
    replyText: row.replyText,
    referToUserId: row.referToUserId,
    active: row.active,
    version: row.version,
  };
}

function outMessage(ctx: WriteCtx, id: number) {
  const message = prepared(
    ctx.db,
    `SELECT id, campaign_id AS campaignId, party_id AS partyId, number, text, kind, gateway, status FROM sms_messages WHERE id = ? AND direction = 'out'`,
  ).get(id) as
    | { id: number; campaignId: number | null; partyId: number | null; number: string; text: string; kind: MessageKind | null; gateway: GatewayKind | null; status: string }
    | undefined;
  if (!message) throw new AppError('record.notFound', { table: 'sms_messages', id });
  return message;
}

function changeCampaign(ctx: WriteCtx, id: number, status: 'running' | 'paused' | 'cancelled', from: ('queued' | 'held')[], to: 'queued' | 'held' | 'cancelled') {
  const campaign = getCampaign(ctx.db, ctx.session, id);
  if (campaign.status === 'cancelled' || campaign.status === 'done') throw new AppError('messaging.campaignEnded');
  ctx.records.update(smsCampaigns, id, { status });
  setCampaignParts(ctx.db, id, from, to, ctx.clock.now());
  return getCampaign(ctx.db, ctx.session, id);
}
