import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { GatewayKind, MessageKind, OutStatus } from '../../../src-shared/api/messaging';
import type { CAMPAIGN_STATUSES, RULE_ACTIONS, RULE_MATCHES } from '../../../src-shared/api/messaging';
import type { PanelConfig } from '../../../src-shared/api/sms-panels';
import { auditedColumns } from '../../core/db/columns';
import { parties } from '../parties/schema';

// One row (id 1), inserted by its migration. Adding a setting: this table, a migration,
// src-shared/api/messaging.ts (MessagingSettings and its update), and the settings screen.
export const messagingSettings = sqliteTable('messaging_settings', {
  ...auditedColumns(),
  modemEnabled: integer('modem_enabled', { mode: 'boolean' }).notNull(),
  modemPorts: text('modem_ports', { mode: 'json' }).$type<string[]>().notNull(),
  modemPin: text('modem_pin'),
  modemSmsc: text('modem_smsc'),
  modemDailyLimit: integer('modem_daily_limit').notNull(),
  bulkThreshold: integer('bulk_threshold').notNull(),
  panel: text('panel', { mode: 'json' }).$type<PanelConfig>(),
  routes: text('routes', { mode: 'json' }).$type<Record<MessageKind, GatewayKind>>().notNull(),
  quietStart: text('quiet_start'),
  quietEnd: text('quiet_end'),
  deliveryReports: integer('delivery_reports', { mode: 'boolean' }).notNull(),
});

export const smsTemplates = sqliteTable('sms_templates', {
  ...auditedColumns(),
  name: text('name').notNull(),
  body: text('body').notNull(),
});

export const smsRules = sqliteTable('sms_rules', {
  ...auditedColumns(),
  // Folded like search text (ی/ک, digits, spaces), so «لغو» matches «لغو » and «لغو» typed with Arabic letters.
  keyword: text('keyword').notNull(),
  match: text('match').$type<(typeof RULE_MATCHES)[number]>().notNull(),
  action: text('action').$type<(typeof RULE_ACTIONS)[number]>().notNull(),
  replyText: text('reply_text'),
  referToUserId: integer('refer_to_user_id'),
  active: integer('active', { mode: 'boolean' }).notNull(),
});

export const smsOptOuts = sqliteTable(
  'sms_opt_outs',
  {
    ...auditedColumns(),
    // +989… (phoneLookupKey), the form every outgoing number is checked in.
    number: text('number').notNull(),
    source: text('source').$type<'keyword' | 'manual'>().notNull(),
  },
  (t) => [index('sms_opt_outs_number').on(t.number)],
);

export const smsCampaigns = sqliteTable('sms_campaigns', {
  ...auditedColumns(),
  name: text('name').notNull(),
  body: text('body').notNull(),
  audience: text('audience', { mode: 'json' }).notNull(),
  audienceLabel: text('audience_label').notNull(),
  customFields: text('custom_fields', { mode: 'json' }).$type<Record<string, string>>().notNull(),
  gateway: text('gateway').$type<GatewayKind>().notNull(),
  status: text('status').$type<(typeof CAMPAIGN_STATUSES)[number]>().notNull(),
  recipients: integer('recipients').notNull(),
  duplicates: integer('duplicates').notNull(),
  optedOut: integer('opted_out').notNull(),
  noMobile: integer('no_mobile').notNull(),
});

// The outbox and inbox are a delivery log, not edited records: each row carries its own history
// (created, sent, delivered, error), rows are written by the sending worker one state at a time, and a
// 10,000-recipient campaign must queue in a few seconds. So they are written with prepared statements,
// not through ctx.records; user actions on them (resend, dismiss, link) are audited commands.
export const smsMessages = sqliteTable(
  'sms_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    direction: text('direction').$type<'out' | 'in'>().notNull(),
    campaignId: integer('campaign_id').references(() => smsCampaigns.id),
    partyId: integer('party_id').references(() => parties.id, { onDelete: 'set null' }),
    // Outgoing: +989…; incoming: the sender as normalized as it allows (an alphanumeric name stays as is).
    number: text('number').notNull(),
    text: text('text').notNull(),
    kind: text('kind').$type<MessageKind>(),
    gateway: text('gateway').$type<GatewayKind>(),
    status: text('status').$type<OutStatus | 'received'>().notNull(),
    partsTotal: integer('parts_total').notNull(),
    // The 8-bit concatenation reference shared by this message's parts.
    concatRef: integer('concat_ref'),
    error: text('error'),
    createdAt: integer('created_at').notNull(),
    createdBy: integer('created_by'),
    sentAt: integer('sent_at'),
    deliveredAt: integer('delivered_at'),
    interactionId: integer('interaction_id'),
    // Incoming only.
    receivedAt: integer('received_at'),
    incomplete: integer('incomplete', { mode: 'boolean' }).notNull().default(false),
    // Sender + service-centre time + text: a message read twice (a crash before it left the SIM) is stored once.
    fingerprint: text('fingerprint'),
    ruleAction: text('rule_action'),
    referredTo: integer('referred_to'),
    readAt: integer('read_at'),
  },
  (t) => [
    index('sms_messages_out_status').on(t.direction, t.status, t.id),
    index('sms_messages_campaign').on(t.campaignId, t.status),
    index('sms_messages_party').on(t.partyId, t.createdAt),
    index('sms_messages_number').on(t.number, t.createdAt),
    uniqueIndex('sms_messages_fingerprint').on(t.fingerprint),
  ],
);

export const PART_STATUSES = ['queued', 'held', 'submitting', 'submitted', 'delivered', 'failed', 'unknown', 'cancelled'] as const;
export type PartStatus = (typeof PART_STATUSES)[number];

export const smsParts = sqliteTable(
  'sms_parts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    messageId: integer('message_id')
      .notNull()
      .references(() => smsMessages.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    // Copied from the message so the worker picks its next part from one index, without joins.
    gateway: text('gateway').$type<GatewayKind>().notNull(),
    // 0: single messages and auto-replies, 1: campaigns (they wait in quiet hours and behind the others).
    priority: integer('priority').notNull(),
    // held: its campaign is paused.
    status: text('status').$type<PartStatus>().notNull(),
    // Modem TP-MR or the panel's message id, for delivery reports.
    reference: text('reference'),
    attempts: integer('attempts').notNull().default(0),
    // Not before this time (a retry's backoff).
    notBefore: integer('not_before').notNull().default(0),
    submittedAt: integer('submitted_at'),
    finalAt: integer('final_at'),
    error: text('error'),
  },
  (t) => [
    index('sms_parts_next').on(t.gateway, t.status, t.priority, t.id),
    index('sms_parts_message').on(t.messageId, t.seq),
    index('sms_parts_sent').on(t.gateway, t.submittedAt),
    index('sms_parts_reference').on(t.reference, t.submittedAt),
  ],
);

// Parts of long incoming messages waiting for their siblings; kept after assembly (consumed) so a part
// read again after a crash is recognised and not started as a new message.
export const smsFragments = sqliteTable(
  'sms_fragments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sender: text('sender').notNull(),
    reference: integer('reference').notNull(),
    total: integer('total').notNull(),
    seq: integer('seq').notNull(),
    text: text('text').notNull(),
    // '' when the device gives no time stamp: NULLs would never collide in the unique index.
    sentAt: text('sent_at').notNull().default(''),
    receivedAt: integer('received_at').notNull(),
    consumed: integer('consumed', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('sms_fragments_part').on(t.sender, t.reference, t.total, t.seq, t.sentAt), index('sms_fragments_open').on(t.consumed, t.receivedAt)],
);
