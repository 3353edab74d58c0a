import { count, eq } from 'drizzle-orm';
import { toAsciiDigits } from '../../../src-shared/domain/persian-text';
import { AppError } from '../../../src-shared/api/errors';
import type { authApi } from '../../../src-shared/api/auth';
import type { Handlers } from '../../core/dispatch';
import { requireSession } from '../../core/context';
import { createOfficeSettings, findOfficeSettings } from '../settings/queries';
import type { LoginThrottle } from './login-throttle';
import { DECOY_HASH, hashPassword, verifyPassword } from './passwords';
import { users, sessions } from './schema';
import { createSession, loadSessionUser, sessionUserOf } from './sessions';
import { findUserByUsername } from './users-queries';

export function createAuthHandlers(throttle: LoginThrottle): Handlers<typeof authApi> {
  return {
    'auth.status': (_input, ctx) => {
      const userCount = ctx.db.select({ n: count() }).from(users).get()?.n ?? 0;
      return { needsSetup: userCount === 0, officeName: findOfficeSettings(ctx.db)?.officeName ?? null };
    },

    'auth.setupAdmin': (input, ctx) => {
      if ((ctx.db.select({ n: count() }).from(users).get()?.n ?? 0) > 0) throw new AppError('auth.setupDone');
      const now = ctx.clock.now();
      createOfficeSettings(ctx.records, { officeName: input.officeName, defaultAreaCode: input.defaultAreaCode });
      const admin = ctx.records.insert(users, {
        username: input.username,
        displayName: input.displayName,
        passwordHash: hashPassword(input.password),
        isAdmin: true,
        active: true,
        templateId: null,
      });
      const grant = createSession(ctx.db, admin.id, now);
      return { ...grant, user: sessionUserOf(loadSessionUser(ctx.db, admin.id)!) };
    },

    'auth.login': (input, ctx) => {
      const username = toAsciiDigits(input.username).trim().toLowerCase();
      const now = ctx.clock.now();
      const waitMs = throttle.remainingLock(username, now);
      if (waitMs > 0) throw new AppError('auth.throttled', { seconds: Math.ceil(waitMs / 1000) });
      const user = findUserByUsername(ctx.db, username);
      const passwordOk = verifyPassword(input.password, user?.passwordHash ?? DECOY_HASH);
      if (!user || !passwordOk || user.deletedAt !== null) {
        throttle.recordFailure(username, now);
        throw new AppError('auth.badCredentials');
      }
      if (!user.active) throw new AppError('auth.userInactive');
      throttle.recordSuccess(username);
      const grant = createSession(ctx.db, user.id, now);
      return { ...grant, user: sessionUserOf(loadSessionUser(ctx.db, user.id)!) };
    },

    'auth.logout': (_input, ctx) => {
      const session = requireSession(ctx);
      ctx.db.delete(sessions).where(eq(sessions.tokenHash, session.tokenHash)).run();
      return { ok: true };
    },

    'auth.me': (_input, ctx) => sessionUserOf(requireSession(ctx)),

    'auth.changePassword': (input, ctx) => {
      const session = requireSession(ctx);
      const user = ctx.db.select().from(users).where(eq(users.id, session.userId)).get();
      if (!user || !verifyPassword(input.currentPassword, user.passwordHash)) throw new AppError('auth.wrongPassword');
      ctx.records.update(users, user.id, { passwordHash: hashPassword(input.newPassword) });
      return { ok: true };
    },
  };
}
