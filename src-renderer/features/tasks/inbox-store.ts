import { create } from 'zustand';
import type { InboxTab, Task } from '../../../src-shared/api/tasks';
import { call } from '../../api/client';
import { createPagedStore, throttled } from '../messaging';
import type { PartyRef, TaskPriority } from './task-form-values';

export interface InboxFilter {
  tab: InboxTab;
  priority: TaskPriority | null;
  type: string | null;
  // The person (or company) the tasks are about, with the name the filter shows.
  party: PartyRef | null;
}

const NO_FILTER: InboxFilter = { tab: 'today', priority: null, type: null, party: null };

interface CountsState {
  // How many tasks each tab holds under the filter, from the last tasks.inbox answer.
  counts: Partial<Record<InboxTab, number>>;
}

export const useInboxCountsStore = create<CountsState>()(() => ({ counts: {} }));

// One tab of the inbox under the quick filters; every answer also brings the six tabs' counts.
export const useInboxStore = createPagedStore<Task, InboxFilter>(async (filter, offset, limit) => {
  const page = await call('tasks.inbox', {
    tab: filter.tab,
    ...(filter.priority ? { priority: filter.priority } : {}),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.party ? { partyId: filter.party.id } : {}),
    offset,
    limit,
  });
  useInboxCountsStore.setState({ counts: page.counts });
  return page;
}, NO_FILTER);

// The tables whose records.changed only reload the inbox (no toast: the core's notifications tell).
export const TASK_TABLES: ReadonlySet<string> = new Set(['tasks', 'task_referrals']);

// After a change made here or an event: the inbox on screen reloads (a few times a second at most).
export const refreshInbox = throttled(() => {
  if (useInboxStore.getState().loaded) void useInboxStore.getState().load();
}, 300);

// Signed out: nothing of the previous user's tasks stays.
export function resetTasks(): void {
  useInboxStore.setState({ rows: [], total: 0, offset: 0, filter: NO_FILTER, error: null });
  useInboxCountsStore.setState({ counts: {} });
}
