import { useEffect } from 'react';
import { create } from 'zustand';
import type { ClubSettings, Discount, EarnRule, Tier } from '../../../src-shared/api/club';
import { call, messageOf } from '../../api/client';

interface ConfigState {
  settings: ClubSettings | null;
  tiers: Tier[];
  rules: EarnRule[];
  discounts: Discount[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  setSettings(settings: ClubSettings): void;
}

// How the club is set up: read by the counter (point value, closed club's questions), the filters (tiers) and the
// settings page, which writes it.
export const useClubConfigStore = create<ConfigState>()((set) => ({
  settings: null,
  tiers: [],
  rules: [],
  discounts: [],
  loaded: false,
  error: null,
  async load() {
    try {
      const [settings, tiers, rules, discounts] = await Promise.all([
        call('club.getSettings'),
        call('club.listTiers'),
        call('club.listRules'),
        call('club.listDiscounts'),
      ]);
      set({ settings, tiers, rules, discounts, loaded: true, error: null });
    } catch (failure) {
      set({ error: messageOf(failure) });
    }
  },
  setSettings(settings) {
    set({ settings });
  },
}));

// The config, loaded on first use.
export function useClubConfig() {
  const state = useClubConfigStore();
  const { loaded, load } = state;
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);
  return state;
}
