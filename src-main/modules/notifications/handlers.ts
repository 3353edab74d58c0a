import type { notificationsApi } from '../../../src-shared/api/notifications';
import { requireSession } from '../../core/context';
import type { Handlers } from '../../core/dispatch';
import { listNotifications, markRead } from './notify';

export const notificationsHandlers: Handlers<typeof notificationsApi> = {
  'notifications.list': ({ limit }, ctx) => listNotifications(ctx.db, requireSession(ctx).userId, limit),
  'notifications.markRead': ({ ids }, ctx) => {
    markRead(ctx.db, requireSession(ctx).userId, ids, ctx.clock.now());
    return { ok: true };
  },
};
