import { create } from 'zustand';
import type { SmsTemplate } from '../../../src-shared/api/messaging';
import { call, messageOf } from '../../api/client';

interface SmsTemplatesState {
  templates: SmsTemplate[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
}

// Few (tens): loaded whole, by the templates page and the compose box's template picker.
export const useSmsTemplatesStore = create<SmsTemplatesState>()((set) => ({
  templates: [],
  loaded: false,
  error: null,
  async load() {
    try {
      set({ templates: await call('messaging.listTemplates'), loaded: true, error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));
