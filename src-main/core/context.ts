import type { Permission, RecordScope } from '../../src-shared/api/permissions';
import { AppError } from '../../src-shared/api/errors';
import type { Clock } from './clock';
import type { ReadDb, WriteDb } from './db/open';
import type { Records } from './records';
import type { Emit } from './events';

export interface Session {
  userId: number;
  username: string;
  displayName: string;
  isAdmin: boolean;
  scope: RecordScope;
  permissions: ReadonlySet<Permission>;
  tokenHash: string;
}

export interface ReadCtx {
  db: ReadDb;
  session: Session | null;
  clock: Clock;
}

export interface WriteCtx {
  db: WriteDb;
  session: Session | null;
  clock: Clock;
  records: Records;
  emit: Emit;
}

export function can(session: Session | null, permission: Permission): boolean {
  return session !== null && (session.isAdmin || session.permissions.has(permission));
}

export function requireSession(ctx: { session: Session | null }): Session {
  if (!ctx.session) throw new AppError('auth.required');
  return ctx.session;
}
