import { z } from 'zod';
import { command, Ok, page, PageRequest, query, RecordId, RecordRef, type ApiSlice } from './kit';
import { personText } from './fields';
import { EXPORT_FORMATS, ExportedFile, PARTY_KINDS, PartyFilter } from './parties';
import { PanelConfig } from './sms-panels';

// SMS: settings and gateway status, sending (single messages and campaigns), the outbox and inbox,
// templates, keyword rules and the opt-out list.

export const GATEWAY_KINDS = ['modem', 'panel'] as const;
export type GatewayKind = (typeof GATEWAY_KINDS)[number];

// What a message is for; the settings choose a gateway per kind (campaigns also by size).
export const MESSAGE_KINDS = ['single', 'campaign', 'autoReply'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.clockTime');

export const MessagingSettings = z.object({
  modemEnabled: z.boolean(),
  // Paths tried in order; a re-plugged USB modem may come back under another name.
  modemPorts: z.array(z.string().trim().min(1).max(200)).max(10),
  // Kept on the server only; the UI sees whether one is set.
  modemPinSet: z.boolean(),
  modemSmsc: z.string().nullable(),
  modemDailyLimit: z.number().int(),
  bulkThreshold: z.number().int(),
  panel: PanelConfig.nullable(),
  routes: z.record(z.enum(MESSAGE_KINDS), z.enum(GATEWAY_KINDS)),
  quietStart: ClockTime.nullable(),
  quietEnd: ClockTime.nullable(),
  deliveryReports: z.boolean(),
  // Set when the server was started with --sms-modem: that port wins over modemPorts.
  modemPortFromCommandLine: z.string().nullable(),
  version: z.number().int(),
});
export type MessagingSettings = z.infer<typeof MessagingSettings>;

export const MessagingSettingsUpdate = z.object({
  version: z.number().int().positive(),
  modemEnabled: z.boolean(),
  modemPorts: z.array(z.string().trim().min(1).max(200)).max(10),
  // undefined keeps the stored PIN, null removes it.
  modemPin: z
    .string()
    .regex(/^\d{4,8}$/, 'validation.simPin')
    .nullable()
    .optional(),
  modemSmsc: z
    .string()
    .trim()
    .regex(/^\+?\d{5,20}$/, 'validation.phone')
    .nullable(),
  modemDailyLimit: z.number().int().min(1).max(10_000),
  bulkThreshold: z.number().int().min(1).max(100_000),
  panel: PanelConfig.nullable(),
  routes: z.object({ single: z.enum(GATEWAY_KINDS), campaign: z.enum(GATEWAY_KINDS), autoReply: z.enum(GATEWAY_KINDS) }),
  quietStart: ClockTime.nullable(),
  quietEnd: ClockTime.nullable(),
  deliveryReports: z.boolean(),
});

export const GATEWAY_STATES = ['off', 'starting', 'ready', 'unavailable'] as const;

export const GatewayStatus = z.object({
  state: z.enum(GATEWAY_STATES),
  problem: z.string().nullable(),
  path: z.string().nullable(),
  manufacturer: z.string().nullable(),
  model: z.string().nullable(),
  operator: z.string().nullable(),
  signalDbm: z.number().nullable(),
  storage: z.object({ used: z.number(), total: z.number() }).nullable(),
});
export type GatewayStatus = z.infer<typeof GatewayStatus>;

export const MessagingStatus = z.object({
  modem: GatewayStatus.nullable(),
  panel: GatewayStatus.nullable(),
  queued: z.number().int(),
  unknown: z.number().int(),
  modemSentToday: z.number().int(),
  modemDailyLimit: z.number().int(),
});
export type MessagingStatus = z.infer<typeof MessagingStatus>;

// queued → sending → sent → delivered | failed; unknown when a part's fate is not known (crash, unplug):
// the operator resends or dismisses it, nothing is sent twice on its own.
export const OUT_STATUSES = ['queued', 'sending', 'sent', 'delivered', 'failed', 'unknown', 'cancelled', 'dismissed'] as const;
export type OutStatus = (typeof OUT_STATUSES)[number];

export const Audience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('segment'), segmentId: RecordId }),
  z.object({ kind: z.literal('group'), groupId: RecordId }),
  // The list on screen, as filtered.
  z.object({ kind: z.literal('filter'), partyKind: z.enum(PARTY_KINDS), filter: PartyFilter }),
  z.object({ kind: z.literal('selection'), partyIds: z.array(RecordId).min(1).max(100_000) }),
  // Numbers pasted or typed, one per line or separated by commas; Persian digits welcome.
  z.object({ kind: z.literal('numbers'), text: z.string().max(2_000_000) }),
]);
export type Audience = z.infer<typeof Audience>;

