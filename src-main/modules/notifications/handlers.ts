import type { notificationsApi } from '../../../src-shared/api/notifications';
import { requireSession } from '../../core/context';
import type { Handlers } from '../../core/dispatch';
import { listNotifications, markRead } from './notify';

export const notificationsHandlers: Handlers<typeof notificationsApi> = {
  'notifications.list': ({ limit }, ctx) => listNotifications(ctx.db, requireSession(ctx).userId, limit),
  'notifications.markRead': ({ ids }, ctx) => {
    const { userId } = requireSession(ctx);
    markRead(ctx.db, userId, ids, ctx.clock.now());
    ctx.emit('notifications.read', { ids: ids ?? null }, [userId]);
    return { ok: true };
  },
};
