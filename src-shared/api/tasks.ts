import { z } from 'zod';
import { command, page, PageRequest, query, RecordId, RecordRef, type ApiSlice } from './kit';
import { nullableText, personText } from './fields';

// Tasks and the inbox (کارتابل): create, refer on (the chain is kept), complete, the inbox tabs with
// counts, reminders and alarms, dependencies and the Gantt view, and upcoming occasions (birthdays…).

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
  // From the editable lists (lookups taskType / taskStatus); free text is kept as typed.
  type: z.string().nullable(),
  status: z.string().nullable(),
  partyId: RecordId.nullable(),
  partyName: z.string().nullable(),
  companyId: RecordId.nullable(),
  companyName: z.string().nullable(),
  startAt: z.number().nullable(),
  dueAt: z.number().nullable(),
  reminderAt: z.number().nullable(),
  percent: z.number().int().min(0).max(100),
  colour: z.string().nullable(),
  icon: z.string().nullable(),
  // Tasks that must finish before this one starts (the Gantt's arrows).
  dependsOn: z.array(RecordId),
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

const TaskFields = {
  title: personText(200),
  priority: z.enum(TASK_PRIORITIES).default('medium'),
  type: nullableText(60),
  status: nullableText(60),
  partyId: RecordId.nullable().default(null),
  companyId: RecordId.nullable().default(null),
  startAt: z.number().int().nullable().default(null),
  dueAt: z.number().int().nullable().default(null),
  reminderAt: z.number().int().nullable().default(null),
  percent: z.number().int().min(0).max(100).default(0),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'validation.color').nullable().default(null),
  icon: z.string().max(40).nullable().default(null),
  dependsOn: z.array(RecordId).max(50).default([]),
};

const startBeforeDue = (task: { startAt: number | null; dueAt: number | null }) => task.startAt === null || task.dueAt === null || task.startAt <= task.dueAt;

export const TaskDraft = z
  .object({
    ...TaskFields,
    // Someone else: the task is referred to them at once. Default: the signed-in user.
    assigneeId: RecordId.optional(),
    description: nullableText(4000),
    source: z.enum(TASK_SOURCES).default('manual'),
  })
  .refine(startBeforeDue, { path: ['dueAt'], message: 'validation.dateOrder' });

export const TaskUpdate = z
  .object({ id: RecordId, version: z.number().int().positive(), ...TaskFields, description: nullableText(4000) })
  .refine(startBeforeDue, { path: ['dueAt'], message: 'validation.dateOrder' });

export const GanttFilter = z.object({
  userId: RecordId.optional(),
  partyId: RecordId.optional(),
  companyId: RecordId.optional(),
  groupId: RecordId.optional(),
  // The window shown; tasks that overlap it (by start or due) are returned.
  from: z.number().int(),
  to: z.number().int(),
  includeDone: z.boolean().default(true),
});

// Yearly dates of people and companies (and, once sales lands, contract ends, cheques and installments).
export const OCCASION_KINDS = ['birthday', 'wedding', 'founding', 'contractEnd', 'cheque', 'installment'] as const;
export const Occasion = z.object({
  kind: z.enum(OCCASION_KINDS),
  partyId: RecordId,
  partyName: z.string(),
  partyKind: z.enum(['person', 'company']),
  // The day it falls on (ISO, local), and the original date.
  date: z.string(),
  since: z.string(),
  // Years since the original date, for birthdays and anniversaries.
  years: z.number().int().nullable(),
  hasMobile: z.boolean(),
});
export type Occasion = z.infer<typeof Occasion>;

export const InboxCounts = z.record(z.enum(INBOX_TABS), z.number().int());

export const tasksApi = {
  'tasks.inbox': query({
    input: PageRequest.extend({ tab: z.enum(INBOX_TABS), priority: z.enum(TASK_PRIORITIES).optional(), type: z.string().max(60).optional(), partyId: RecordId.optional() }),
    output: page(Task).extend({ counts: InboxCounts }),
    permission: 'tasks.view',
  }),
  'tasks.get': query({ input: RecordRef, output: Task.extend({ referrals: z.array(TaskReferral) }), permission: 'tasks.view' }),
  // Open tasks about a person or company (the caller pop-up, the record page).
  'tasks.openFor': query({ input: z.object({ partyId: RecordId }), output: z.array(Task), permission: 'tasks.view' }),
  'tasks.create': command({ input: TaskDraft, output: Task, permission: 'tasks.create' }),
  'tasks.refer': command({ input: z.object({ id: RecordId, toUserId: RecordId, note: nullableText(1000) }), output: Task, permission: 'tasks.edit' }),
  'tasks.complete': command({ input: z.object({ id: RecordId, result: nullableText(2000) }), output: Task, permission: 'tasks.edit' }),
  'tasks.update': command({ input: TaskUpdate, output: Task, permission: 'tasks.edit' }),
  // The Gantt's drag: new start and due, checked against the version the user saw.
  'tasks.reschedule': command({
    input: z.object({ id: RecordId, version: z.number().int().positive(), startAt: z.number().int().nullable(), dueAt: z.number().int().nullable() }).refine(startBeforeDue, {
      path: ['dueAt'],
      message: 'validation.dateOrder',
    }),
    output: Task,
    permission: 'tasks.edit',
  }),
  'tasks.gantt': query({ input: GanttFilter, output: z.array(Task), permission: 'tasks.view' }),
  'tasks.occasions': query({
    input: z.object({ days: z.number().int().min(0).max(366).default(7), kinds: z.array(z.enum(OCCASION_KINDS)).optional() }),
    output: z.array(Occasion),
    permission: 'people.view',
  }),
} satisfies ApiSlice;
