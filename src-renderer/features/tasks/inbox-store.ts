import { create } from 'zustand';
import type { InboxTab, Task, TASK_PRIORITIES } from '../../../src-shared/api/tasks';
import { call } from '../../api/client';
import { createPagedStore, throttled } from '../messaging';

export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export interface InboxFilter {
  tab: InboxTab;
  priority: TaskPriority | null;
}

interface CountsState {
  // How many tasks each tab holds, from the last tasks.inbox answer.
  counts: Partial<Record<InboxTab, number>>;
}

export const useInboxCountsStore = create<CountsState>()(() => ({ counts: {} }));

// One tab of the inbox under the priority filter; every answer also brings the six tabs' counts.
export const useInboxStore = createPagedStore<Task, InboxFilter>(
  async (filter, offset, limit) => {
    const page = await call('tasks.inbox', { tab: filter.tab, ...(filter.priority ? { priority: filter.priority } : {}), offset, limit });
    useInboxCountsStore.setState({ counts: page.counts });
    return page;
  },
  { tab: 'today', priority: null },
);

// The tables whose records.changed only reload the inbox (no toast: tasks.referred / tasks.completed tell).
export const TASK_TABLES: ReadonlySet<string> = new Set(['tasks', 'task_referrals']);

// After a change made here or an event: the inbox on screen reloads (a few times a second at most).
export const refreshInbox = throttled(() => {
  if (useInboxStore.getState().loaded) void useInboxStore.getState().load();
}, 300);

// Signed out: nothing of the previous user's tasks stays.
export function resetTasks(): void {
  useInboxStore.setState({ rows: [], total: 0, offset: 0, filter: { tab: 'today', priority: null }, error: null });
  useInboxCountsStore.setState({ counts: {} });
}
