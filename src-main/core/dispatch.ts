import type { z } from 'zod';
import { AppError, type ApiErrorBody, type FieldIssue } from '../../src-shared/api/errors';
import type { ApiSlice, MethodSpec } from '../../src-shared/api/kit';
import { contract, isMethodName, type Contract } from '../../src-shared/api/contract';
import type { ApiReply, ApiRequest } from '../../src-shared/api/wire';
import type { Clock } from './clock';
import { can, type JobsFacade, type LongWrite, type ReadCtx, type Session, type WriteCtx } from './context';
import type { OpenedDatabase } from './db/open';
import type { CoreEvent, Emit, EventBus } from './events';
import { createRecords, groupChanges } from './records';
import { Jobs, type JobControl } from './jobs';
import { WriteLock } from './write-lock';

type HandlerOf<S extends MethodSpec> =
  S extends MethodSpec<infer I, infer O, 'command'>
    ? (input: z.output<I>, ctx: WriteCtx) => z.input<O>
    : S extends MethodSpec<infer I, infer O, 'query'>
      ? (input: z.output<I>, ctx: ReadCtx) => z.input<O> | Promise<z.input<O>>
      : never;

// Commands are synchronous: each runs inside one better-sqlite3 transaction.
export type Handlers<S extends ApiSlice> = { [M in keyof S]: HandlerOf<S[M]> };
export type AllHandlers = Handlers<Contract>;

export interface SessionResolver {
  // null: no or unknown token; 'expired': a token that was valid once.
  resolve(token: string): Session | null | 'expired';
}

export interface DispatcherDeps {
  database: OpenedDatabase;
  handlers: AllHandlers;
  sessions: SessionResolver;
  clock: Clock;
  bus: EventBus;
}

export type Call = (request: ApiRequest, token: string | null) => Promise<ApiReply>;

// Work the core does on its own (the SMS worker, the scheduler): no session, but the same write lock,
// transaction, audit trail and after-commit events as a command.
export interface SystemAccess {
  write<T>(work: (ctx: WriteCtx) => T): Promise<T>;
  read<T>(work: (ctx: ReadCtx) => T): T;
  publish: Emit;
}

export interface Dispatcher {
  call: Call;
  system: SystemAccess;
}

// More ids than this in one records.changed event are sent as [] ("many: reload the list").
const MAX_EVENT_IDS = 500;

function toIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message.startsWith('validation.') ? issue.message : issue.code,
  }));
}

function failure(error: ApiErrorBody): ApiReply {
  return { ok: false, error };
}

export function createDispatcher({ database, handlers, sessions, clock, bus }: DispatcherDeps): Dispatcher {
  const specs: ApiSlice = contract;
  const table = handlers as unknown as Record<string, (input: unknown, ctx: unknown) => unknown>;
  for (const name of Object.keys(specs)) {
    if (typeof table[name] !== 'function') throw new Error(`No handler for API method ${name}`);
  }

  function authenticate(token: string | null): Session {
    if (!token) throw new AppError('auth.required');
    const session = sessions.resolve(token);
    if (session === 'expired') throw new AppError('auth.sessionExpired');
    if (!session) throw new AppError('auth.required');
    return session;
  }

  const lock = new WriteLock();
  const jobs = new Jobs(bus, () => clock.now());

  // One write context per transaction; its events are published only after COMMIT.
  function openWrite(session: Session | null) {
    const pending: CoreEvent[] = [];
    const userId = session?.userId ?? null;
    const { records, changes } = createRecords(database.writeDb, { userId, now: () => clock.now() });
    const ctx: WriteCtx = {
      db: database.writeDb,
      session,
      clock,
      records,
      emit: (name, payload, audience = 'all') => pending.push({ name, payload, audience } as CoreEvent),
      jobs: jobsFor(session),
      savepoint: (work) => {
        const mark = changes.length;
        try {
          return database.writer.transaction(work)();
        } catch (error) {
          changes.length = mark;
          throw error;
        }
      },
    };
    const publish = () => {
      for (const change of groupChanges(changes)) {
        const ids = change.ids.length > MAX_EVENT_IDS ? [] : change.ids;
        bus.publish({ name: 'records.changed', payload: { ...change, ids, byUserId: userId }, audience: 'all' });
      }
      for (const event of pending) bus.publish(event);
    };
    return { ctx, publish };
  }

  function runCommand(handler: (input: unknown, ctx: WriteCtx) => unknown, input: unknown, session: Session | null) {
    let publish = () => {};
    const value = database.writer
      .transaction(() => {
        const write = openWrite(session);
        publish = write.publish;
        return handler(input, write.ctx);
      })
      .immediate();
    publish();
    return value;
  }

  // A job's whole write is one transaction kept open across its checkpoints: a cancel, an error or a
  // crash leaves nothing half-written. Other commands wait on the lock meanwhile; reads go on.
  async function runLongWrite<R>(session: Session, work: LongWrite<R>, control: JobControl) {
    database.writer.exec('BEGIN IMMEDIATE');
    try {
      const write = openWrite(session);
      const { commit, result } = await work(write.ctx, control);
      if (commit) {
        database.writer.exec('COMMIT');
        write.publish();
      } else database.writer.exec('ROLLBACK');
      return result;
    } catch (error) {
      if (database.writer.inTransaction) database.writer.exec('ROLLBACK');
      throw error;
    }
  }

  function jobsFor(session: Session | null): JobsFacade {
    const owner = () => {
      if (!session) throw new AppError('auth.required');
      return session;
    };
    return {
      startWrite: (kind, work) => jobs.start(owner(), kind, (control) => lock.run(() => runLongWrite(owner(), work, control))),
      get: (id) => jobs.get(owner(), id),
      cancel: (id) => jobs.cancel(owner(), id),
    };
  }

  const readCtx = (session: Session | null): ReadCtx => ({ db: database.readDb, session, clock, jobs: jobsFor(session) });

  const system: SystemAccess = {
    write: (work) => lock.run(() => runCommand((_input, ctx) => work(ctx), undefined, null) as ReturnType<typeof work>),
    read: (work) => work(readCtx(null)),
    publish: (name, payload, audience = 'all') => bus.publish({ name, payload, audience } as CoreEvent),
  };

  const call: Call = async function call(request, token) {
    try {
      const { method } = request;
      if (!isMethodName(method)) {
        authenticate(token);
        throw new AppError('method.unknown', { method });
      }
      const spec = specs[method]!;
      const session = spec.access.kind === 'public' ? null : authenticate(token);
      if (spec.access.kind === 'permission' && !can(session, spec.access.permission)) {
        throw new AppError('auth.forbidden', { permission: spec.access.permission });
      }
      const parsed = spec.input.safeParse(request.input ?? {});
      if (!parsed.success) throw new AppError('input.invalid', { issues: toIssues(parsed.error) });
      const handler = table[method]!;
      const value =
        spec.kind === 'command'
          ? await lock.run(() => runCommand(handler, parsed.data, session))
          : await handler(parsed.data, readCtx(session));
      return { ok: true, value: value ?? null };
    } catch (error) {
      if (error instanceof AppError) return failure(error.toBody());
      console.error(`API ${request.method} failed`, error);
      return failure({ code: 'internal' });
    }
  };
  return { call, system };
}
