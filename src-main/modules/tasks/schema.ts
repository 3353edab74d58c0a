import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { TASK_PRIORITIES, TASK_SOURCES } from '../../../src-shared/api/tasks';
import { auditedColumns } from '../../core/db/columns';
import { parties } from '../parties/schema';

export const tasks = sqliteTable(
  'tasks',
  {
    ...auditedColumns(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    priority: text('priority').$type<(typeof TASK_PRIORITIES)[number]>().notNull(),
    type: text('type'),
    status: text('status'),
    partyId: integer('party_id').references(() => parties.id, { onDelete: 'set null' }),
    companyId: integer('company_id').references(() => parties.id, { onDelete: 'set null' }),
    startAt: integer('start_at'),
    dueAt: integer('due_at'),
    reminderAt: integer('reminder_at'),
    percent: integer('percent').notNull().default(0),
    colour: text('colour'),
    icon: text('icon'),
    dependsOn: text('depends_on', { mode: 'json' }).$type<number[]>().notNull().default([]),
    assigneeId: integer('assignee_id').notNull(),
    referrerId: integer('referrer_id'),
    referredAt: integer('referred_at'),
    completedAt: integer('completed_at'),
    result: text('result'),
    description: text('description'),
    source: text('source').$type<(typeof TASK_SOURCES)[number]>().notNull(),
  },
  (t) => [
    // Covering the inbox's tab counts (no table lookups): a user's 5,000 tasks count in well under a millisecond.
    index('tasks_assignee_open').on(t.assigneeId, t.completedAt, t.dueAt, t.referrerId).where(sql`deleted_at IS NULL`),
    index('tasks_referrer').on(t.referrerId, t.completedAt, t.assigneeId).where(sql`deleted_at IS NULL`),
    index('tasks_party').on(t.partyId, t.completedAt),
    index('tasks_company').on(t.companyId, t.completedAt),
  ],
);

// Every hand-over of a task, in order: who gave it to whom, when, with what note.
export const taskReferrals = sqliteTable(
  'task_referrals',
  {
    ...auditedColumns(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    fromUserId: integer('from_user_id'),
    toUserId: integer('to_user_id').notNull(),
    at: integer('at').notNull(),
    note: text('note'),
  },
  (t) => [index('task_referrals_task').on(t.taskId, t.at)],
);

// When the core must tell someone about a task or a meeting: one row per user, alarm kind and time.
// Bookkeeping derived from the tasks (rewritten when a task's times change), so written directly. An
// alarm fires once: `fired_at` is set in the same transaction that makes its notification.
export const alarms = sqliteTable(
  'alarms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').$type<'taskReminder' | 'taskOverdue' | 'meetingReminder' | 'occasions'>().notNull(),
    // The task or meeting; for the daily occasions digest, the day (yyyymmdd).
    subjectId: integer('subject_id').notNull(),
    userId: integer('user_id').notNull(),
    fireAt: integer('fire_at').notNull(),
    firedAt: integer('fired_at'),
  },
  (t) => [
    index('alarms_due').on(t.fireAt).where(sql`fired_at IS NULL`),
    uniqueIndex('alarms_once').on(t.kind, t.subjectId, t.userId, t.fireAt),
  ],
);

export const meetings = sqliteTable(
  'meetings',
  {
    ...auditedColumns(),
    title: text('title').notNull(),
    startAt: integer('start_at').notNull(),
    endAt: integer('end_at').notNull(),
    place: text('place'),
    notes: text('notes'),
    userIds: text('user_ids', { mode: 'json' }).$type<number[]>().notNull(),
    partyIds: text('party_ids', { mode: 'json' }).$type<number[]>().notNull(),
    reminderMinutes: integer('reminder_minutes'),
  },
  (t) => [index('meetings_time').on(t.startAt, t.endAt)],
);

// Who takes part in which meeting, for "my calendar" and a person's meetings; rewritten with every save.
export const meetingParticipants = sqliteTable(
  'meeting_participants',
  {
    meetingId: integer('meeting_id').notNull(),
    userId: integer('user_id'),
    partyId: integer('party_id'),
  },
  (t) => [index('meeting_participants_user').on(t.userId, t.meetingId), index('meeting_participants_party').on(t.partyId, t.meetingId)],
);
