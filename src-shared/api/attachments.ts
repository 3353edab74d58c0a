import { z } from 'zod';
import { command, Ok, query, RecordId, RecordRef, type ApiSlice } from './kit';
import { nullableText } from './fields';

export const ATTACHMENT_PURPOSES = ['file', 'photo'] as const;

export const Attachment = z.object({
  id: RecordId,
  partyId: RecordId,
  interactionId: RecordId.nullable(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  purpose: z.enum(ATTACHMENT_PURPOSES),
  description: z.string().nullable(),
  createdAt: z.number().int(),
  createdByName: z.string().nullable(),
});
export type Attachment = z.infer<typeof Attachment>;

// Files of any type on a person or company; 'photo' is the picture (or logo) shown on the record.
// Rights follow the record: people.edit / companies.edit to add or remove, view to read.
export const attachmentsApi = {
  // A record's files; with interactionId only that interaction's.
  'attachments.list': query({
    input: z.object({ partyId: RecordId, interactionId: RecordId.optional() }),
    output: z.array(Attachment),
  }),
  'attachments.add': command({
    input: z.object({
      partyId: RecordId,
      interactionId: RecordId.nullable().default(null),
      fileName: z.string().min(1).max(255),
      mimeType: z.string().max(200).default('application/octet-stream'),
      contentBase64: z.string().max(90_000_000),
      purpose: z.enum(ATTACHMENT_PURPOSES).default('file'),
      description: nullableText(500),
    }),
    output: Attachment,
  }),
  'attachments.download': query({
    input: RecordRef,
    output: z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() }),
  }),
  'attachments.remove': command({ input: RecordRef, output: Ok }),
} satisfies ApiSlice;