const MessageBody = z
  .string()
  .max(2000, 'validation.tooLong')
  .refine((text) => text.trim().length > 0, 'validation.required');

const CustomFields = z.record(z.string().max(40), z.string().max(500)).default({});

export const AudienceReport = z.object({
  recipients: z.number().int(),
  duplicates: z.number().int(),
  optedOut: z.number().int(),
  noMobile: z.number().int(),
  invalidNumbers: z.array(z.string()).max(50),
});

export const RecipientPreview = z.object({
  partyId: RecordId.nullable(),
  name: z.string().nullable(),
  number: z.string(),
  text: z.string(),
  parts: z.number().int(),
  missing: z.array(z.string()),
});

export const CampaignPreview = z.object({
  audience: AudienceReport,
  gateway: z.enum(GATEWAY_KINDS).nullable(),
  // Persian-free codes the UI words: 'modem.dailyCap', 'panel.missing', 'quietHours', 'noGateway'.
  warnings: z.array(z.string()),
  totalParts: z.number().int(),
  samples: z.array(RecipientPreview),
  unknownFields: z.array(z.string()),
});
export type CampaignPreview = z.infer<typeof CampaignPreview>;

export const CAMPAIGN_STATUSES = ['running', 'paused', 'cancelled', 'done'] as const;

export const CampaignCounts = z.object({
  queued: z.number().int(),
  sending: z.number().int(),
  sent: z.number().int(),
  delivered: z.number().int(),
  failed: z.number().int(),
  unknown: z.number().int(),
  cancelled: z.number().int(),
  dismissed: z.number().int(),
});

export const Campaign = z.object({
  id: RecordId,
  name: z.string(),
  body: z.string(),
  audienceLabel: z.string(),
  gateway: z.enum(GATEWAY_KINDS),
  status: z.enum(CAMPAIGN_STATUSES),
  recipients: z.number().int(),
  excluded: AudienceReport.omit({ recipients: true, invalidNumbers: true }),
  counts: CampaignCounts,
  createdAt: z.number(),
  createdBy: RecordId.nullable(),
  version: z.number().int(),
});
export type Campaign = z.infer<typeof Campaign>;

export const OutMessage = z.object({
  id: RecordId,
  campaignId: RecordId.nullable(),
  partyId: RecordId.nullable(),
  partyName: z.string().nullable(),
  number: z.string(),
  text: z.string(),
  kind: z.enum(MESSAGE_KINDS),
  gateway: z.enum(GATEWAY_KINDS),
  status: z.enum(OUT_STATUSES),
  parts: z.number().int(),
  partsSent: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.number(),
  sentAt: z.number().nullable(),
  deliveredAt: z.number().nullable(),
});
export type OutMessage = z.infer<typeof OutMessage>;

export const InMessage = z.object({
  id: RecordId,
  partyId: RecordId.nullable(),
  partyName: z.string().nullable(),
  number: z.string(),
  text: z.string(),
  receivedAt: z.number(),
  incomplete: z.boolean(),
  // What a keyword rule did with it: 'reply', 'optOut', 'refer', or null.
  ruleAction: z.string().nullable(),
  referredTo: RecordId.nullable(),
  read: z.boolean(),
});
export type InMessage = z.infer<typeof InMessage>;

export const SmsTemplate = z.object({ id: RecordId, name: z.string(), body: z.string(), version: z.number().int() });
export type SmsTemplate = z.infer<typeof SmsTemplate>;

export const RULE_ACTIONS = ['reply', 'refer', 'optOut'] as const;
export const RULE_MATCHES = ['exact', 'contains'] as const;

