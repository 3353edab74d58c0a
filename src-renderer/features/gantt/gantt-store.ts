import { create } from 'zustand';
import type { Task } from '../../../src-shared/api/tasks';
import { addDays, todayIsoDate, type IsoDate } from '../../../src-shared/domain/jalali';
import { ganttLabels } from '../../../src-shared/i18n/ui-fa-calendar';
import { call, messageOf } from '../../api/client';
import { toast } from '../../ui';
import { useSessionStore } from '../auth';
import { throttled } from '../messaging';
import { rangeOf, windowAround, type DayRange, type Schedule, type WindowKind } from './gantt-geometry';

export interface PartyRef {
  id: number;
  name: string;
}

export interface GanttFilter {
  // 'me': the signed-in user's tasks (the default); 'all': everyone's.
  user: 'me' | 'all' | number;
  person: PartyRef | null;
  company: PartyRef | null;
  groupId: number | null;
  window: WindowKind;
  // A day inside the month or season shown.
  anchor: IsoDate;
  custom: DayRange;
}

interface GanttState {
  filter: GanttFilter;
  tasks: Task[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  setFilter(change: Partial<GanttFilter>): Promise<void>;
  reschedule(task: Task, schedule: Schedule): Promise<void>;
  // The chart left the screen: its tasks are dropped and changes no longer reload it; the filter is kept.
  release(): void;
}

function initialFilter(): GanttFilter {
  const today = todayIsoDate();
  return { user: 'me', person: null, company: null, groupId: null, window: 'month', anchor: today, custom: { first: today, last: addDays(today, 29) } };
}

export function rangeOfFilter(filter: GanttFilter): DayRange {
  return filter.window === 'custom' ? filter.custom : windowAround(filter.window, filter.anchor);
}

function requestOf(filter: GanttFilter) {
  const userId = filter.user === 'me' ? useSessionStore.getState().user?.id : filter.user === 'all' ? undefined : filter.user;
  return {
    ...rangeOf(rangeOfFilter(filter)),
    ...(userId === undefined ? {} : { userId }),
    ...(filter.person ? { partyId: filter.person.id } : {}),
    ...(filter.company ? { companyId: filter.company.id } : {}),
    ...(filter.groupId === null ? {} : { groupId: filter.groupId }),
  };
}

// Answers to an older request (filters changed quickly) are dropped.
let latestRequest = 0;

export const useGanttStore = create<GanttState>()((set, get) => ({
  filter: initialFilter(),
  tasks: [],
  loaded: false,
  error: null,
  async load() {
    const mine = ++latestRequest;
    try {
      const tasks = await call('tasks.gantt', requestOf(get().filter));
      if (mine === latestRequest) set({ tasks, loaded: true, error: null });
    } catch (failure) {
      if (mine === latestRequest) set({ error: messageOf(failure), loaded: true });
    }
  },
  async setFilter(change) {
    set((state) => ({ filter: { ...state.filter, ...change } }));
    await get().load();
  },
  // With the version the chart drew: a colleague's change in between is refused, told, and the chart reloads.
  async reschedule(task, schedule) {
    try {
      const updated = await call('tasks.reschedule', { id: task.id, version: task.version, ...schedule });
      set((state) => ({ tasks: state.tasks.map((other) => (other.id === updated.id ? updated : other)) }));
      toast.success(ganttLabels.rescheduled(task.title));
    } catch (failure) {
      toast.error(messageOf(failure));
      await get().load();
    }
  },
  release() {
    latestRequest++;
    set({ tasks: [], loaded: false, error: null });
  },
}));

// Tasks changed here or by a colleague: the chart on screen reloads, once a second at most (a whole chart is
// redrawn each time, and an import or a rule may change hundreds of tasks in a row).
export const refreshGanttOnChange = throttled(() => {
  if (useGanttStore.getState().loaded) void useGanttStore.getState().load();
}, 1_000);
