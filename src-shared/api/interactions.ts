import { z } from 'zod';
import { command, Ok, page, PageRequest, query, RecordId, RecordRef, VersionedRef, type ApiSlice } from './kit';
import { nullableText, personText } from './fields';
import { AuditEntry } from './audit';

// Built-in methods; offices may type their own.
export const INTERACTION_METHODS = ['call', 'sms', 'email', 'letter', 'fax', 'visit', 'meeting'] as const;
export const INTERACTION_DIRECTIONS = ['incoming', 'outgoing'] as const;

const InteractionFields = z.object({
  partyId: RecordId,
  // For a person seen in their role at a company, the company too.
  companyId: RecordId.nullable().default(null),
  subject: personText(200),
  method: personText(40),
  direction: z.enum(INTERACTION_DIRECTIONS).nullable().default(null),
  occurredAt: z.number().int(),
  products: nullableText(500),
  result: nullableText(2000),
  effect: nullableText(500),
  description: nullableText(20000),
});

export const Interaction = z.object({
  id: RecordId,
  partyId: RecordId,
  partyName: z.string(),
  companyId: RecordId.nullable(),
  companyName: z.string().nullable(),
  subject: z.string(),
  method: z.string(),
  direction: z.enum(INTERACTION_DIRECTIONS).nullable(),
  occurredAt: z.number().int(),
  userId: RecordId.nullable(),
  userName: z.string().nullable(),
  products: z.string().nullable(),
  result: z.string().nullable(),
  effect: z.string().nullable(),
  description: z.string().nullable(),
  version: z.number().int(),
});
export type Interaction = z.infer<typeof Interaction>;

export const TimelineItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('interaction'), at: z.number().int(), interaction: Interaction }),
  z.object({ type: z.literal('change'), at: z.number().int(), change: AuditEntry }),
]);
export type TimelineItem = z.infer<typeof TimelineItem>;

export const interactionsApi = {
  'interactions.list': query({
    input: PageRequest.extend({ partyId: RecordId }),
    output: page(Interaction),
    permission: 'interactions.view',
  }),
  'interactions.create': command({ input: InteractionFields, output: Interaction, permission: 'interactions.create' }),
  'interactions.update': command({
    input: VersionedRef.extend(InteractionFields.shape),
    output: Interaction,
    permission: 'interactions.edit',
  }),
  'interactions.remove': command({ input: RecordRef, output: Ok, permission: 'interactions.delete' }),
  // A person's or company's history: interactions and record changes, newest first.
  'interactions.timeline': query({
    input: z.object({ partyId: RecordId, limit: z.number().int().min(1).max(500).default(100) }),
    output: z.array(TimelineItem),
    permission: 'interactions.view',
  }),
} satisfies ApiSlice;
