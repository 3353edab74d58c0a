import { create } from 'zustand';
import type { SmsRule } from '../../../src-shared/api/messaging';
import { call, messageOf } from '../../api/client';

interface RulesState {
  rules: SmsRule[];
  // Users a message can be referred to (users.directory).
  users: { id: number; name: string }[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
}

export const useRulesStore = create<RulesState>()((set) => ({
  rules: [],
  users: [],
  loaded: false,
  error: null,
  async load() {
    try {
      const [rules, users] = await Promise.all([call('messaging.listRules'), call('users.directory')]);
      set({ rules, users, loaded: true, error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));
