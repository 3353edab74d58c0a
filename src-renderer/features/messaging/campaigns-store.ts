import { create } from 'zustand';
import type { Campaign, OutMessage } from '../../../src-shared/api/messaging';
import { call, messageOf } from '../../api/client';
import { createPagedStore } from './paged-store';

export const useCampaignsStore = createPagedStore<Campaign, Record<string, never>>(
  (_filter, offset, limit) => call('messaging.listCampaigns', { offset, limit }),
  {},
);

// The recipients of the campaign on screen.
export const useCampaignRecipientsStore = createPagedStore<OutMessage, { campaignId: number }>(
  ({ campaignId }, offset, limit) => call('messaging.listOutbox', { campaignId, offset, limit }),
  { campaignId: 0 },
);

interface CampaignState {
  id: number | null;
  campaign: Campaign | null;
  error: string | null;
  open(id: number): Promise<void>;
  reload(): Promise<void>;
  close(): void;
}

export const useCampaignStore = create<CampaignState>()((set, get) => ({
  id: null,
  campaign: null,
  error: null,
  async open(id) {
    set({ id, campaign: get().campaign?.id === id ? get().campaign : null, error: null });
    await get().reload();
  },
  async reload() {
    const { id } = get();
    if (id === null) return;
    try {
      const campaign = await call('messaging.getCampaign', { id });
      if (get().id === id) set({ campaign, error: null });
    } catch (error) {
      if (get().id === id) set({ error: messageOf(error) });
    }
  },
  close() {
    set({ id: null });
  },
}));
