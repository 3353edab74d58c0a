import { z } from 'zod';
import { command, Ok, query, RecordId, RecordRef, type ApiSlice } from './kit';
import { nullableText, personText } from './fields';

// Meetings and appointments on the Jalali calendar: participants are users (who are reminded) and people
// or companies of the CRM (whose history shows the meeting).
export const Meeting = z.object({
  id: RecordId,
  title: z.string(),
  startAt: z.number(),
  endAt: z.number(),
  place: z.string().nullable(),
  notes: z.string().nullable(),
  userIds: z.array(RecordId),
  userNames: z.array(z.string()),
  partyIds: z.array(RecordId),
  partyNames: z.array(z.string()),
  // Minutes before the start the users are reminded; null: no reminder.
  reminderMinutes: z.number().int().nullable(),
  version: z.number().int(),
});
export type Meeting = z.infer<typeof Meeting>;

const MeetingFields = z
  .object({
    title: personText(200),
    startAt: z.number().int(),
    endAt: z.number().int(),
    place: nullableText(200),
    notes: nullableText(4000),
    userIds: z.array(RecordId).max(50).default([]),
    partyIds: z.array(RecordId).max(50).default([]),
    reminderMinutes: z.number().int().min(0).max(10_080).nullable().default(15),
  })
  .refine((m) => m.startAt < m.endAt, { path: ['endAt'], message: 'validation.dateOrder' });

export const meetingsApi = {
  // Meetings that overlap [from, to): a month, week or day of the calendar. Mine by default.
  'meetings.list': query({
    input: z.object({ from: z.number().int(), to: z.number().int(), userId: RecordId.optional(), partyId: RecordId.optional() }),
    output: z.array(Meeting),
    permission: 'tasks.view',
  }),
  'meetings.create': command({ input: MeetingFields, output: Meeting, permission: 'tasks.create' }),
  'meetings.update': command({ input: z.intersection(MeetingFields, z.object({ id: RecordId, version: z.number().int().positive() })), output: Meeting, permission: 'tasks.edit' }),
  'meetings.remove': command({ input: RecordRef, output: Ok, permission: 'tasks.edit' }),
} satisfies ApiSlice;
