import { create } from 'zustand';
import type { Call, LineStatus, TelephonySettings } from '../../../src-shared/api/telephony';
import type { Input } from '../../../src-shared/api/contract';
import { call, messageOf } from '../../api/client';
import { createPagedStore } from '../messaging';

export const useCallsStore = createPagedStore<Call, { missedOnly: boolean }>(
  (filter, offset, limit) => call('telephony.listCalls', { ...filter, offset, limit }),
  { missedOnly: false },
);

export const useMissedCallsStore = createPagedStore<Call, { missedOnly: boolean }>(
  (filter, offset, limit) => call('telephony.listCalls', { ...filter, offset, limit }),
  { missedOnly: true },
);

interface MissedCountState {
  count: number;
  load(): Promise<void>;
}

// The badge on the menu item: calls nobody took and nobody called back.
export const useMissedCountStore = create<MissedCountState>()((set) => ({
  count: 0,
  async load() {
    try {
      set({ count: (await call('telephony.missedCount')).count });
    } catch {
      // The badge stays as it was; the list itself shows errors.
    }
  },
}));

interface LinesState {
  lines: LineStatus[];
  settings: TelephonySettings | null;
  loaded: boolean;
  // The settings page is on screen: line events reload the status.
  watching: boolean;
  error: string | null;
  loadStatus(): Promise<void>;
  loadSettings(): Promise<void>;
  save(input: Input<'telephony.updateSettings'>): Promise<TelephonySettings>;
  setWatching(watching: boolean): void;
  reset(): void;
}

// The lines as they are now (for the status cards and whether anyone can dial) and their settings.
export const useLinesStore = create<LinesState>()((set) => ({
  lines: [],
  settings: null,
  loaded: false,
  watching: false,
  error: null,
  async loadStatus() {
    try {
      set({ lines: await call('telephony.status'), loaded: true, error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  async loadSettings() {
    try {
      set({ settings: await call('telephony.getSettings'), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  async save(input) {
    await call('telephony.updateSettings', input);
    // Read again: the command's answer may list the lines as they were before the save.
    const settings = await call('telephony.getSettings');
    set({ settings });
    return settings;
  },
  setWatching(watching) {
    set({ watching });
  },
  reset() {
    set({ lines: [], settings: null, loaded: false, error: null });
  },
}));
