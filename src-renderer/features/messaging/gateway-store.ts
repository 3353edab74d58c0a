import { create } from 'zustand';
import type { Input } from '../../../src-shared/api/contract';
import type { MessagingSettings, MessagingStatus } from '../../../src-shared/api/messaging';
import { call, messageOf } from '../../api/client';

interface GatewayState {
  status: MessagingStatus | null;
  settings: MessagingSettings | null;
  // The status page is on screen: gateway and outbox events reload the status.
  watching: boolean;
  error: string | null;
  loadStatus(): Promise<void>;
  loadSettings(): Promise<void>;
  save(input: Input<'messaging.updateSettings'>): Promise<MessagingSettings>;
  setWatching(watching: boolean): void;
}

export const useGatewayStore = create<GatewayState>()((set) => ({
  status: null,
  settings: null,
  watching: false,
  error: null,
  async loadStatus() {
    try {
      set({ status: await call('messaging.status'), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  async loadSettings() {
    try {
      set({ settings: await call('messaging.getSettings'), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  async save(input) {
    const settings = await call('messaging.updateSettings', input);
    set({ settings });
    return settings;
  },
  setWatching(watching) {
    set({ watching });
  },
}));
