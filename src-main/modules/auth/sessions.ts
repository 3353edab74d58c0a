import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt } from 'drizzle-orm';
import { ALL_PERMISSIONS, type Permission } from '../../../src-shared/api/permissions';
import type { SessionUser } from '../../../src-shared/api/auth';
import type { Clock } from '../../core/clock';
import type { Session } from '../../core/context';
import type { WriteDb } from '../../core/db/open';
import type { SessionResolver } from '../../core/dispatch';
import { accessTemplates, sessions, users } from './schema';

// A session ends after a working day without use, and in any case after a week.
const IDLE_MS = 12 * 60 * 60_000;
const ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
// Sliding the expiry is a write; doing it at most once a minute keeps calls read-only.
const TOUCH_EVERY_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function expiryOf(createdAt: number, lastSeenAt: number): number {
  return Math.min(lastSeenAt + IDLE_MS, createdAt + ABSOLUTE_MS);
}

export function createSession(db: WriteDb, userId: number, now: number): { token: string; expiresAt: number } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = expiryOf(now, now);
  db.insert(sessions).values({ tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt }).run();
  db.delete(sessions).where(lt(sessions.expiresAt, now)).run();
  return { token, expiresAt };
}

export function endSessionsOf(db: WriteDb, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

export function sessionUserOf(session: Session): SessionUser {
  return {
    id: session.userId,
    username: session.username,
    displayName: session.displayName,
    isAdmin: session.isAdmin,
    scope: session.scope,
    permissions: session.isAdmin ? [...ALL_PERMISSIONS] : [...session.permissions],
  };
}

// Rights are read on every call, so a change to a user's template applies at once, without signing out.
export function loadSessionUser(db: Pick<WriteDb, 'select'>, userId: number, tokenHash = ''): Session | null {
  const row = db
    .select({
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      isAdmin: users.isAdmin,
      scope: accessTemplates.scope,
      permissions: accessTemplates.permissions,
    })
    .from(users)
    .leftJoin(accessTemplates, and(eq(accessTemplates.id, users.templateId), isNull(accessTemplates.deletedAt)))
    .where(and(eq(users.id, userId), eq(users.active, true), isNull(users.deletedAt)))
    .get();
  if (!row) return null;
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    isAdmin: row.isAdmin,
    scope: row.isAdmin ? 'all' : (row.scope ?? 'own'),
    permissions: new Set<Permission>(row.isAdmin ? ALL_PERMISSIONS : (row.permissions ?? [])),
    tokenHash,
  };
}

export function createSessionResolver(db: WriteDb, clock: Clock): SessionResolver {
  return {
    resolve(token) {
      const tokenHash = hashToken(token);
      const row = db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash)).get();
      if (!row) return null;
      const now = clock.now();
      if (row.expiresAt <= now) {
        db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
        return 'expired';
      }
      const session = loadSessionUser(db, row.userId, tokenHash);
      if (!session) return null;
      if (now - row.lastSeenAt >= TOUCH_EVERY_MS) {
        db.update(sessions)
          .set({ lastSeenAt: now, expiresAt: expiryOf(row.createdAt, now) })
          .where(eq(sessions.tokenHash, tokenHash))
          .run();
      }
      return session;
    },
  };
}
