import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../../src-shared/api/errors';
import { INBOX_TABS, type InboxTab, type Task, type TASK_PRIORITIES } from '../../../src-shared/api/tasks';
import { localDayStart, todayIsoDate } from '../../../src-shared/domain/jalali';
import type { WriteCtx } from '../../core/context';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { nextInSequence } from '../../core/db/sequences';
import { users } from '../auth/schema';
import { parties } from '../parties/schema';
import { taskReferrals, tasks } from './schema';

type AnyDb = ReadDb | WriteDb;

const assignee = alias(users, 'assignee');
const referrer = alias(users, 'referrer');

const taskColumns = {
  id: tasks.id,
  code: tasks.code,
  title: tasks.title,
  priority: tasks.priority,
  partyId: tasks.partyId,
  partyName: parties.displayName,
  dueAt: tasks.dueAt,
  assigneeId: tasks.assigneeId,
  assigneeName: assignee.displayName,
  referrerId: tasks.referrerId,
  referrerName: referrer.displayName,
  referredAt: tasks.referredAt,
  completedAt: tasks.completedAt,
  result: tasks.result,
  description: tasks.description,
  source: tasks.source,
  createdAt: tasks.createdAt,
  version: tasks.version,
};

function selectTasks(db: AnyDb) {
  return db
    .select(taskColumns)
    .from(tasks)
    .leftJoin(parties, eq(parties.id, tasks.partyId))
    .leftJoin(assignee, eq(assignee.id, tasks.assigneeId))
    .leftJoin(referrer, eq(referrer.id, tasks.referrerId));
}

export function getTask(db: AnyDb, id: number): Task {
  const task = selectTasks(db)
    .where(and(eq(tasks.id, id), isNull(tasks.deletedAt)))
    .get();
  if (!task) throw new AppError('record.notFound', { table: 'tasks', id });
  return task;
}

// The six inbox tabs of one user. Today, upcoming and overdue are the user's open tasks by due time
// (a task without a due time is upcoming); overdue may also be today.
function tabCondition(tab: InboxTab, userId: number, now: number): SQL | undefined {
  const mine = eq(tasks.assigneeId, userId);
  const open = isNull(tasks.completedAt);
  const dayStart = localDayStart(todayIsoDate(now));
  const dayEnd = localDayStart(todayIsoDate(now), 1);
  switch (tab) {
    case 'today':
      return and(mine, open, gte(tasks.dueAt, dayStart), lt(tasks.dueAt, dayEnd));
    case 'upcoming':
      return and(mine, open, or(isNull(tasks.dueAt), gte(tasks.dueAt, dayEnd)));
    case 'overdue':
      return and(mine, open, lt(tasks.dueAt, now));
    case 'done':
      return and(mine, isNotNull(tasks.completedAt));
    case 'referredToMe':
      return and(mine, open, isNotNull(tasks.referrerId), ne(tasks.referrerId, userId));
    case 'referredByMe':
      return and(eq(tasks.referrerId, userId), ne(tasks.assigneeId, userId));
  }
}

export function inbox(
  db: AnyDb,
  userId: number,
  now: number,
  request: { tab: InboxTab; offset: number; limit: number; priority?: (typeof TASK_PRIORITIES)[number]; partyId?: number },
) {
  const filters = and(
    isNull(tasks.deletedAt),
    request.priority === undefined ? undefined : eq(tasks.priority, request.priority),
    request.partyId === undefined ? undefined : eq(tasks.partyId, request.partyId),
  );
  const where = and(filters, tabCondition(request.tab, userId, now));
  const order = request.tab === 'done' ? [desc(tasks.completedAt)] : [asc(tasks.completedAt), asc(tasks.dueAt), asc(tasks.id)];
  const rows = selectTasks(db)
    .where(where)
    .orderBy(...order)
    .limit(request.limit)
    .offset(request.offset)
    .all();
  const counts = Object.fromEntries(
    INBOX_TABS.map((tab) => [tab, db.select({ n: count() }).from(tasks).where(and(filters, tabCondition(tab, userId, now))).get()?.n ?? 0]),
  ) as Record<InboxTab, number>;
  return { rows, total: counts[request.tab], counts };
}

export function openTasksFor(db: AnyDb, partyId: number): Task[] {
  return selectTasks(db)
    .where(and(eq(tasks.partyId, partyId), isNull(tasks.completedAt), isNull(tasks.deletedAt)))
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .limit(20)
    .all();
}

export function referralsOf(db: AnyDb, taskId: number) {
  const from = alias(users, 'from_user');
  const to = alias(users, 'to_user');
  return db
    .select({ fromUserId: taskReferrals.fromUserId, fromName: from.displayName, toUserId: taskReferrals.toUserId, toName: to.displayName, at: taskReferrals.at, note: taskReferrals.note })
    .from(taskReferrals)
    .leftJoin(from, eq(from.id, taskReferrals.fromUserId))
    .leftJoin(to, eq(to.id, taskReferrals.toUserId))
    .where(eq(taskReferrals.taskId, taskId))
    .orderBy(asc(taskReferrals.at), asc(taskReferrals.id))
    .all();
}

export interface NewTask {
  title: string;
  priority: (typeof TASK_PRIORITIES)[number];
  partyId: number | null;
  dueAt: number | null;
  assigneeId: number;
  description: string | null;
  source: Task['source'];
}

function largestTaskCode(db: WriteDb): number {
  return db.select({ n: count() }).from(tasks).get()?.n ?? 0;
}

// Creates a task; given to someone other than its creator, it is referred to them at once (and they hear
// of it). `creatorId` null: the core made it (an SMS keyword rule).
export function createTask(ctx: WriteCtx, draft: NewTask, creatorId: number | null): Task {
  const now = ctx.clock.now();
  const referred = draft.assigneeId !== creatorId;
  const code = String(nextInSequence(ctx.db, 'task_code', () => largestTaskCode(ctx.db)));
  const row = ctx.records.insert(tasks, {
    ...draft,
    code,
    referrerId: referred ? creatorId : null,
    referredAt: referred ? now : null,
    completedAt: null,
    result: null,
  });
  if (referred) referTo(ctx, row.id, creatorId, draft.assigneeId, null);
  return getTask(ctx.db, row.id);
}

export function referTo(ctx: WriteCtx, taskId: number, fromUserId: number | null, toUserId: number, note: string | null): Task {
  const now = ctx.clock.now();
  ctx.records.insert(taskReferrals, { taskId, fromUserId, toUserId, at: now, note });
  const task = getTask(ctx.db, taskId);
  if (task.assigneeId !== toUserId) ctx.records.update(tasks, taskId, { assigneeId: toUserId, referrerId: fromUserId, referredAt: now });
  const updated = getTask(ctx.db, taskId);
  ctx.emit('tasks.referred', { task: updated }, [toUserId]);
  return updated;
}
