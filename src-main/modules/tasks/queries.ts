import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../../src-shared/api/errors';
import { INBOX_TABS, type InboxTab, type Task, type TASK_PRIORITIES } from '../../../src-shared/api/tasks';
import { localDayStart, todayIsoDate } from '../../../src-shared/domain/jalali';
import type { WriteCtx } from '../../core/context';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { nextInSequence } from '../../core/db/sequences';
import { users } from '../auth/schema';
import { parties } from '../parties/schema';
import { notify } from '../notifications/notify';
import { planTaskAlarms } from './alarms';
import { taskReferrals, tasks } from './schema';

type AnyDb = ReadDb | WriteDb;

// More bars than this are unreadable on one screen; the filters narrow it.
const GANTT_LIMIT = 2_000;

const assignee = alias(users, 'assignee');
const referrer = alias(users, 'referrer');
const company = alias(parties, 'company');

const taskColumns = {
  id: tasks.id,
  code: tasks.code,
  title: tasks.title,
  priority: tasks.priority,
  type: tasks.type,
  status: tasks.status,
  partyId: tasks.partyId,
  partyName: parties.displayName,
  companyId: tasks.companyId,
  companyName: company.displayName,
  startAt: tasks.startAt,
  dueAt: tasks.dueAt,
  reminderAt: tasks.reminderAt,
  percent: tasks.percent,
  colour: tasks.colour,
  icon: tasks.icon,
  dependsOn: tasks.dependsOn,
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
    .leftJoin(company, eq(company.id, tasks.companyId))
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
  request: { tab: InboxTab; offset: number; limit: number; priority?: (typeof TASK_PRIORITIES)[number]; type?: string; partyId?: number },
) {
  const filters = and(
    isNull(tasks.deletedAt),
    request.priority === undefined ? undefined : eq(tasks.priority, request.priority),
    request.type === undefined ? undefined : eq(tasks.type, request.type),
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

export type NewTask = Pick<Task, 'title' | 'priority' | 'partyId' | 'dueAt' | 'assigneeId' | 'description' | 'source'> &
  Partial<Pick<Task, 'type' | 'status' | 'companyId' | 'startAt' | 'reminderAt' | 'percent' | 'colour' | 'icon' | 'dependsOn'>>;

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
  const task = getTask(ctx.db, row.id);
  planTaskAlarms(ctx.db, task);
  return task;
}

export function referTo(ctx: WriteCtx, taskId: number, fromUserId: number | null, toUserId: number, note: string | null): Task {
  const now = ctx.clock.now();
  ctx.records.insert(taskReferrals, { taskId, fromUserId, toUserId, at: now, note });
  const task = getTask(ctx.db, taskId);
  if (task.assigneeId !== toUserId) ctx.records.update(tasks, taskId, { assigneeId: toUserId, referrerId: fromUserId, referredAt: now });
  const updated = getTask(ctx.db, taskId);
  planTaskAlarms(ctx.db, updated);
  ctx.emit('tasks.referred', { task: updated }, [toUserId]);
  notify(ctx, [toUserId], { kind: 'taskReferred', text: `کار «${updated.title}» به شما ارجاع شد`, path: `/tasks/${taskId}` });
  return updated;
}

// The Gantt's rows: tasks that overlap the window, by the user's, a person's, a company's or a group's.
export function ganttTasks(
  db: AnyDb,
  filter: { userId?: number; partyId?: number; companyId?: number; groupId?: number; from: number; to: number; includeDone: boolean; involving?: number },
): Task[] {
  const begins = sql`COALESCE(${tasks.startAt}, ${tasks.dueAt}, ${tasks.createdAt})`;
  const ends = sql`COALESCE(${tasks.dueAt}, ${tasks.startAt}, ${tasks.createdAt})`;
  return selectTasks(db)
    .where(
      and(
        isNull(tasks.deletedAt),
        sql`${begins} < ${filter.to}`,
        sql`${ends} >= ${filter.from}`,
        filter.includeDone ? undefined : isNull(tasks.completedAt),
        filter.userId === undefined ? undefined : eq(tasks.assigneeId, filter.userId),
        filter.involving === undefined ? undefined : or(eq(tasks.assigneeId, filter.involving), eq(tasks.referrerId, filter.involving)),
        filter.partyId === undefined ? undefined : eq(tasks.partyId, filter.partyId),
        filter.companyId === undefined ? undefined : or(eq(tasks.companyId, filter.companyId), eq(tasks.partyId, filter.companyId)),
        filter.groupId === undefined
          ? undefined
          : sql`${tasks.partyId} IN (SELECT party_id FROM party_groups WHERE group_id IN (
              WITH RECURSIVE subtree(id) AS (SELECT ${filter.groupId} UNION ALL SELECT g.id FROM groups g JOIN subtree ON g.parent_id = subtree.id)
              SELECT id FROM subtree))`,
      ),
    )
    .orderBy(asc(begins), asc(tasks.id))
    .limit(GANTT_LIMIT)
    .all();
}