export const SmsRule = z.object({
  id: RecordId,
  keyword: z.string(),
  match: z.enum(RULE_MATCHES),
  action: z.enum(RULE_ACTIONS),
  replyText: z.string().nullable(),
  referToUserId: RecordId.nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type SmsRule = z.infer<typeof SmsRule>;

export const OptOut = z.object({ id: RecordId, number: z.string(), source: z.enum(['keyword', 'manual']), createdAt: z.number() });

const RuleDraft = z
  .object({
    id: RecordId.optional(),
    keyword: personText(60),
    match: z.enum(RULE_MATCHES),
    action: z.enum(RULE_ACTIONS),
    replyText: z.string().max(2000).nullable().default(null),
    referToUserId: RecordId.nullable().default(null),
    active: z.boolean().default(true),
  })
  .refine((rule) => rule.action !== 'reply' || (rule.replyText ?? '').trim().length > 0, { message: 'validation.required', path: ['replyText'] })
  .refine((rule) => rule.action !== 'refer' || rule.referToUserId !== null, { message: 'validation.required', path: ['referToUserId'] });

export const messagingApi = {
  'messaging.getSettings': query({ input: z.object({}).default({}), output: MessagingSettings, permission: 'messaging.view' }),
  'messaging.updateSettings': command({ input: MessagingSettingsUpdate, output: MessagingSettings, permission: 'settings.edit' }),
  'messaging.status': query({ input: z.object({}).default({}), output: MessagingStatus, permission: 'messaging.view' }),

  // One text to a few people or numbers (from a record card or the compose box), sent now.
  'messaging.send': command({
    input: z.object({
      to: z.array(z.union([z.object({ partyId: RecordId }), z.object({ number: z.string().max(40) })])).min(1).max(50),
      text: MessageBody,
    }),
    output: z.object({ messageIds: z.array(RecordId) }),
    permission: 'messaging.send',
  }),
  'messaging.previewCampaign': query({
    input: z.object({ audience: Audience, body: MessageBody, customFields: CustomFields }),
    output: CampaignPreview,
    permission: 'messaging.send',
  }),
  'messaging.startCampaign': command({
    input: z.object({ name: personText(120), audience: Audience, body: MessageBody, customFields: CustomFields }),
    output: Campaign,
    permission: 'messaging.send',
  }),
  'messaging.listCampaigns': query({ input: PageRequest, output: page(Campaign), permission: 'messaging.view' }),
  'messaging.getCampaign': query({ input: RecordRef, output: Campaign, permission: 'messaging.view' }),
  // The per-recipient report of a campaign as a file (Excel, Word, CSV, HTML, XML).
  'messaging.exportCampaign': query({ input: z.object({ id: RecordId, format: z.enum(EXPORT_FORMATS) }), output: ExportedFile, permission: 'messaging.export' }),
  'messaging.pauseCampaign': command({ input: RecordRef, output: Campaign, permission: 'messaging.send' }),
  'messaging.resumeCampaign': command({ input: RecordRef, output: Campaign, permission: 'messaging.send' }),
  'messaging.cancelCampaign': command({ input: RecordRef, output: Campaign, permission: 'messaging.send' }),

  'messaging.listOutbox': query({
    input: PageRequest.extend({ campaignId: RecordId.optional(), status: z.enum(OUT_STATUSES).optional(), partyId: RecordId.optional() }),
    output: page(OutMessage),
    permission: 'messaging.view',
  }),
  // For a message whose fate is unknown or that failed: queue it again as a new message.
  'messaging.resend': command({ input: RecordRef, output: z.object({ messageId: RecordId }), permission: 'messaging.send' }),
  'messaging.dismiss': command({ input: RecordRef, output: Ok, permission: 'messaging.send' }),

  'messaging.listInbox': query({
    input: PageRequest.extend({ referredToMe: z.boolean().default(false), unlinked: z.boolean().default(false), partyId: RecordId.optional() }),
    output: page(InMessage),
    permission: 'messaging.view',
  }),
  'messaging.markRead': command({ input: z.object({ ids: z.array(RecordId).min(1).max(500) }), output: Ok, permission: 'messaging.view' }),
  // An unknown sender turned out to be a known person: the message and its interaction move there.
  'messaging.linkInbound': command({ input: z.object({ id: RecordId, partyId: RecordId }), output: InMessage, permission: 'messaging.edit' }),

  'messaging.listTemplates': query({ input: z.object({}).default({}), output: z.array(SmsTemplate), permission: 'messaging.view' }),
  'messaging.saveTemplate': command({
    input: z.object({ id: RecordId.optional(), name: personText(80), body: MessageBody }),
    output: SmsTemplate,
    permission: 'messaging.edit',
  }),
  'messaging.removeTemplate': command({ input: RecordRef, output: Ok, permission: 'messaging.edit' }),

  'messaging.listRules': query({ input: z.object({}).default({}), output: z.array(SmsRule), permission: 'messaging.view' }),
  'messaging.saveRule': command({ input: RuleDraft, output: SmsRule, permission: 'messaging.edit' }),
  'messaging.removeRule': command({ input: RecordRef, output: Ok, permission: 'messaging.edit' }),

  'messaging.listOptOuts': query({ input: PageRequest, output: page(OptOut), permission: 'messaging.view' }),
  'messaging.addOptOut': command({ input: z.object({ number: z.string().max(40) }), output: OptOut, permission: 'messaging.edit' }),
  'messaging.removeOptOut': command({ input: RecordRef, output: Ok, permission: 'messaging.edit' }),
} satisfies ApiSlice;
