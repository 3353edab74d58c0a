import { create } from 'zustand';
import type { Notification } from '../../../src-shared/api/notifications';
import { call, messageOf } from '../../api/client';
import { toast } from '../../ui';
import { addItem, itemOf, mergeListed, type NotificationItem } from './notification-items';

interface NotificationsState {
  items: NotificationItem[];
  // Unread notifications the core keeps, counting those older than the loaded page.
  serverUnread: number;
  load(): Promise<void>;
  receive(notification: Notification): void;
  // A change another user made (records.changed), for this session only.
  addChange(change: { text: string; path: string | null }): void;
  markRead(key: string): void;
  markAllRead(): void;
  // Read on another PC of this user (notifications.read): ids, or null for all.
  readElsewhere(ids: readonly number[] | null): void;
  clear(): void;
}

let nextChange = 1;
let loading = 0;

const unreadServerItems = (items: readonly NotificationItem[]) => items.filter((item) => item.serverId !== null && !item.read).length;

export const useNotificationsStore = create<NotificationsState>()((set, get) => {
  // Marking read is saved in the core so other PCs and a reload agree; if that fails, show the core's state again.
  const saveRead = async (ids?: number[]) => {
    try {
      await call('notifications.markRead', ids ? { ids } : {});
    } catch (failure) {
      toast.error(messageOf(failure));
      await get().load();
    }
  };

  return {
    items: [],
    serverUnread: 0,
    async load() {
      const mine = ++loading;
      try {
        const { rows, unread } = await call('notifications.list', { limit: 50 });
        if (mine !== loading) return;
        const items = mergeListed(get().items, rows);
        const arrivedSince = unreadServerItems(items) - unreadServerItems(rows.map(itemOf));
        set({ items, serverUnread: unread + Math.max(0, arrivedSince) });
      } catch {
        // The bell keeps what it has; the next sign-in, reconnection or opening of the panel tries again.
      }
    },
    receive(notification) {
      const item = itemOf(notification);
      if (get().items.some((existing) => existing.key === item.key)) return;
      set((state) => ({ items: addItem(state.items, item), serverUnread: state.serverUnread + (item.read ? 0 : 1) }));
    },
    addChange({ text, path }) {
      const at = Date.now();
      const item: NotificationItem = { key: `c${nextChange++}`, serverId: null, kind: 'change', text, path, at, dueAt: at, late: false, read: false };
      set((state) => ({ items: addItem(state.items, item) }));
    },
    markRead(key) {
      const item = get().items.find((candidate) => candidate.key === key);
      if (!item || item.read) return;
      set((state) => ({
        items: state.items.map((candidate) => (candidate.key === key ? { ...candidate, read: true } : candidate)),
        serverUnread: item.serverId === null ? state.serverUnread : Math.max(0, state.serverUnread - 1),
      }));
      if (item.serverId !== null) void saveRead([item.serverId]);
    },
    markAllRead() {
      const hadServerUnread = get().serverUnread > 0;
      set((state) => ({ items: state.items.map((item) => (item.read ? item : { ...item, read: true })), serverUnread: 0 }));
      if (hadServerUnread) void saveRead();
    },
    readElsewhere(ids) {
      const fresh = (item: NotificationItem) => item.serverId !== null && !item.read && (ids === null || ids.includes(item.serverId));
      const cleared = get().items.filter(fresh).length;
      set((state) => ({
        items: state.items.map((item) => (fresh(item) ? { ...item, read: true } : item)),
        serverUnread: ids === null ? 0 : Math.max(0, state.serverUnread - cleared),
      }));
    },
    clear() {
      loading += 1;
      set({ items: [], serverUnread: 0 });
    },
  };
});

export function selectUnreadCount(state: Pick<NotificationsState, 'items' | 'serverUnread'>): number {
  return state.serverUnread + state.items.filter((item) => item.serverId === null && !item.read).length;
}
