import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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
    partyId: integer('party_id').references(() => parties.id, { onDelete: 'set null' }),
    dueAt: integer('due_at'),
    assigneeId: integer('assignee_id').notNull(),
    referrerId: integer('referrer_id'),
    referredAt: integer('referred_at'),
    completedAt: integer('completed_at'),
    result: text('result'),
    description: text('description'),
    source: text('source').$type<(typeof TASK_SOURCES)[number]>().notNull(),
  },
  (t) => [
    index('tasks_assignee_open').on(t.assigneeId, t.completedAt, t.dueAt),
    index('tasks_referrer').on(t.referrerId, t.completedAt),
    index('tasks_party').on(t.partyId, t.completedAt),
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
