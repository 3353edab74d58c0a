import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../src-shared/api/errors';
import type { tasksApi } from '../../../src-shared/api/tasks';
import { requireSession, type WriteCtx } from '../../core/context';
import type { Handlers } from '../../core/dispatch';
import { users } from '../auth/schema';
import { assertPartyInScope } from '../parties/scope';
import { createTask, getTask, inbox, openTasksFor, referralsOf, referTo } from './queries';
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

export const tasksHandlers: Handlers<typeof tasksApi> = {
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
    const to = assigneeId ?? session.userId;
    requireActiveUser(ctx, to, 'assigneeId');
    return createTask(ctx, { ...draft, assigneeId: to }, session.userId);
  },
  'tasks.refer': ({ id, toUserId, note }, ctx) => {
    const { session, task } = requireMine(ctx, id);
    if (task.completedAt !== null) throw new AppError('tasks.done');
    requireActiveUser(ctx, toUserId, 'toUserId');
    return referTo(ctx, id, session.userId, toUserId, note);
  },
  'tasks.complete': ({ id, result }, ctx) => {
    const { session, task } = requireMine(ctx, id);
    if (task.completedAt !== null) throw new AppError('tasks.done');
    ctx.records.update(tasks, id, { completedAt: ctx.clock.now(), result });
    const done = getTask(ctx.db, id);
    // The one who handed it over hears that it is done.
    if (task.referrerId !== null && task.referrerId !== session.userId) ctx.emit('tasks.completed', { task: done }, [task.referrerId]);
    return done;
  },
};
