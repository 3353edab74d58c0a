import { create } from 'zustand';
import type { Input } from '../../../src-shared/api/contract';
import type { OfficeSettings } from '../../../src-shared/api/settings';
import { call, messageOf } from '../../api/client';

interface SettingsState {
  settings: OfficeSettings | null;
  error: string | null;
  load(): Promise<void>;
  save(input: Input<'settings.update'>): Promise<OfficeSettings>;
}

export const useSettingsStore = create<SettingsState>()((set) => ({
  settings: null,
  error: null,
  async load() {
    try {
      set({ settings: await call('settings.get'), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  async save(input) {
    const settings = await call('settings.update', input);
    set({ settings, error: null });
    return settings;
  },
}));
