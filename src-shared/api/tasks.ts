import { z } from 'zod';
import { command, page, PageRequest, query, RecordId, RecordRef, type ApiSlice } from './kit';
import { nullableText, personText } from './fields';

// Tasks and the inbox (کارتابل). This first slice: create, refer on (the chain is kept), complete, and the
// inbox tabs with counts. Types, statuses, reminders, alarms, the calendar and the Gantt come with the rest
// of the task inbox.

export const TASK_PRIORITIES = ['high', 'medium', 'low'] as const;
export const INBOX_TABS = ['today', 'upcoming', 'overdue', 'done', 'referredToMe', 'referredByMe'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

// Where a task came from, so its record can show it (an SMS a rule referred, a call).
export const TASK_SOURCES = ['manual', 'sms', 'call'] as const;

export const Task = z.object({
  id: RecordId,
  code: z.string(),
  title: z.string(),
  priority: z.enum(TASK_PRIORITIES),
  partyId: RecordId.nullable(),
  partyName: z.string().nullable(),
  dueAt: z.number().nullable(),
  assigneeId: RecordId,
  assigneeName: z.string().nullable(),
  // Who referred it to the assignee (null when the assignee created it for themselves, or a rule did).
  referrerId: RecordId.nullable(),
  referrerName: z.string().nullable(),
  referredAt: z.number().nullable(),
  completedAt: z.number().nullable(),
  result: z.string().nullable(),
  description: z.string().nullable(),
  source: z.enum(TASK_SOURCES),
  createdAt: z.number(),
  version: z.number().int(),
});
export type Task = z.infer<typeof Task>;

export const TaskReferral = z.object({ fromUserId: RecordId.nullable(), fromName: z.string().nullable(), toUserId: RecordId, toName: z.string().nullable(), at: z.number(), note: z.string().nullable() });

export const TaskDraft = z.object({
  title: personText(200),
  priority: z.enum(TASK_PRIORITIES).default('medium'),
  partyId: RecordId.nullable().default(null),
  dueAt: z.number().int().nullable().default(null),
  // Someone else: the task is referred to them at once. Default: the signed-in user.
  assigneeId: RecordId.optional(),
  description: nullableText(4000),
  source: z.enum(TASK_SOURCES).default('manual'),
});

export const InboxCounts = z.record(z.enum(INBOX_TABS), z.number().int());

export const tasksApi = {
  'tasks.inbox': query({
    input: PageRequest.extend({ tab: z.enum(INBOX_TABS), priority: z.enum(TASK_PRIORITIES).optional(), partyId: RecordId.optional() }),
    output: page(Task).extend({ counts: InboxCounts }),
    permission: 'tasks.view',
  }),
  'tasks.get': query({ input: RecordRef, output: Task.extend({ referrals: z.array(TaskReferral) }), permission: 'tasks.view' }),
  // Open tasks about a person or company (the caller pop-up, the record page).
  'tasks.openFor': query({ input: z.object({ partyId: RecordId }), output: z.array(Task), permission: 'tasks.view' }),
  'tasks.create': command({ input: TaskDraft, output: Task, permission: 'tasks.create' }),
  'tasks.refer': command({ input: z.object({ id: RecordId, toUserId: RecordId, note: nullableText(1000) }), output: Task, permission: 'tasks.edit' }),
  'tasks.complete': command({ input: z.object({ id: RecordId, result: nullableText(2000) }), output: Task, permission: 'tasks.edit' }),
} satisfies ApiSlice;
