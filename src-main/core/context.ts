import type { Permission, RecordScope } from '../../src-shared/api/permissions';
import { AppError } from '../../src-shared/api/errors';
import type { Clock } from './clock';
import type { ReadDb, WriteDb } from './db/open';
import type { Records } from './records';
import type { Emit } from './events';
import type { JobControl } from './jobs';
import type { Job } from '../../src-shared/api/jobs';

export interface Session {
  userId: number;
  username: string;
  displayName: string;
  isAdmin: boolean;
  scope: RecordScope;
  permissions: ReadonlySet<Permission>;
  tokenHash: string;
}

// Work done in one long transaction; it decides at the end whether to keep it (a dry run never does).
export type LongWrite<R> = (ctx: WriteCtx, control: JobControl) => Promise<{ commit: boolean; result: R }>;

export interface JobsFacade {
  // Starts background work inside one long write transaction; returns at once with the job to follow.
  startWrite<R>(kind: string, work: LongWrite<R>): Job;
  get(id: string): Job;
  cancel(id: string): Job;
}

export interface ReadCtx {
  db: ReadDb;
  session: Session | null;
  clock: Clock;
  jobs: JobsFacade;
}

export interface WriteCtx {
  db: WriteDb;
  session: Session | null;
  clock: Clock;
  records: Records;
  emit: Emit;
  jobs: JobsFacade;
  // Runs part of a write that may fail on its own (one imported row) without failing the whole.
  savepoint<T>(work: () => T): T;
}

export function can(session: Session | null, permission: Permission): boolean {
  return session !== null && (session.isAdmin || session.permissions.has(permission));
}

export function requireSession(ctx: { session: Session | null }): Session {
  if (!ctx.session) throw new AppError('auth.required');
  return ctx.session;
}
