import { create } from 'zustand';
import type { Meeting } from '../../../src-shared/api/meetings';
import { todayIsoDate, type IsoDate } from '../../../src-shared/domain/jalali';
import { call, messageOf } from '../../api/client';
import { throttled } from '../messaging';
import { daysOfView, windowOfDays, type CalendarView } from './calendar-dates';

interface CalendarState {
  view: CalendarView;
  // A day inside the period shown.
  anchor: IsoDate;
  // Whose calendar; null = the signed-in user's.
  userId: number | null;
  meetings: Meeting[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  show(change: Partial<Pick<CalendarState, 'view' | 'anchor' | 'userId'>>): Promise<void>;
  // The calendar left the screen: its meetings are dropped and changes no longer reload it; the period is kept.
  release(): void;
}

// Answers to an older request (the user clicked «next» twice quickly) are dropped.
let latestRequest = 0;

export const useCalendarStore = create<CalendarState>()((set, get) => ({
  view: 'month',
  anchor: todayIsoDate(),
  userId: null,
  meetings: [],
  loaded: false,
  error: null,
  async load() {
    const mine = ++latestRequest;
    const { view, anchor, userId } = get();
    try {
      const meetings = await call('meetings.list', { ...windowOfDays(daysOfView(view, anchor)), ...(userId === null ? {} : { userId }) });
      if (mine === latestRequest) set({ meetings, loaded: true, error: null });
    } catch (failure) {
      if (mine === latestRequest) set({ error: messageOf(failure), loaded: true });
    }
  },
  async show(change) {
    set(change);
    await get().load();
  },
  release() {
    latestRequest++;
    set({ meetings: [], loaded: false, error: null });
  },
}));

export const MEETINGS_TABLE = 'meetings';

// A meeting saved here or by a colleague: the calendar on screen reloads (a few times a second at most).
export const refreshCalendarOnChange = throttled(() => {
  if (useCalendarStore.getState().loaded) void useCalendarStore.getState().load();
}, 300);
