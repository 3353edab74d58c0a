import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { tasksApi } from '../../../src-shared/api/tasks';
import { requireSession, type WriteCtx } from '../../core/context';
import type { Handlers } from '../../core/dispatch';
import { users } from '../auth/schema';
import { assertPartyInScope } from '../parties/scope';
import { todayIsoDate } from '../../../src-shared/domain/jalali';
import { notify } from '../notifications/notify';
import type { AlarmService } from './alarm-service';
import { planTaskAlarms } from './alarms';
import { upcomingOccasions } from './occasions';
import { createTask, ganttTasks, getTask, inbox, openTasksFor, referralsOf, referTo } from './queries';
import { tasks } from './schema';

function requireActiveUser(ctx: WriteCtx, userId: number, path: string): void {
  const user = ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true)))
    .get();
  if (!user) throw new AppError('input.invalid', { issues: [{ path: [path], message: 'validation.unknownUser' }] });
}

// Only the one who must do it (or an admin) completes or refers a task on.
function requireMine(ctx: WriteCtx, id: number) {
  const session = requireSession(ctx);
  const task = getTask(ctx.db, id);
  if (task.assigneeId !== session.userId && !session.isAdmin) throw new AppError('record.notFound', { table: 'tasks', id });
  return { session, task };
}

// Dependencies must name other live tasks and never loop back to this one.
function checkDependencies(ctx: WriteCtx, id: number | null, dependsOn: readonly number[]): void {
  const invalid = () => new AppError('input.invalid', { issues: [{ path: ['dependsOn'], message: 'validation.taskDependency' }] });
  if (id !== null && dependsOn.includes(id)) throw invalid();
  const seen = new Set<number>();
  const queue = [...dependsOn];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const task = ctx.db.select({ dependsOn: tasks.dependsOn, deletedAt: tasks.deletedAt }).from(tasks).where(eq(tasks.id, next)).get();
    if (!task || task.deletedAt !== null) throw invalid();
    if (id !== null && task.dependsOn.includes(id)) throw invalid();
    queue.push(...task.dependsOn);
  }
}

export function createTasksHandlers(alarms: AlarmService): Handlers<typeof tasksApi> {
  // Alarms planned in a command are seen by the scheduler once the transaction has committed.
  const afterCommit = () => setImmediate(() => alarms.wake());
  const replan = (ctx: WriteCtx, id: number) => {
    const task = getTask(ctx.db, id);
    planTaskAlarms(ctx.db, task);
    afterCommit();
    return task;
  };
  return {
  'tasks.inbox': (request, ctx) => inbox(ctx.db, requireSession(ctx).userId, ctx.clock.now(), request),
  'tasks.get': ({ id }, ctx) => {
    const session = requireSession(ctx);
    const task = getTask(ctx.db, id);
    const chain = referralsOf(ctx.db, id);
    const involved = task.assigneeId === session.userId || chain.some((step) => step.fromUserId === session.userId || step.toUserId === session.userId);
    if (!involved && !session.isAdmin) throw new AppError('record.notFound', { table: 'tasks', id });
    return { ...task, referrals: chain };
  },
  'tasks.openFor': ({ partyId }, ctx) => {
    assertPartyInScope(ctx.db, ctx.session, partyId);
    return openTasksFor(ctx.db, partyId);
  },
  'tasks.create': ({ assigneeId, ...draft }, ctx) => {
    const session = requireSession(ctx);
    if (draft.partyId !== null) assertPartyInScope(ctx.db, session, draft.partyId);
    if (draft.companyId !== null) assertPartyInScope(ctx.db, session, draft.companyId, 'company');
    checkDependencies(ctx, null, draft.dependsOn);
    const to = assigneeId ?? session.userId;
    requireActiveUser(ctx, to, 'assigneeId');
    afterCommit();
    return createTask(ctx, { ...draft, assigneeId: to }, session.userId);
  },
  'tasks.update': ({ id, version, ...values }, ctx) => {
    const { session } = requireMine(ctx, id);
    if (values.partyId !== null) assertPartyInScope(ctx.db, session, values.partyId);
    if (values.companyId !== null) assertPartyInScope(ctx.db, session, values.companyId, 'company');
    checkDependencies(ctx, id, values.dependsOn);
    ctx.records.update(tasks, id, values, { expectedVersion: version });
    return replan(ctx, id);
  },
  'tasks.reschedule': ({ id, version, startAt, dueAt }, ctx) => {
    requireMine(ctx, id);
    ctx.records.update(tasks, id, { startAt, dueAt }, { expectedVersion: version });
    return replan(ctx, id);
  },
  // Someone who sees only their own records sees only the tasks they do or handed over.
  'tasks.gantt': (filter, ctx) => {
    const session = requireSession(ctx);
    return ganttTasks(ctx.db, { ...filter, involving: session.scope === 'own' ? session.userId : undefined });
  },
  'tasks.occasions': ({ days, kinds }, ctx) => {
    const session = requireSession(ctx);
    return upcomingOccasions(ctx.db, todayIsoDate(ctx.clock.now()), days, kinds, session.scope === 'own' ? session.userId : null);
  },
  'tasks.refer': ({ id, toUserId, note }, ctx) => {
    const { session, task } = requireMine(ctx, id);
    if (task.completedAt !== null) throw new AppError('tasks.done');
    requireActiveUser(ctx, toUserId, 'toUserId');
    afterCommit();
    return referTo(ctx, id, session.userId, toUserId, note);
  },
  'tasks.complete': ({ id, result }, ctx) => {
    const { session, task } = requireMine(ctx, id);
    if (task.completedAt !== null) throw new AppError('tasks.done');
    ctx.records.update(tasks, id, { completedAt: ctx.clock.now(), result, percent: 100 });
    const done = replan(ctx, id);
    // The one who handed it over hears that it is done.
    if (task.referrerId !== null && task.referrerId !== session.userId) {
      ctx.emit('tasks.completed', { task: done }, [task.referrerId]);
      notify(ctx, [task.referrerId], { kind: 'taskCompleted', text: `کار «${done.title}» را ${session.displayName} انجام داد`, path: `/tasks/${id}` });
    }
    return done;
  },
  };
}
