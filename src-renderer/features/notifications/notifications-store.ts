import { create } from 'zustand';

export interface NotificationItem {
  id: number;
  at: number;
  text: string;
  // Where the notification leads (a route path), if anywhere.
  path: string | null;
  read: boolean;
}

interface NotificationsState {
  items: NotificationItem[];
  add(item: { text: string; path: string | null; at?: number }): NotificationItem;
  markRead(id: number): void;
  markAllRead(): void;
  clear(): void;
}

const KEEP = 100;
let nextId = 1;

export const useNotificationsStore = create<NotificationsState>()((set) => ({
  items: [],
  add({ text, path, at = Date.now() }) {
    const item: NotificationItem = { id: nextId++, at, text, path, read: false };
    set((state) => ({ items: [item, ...state.items].slice(0, KEEP) }));
    return item;
  },
  markRead(id) {
    set((state) => ({ items: state.items.map((item) => (item.id === id ? { ...item, read: true } : item)) }));
  },
  markAllRead() {
    set((state) => ({ items: state.items.map((item) => (item.read ? item : { ...item, read: true })) }));
  },
  clear() {
    set({ items: [] });
  },
}));

export function selectUnreadCount(state: NotificationsState): number {
  return state.items.reduce((count, item) => count + (item.read ? 0 : 1), 0);
}
