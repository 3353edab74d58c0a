import { create } from 'zustand';
import type { LookupKind } from '../../../src-shared/api/lookups';
import { call } from '../../api/client';

interface LookupsState {
  lists: Partial<Record<LookupKind, string[]>>;
  load(): Promise<void>;
}

// The office's editable suggestion lists (titles, company types, referral sources, rankings…). Read again
// whenever a form opens, so a list edited in the settings shows without signing in again.
export const useLookupsStore = create<LookupsState>()((set) => ({
  lists: {},
  async load() {
    try {
      set({ lists: await call('lookups.list') });
    } catch {
      // Suggestions only: without them every field still takes what is typed.
    }
  },
}));

export function useLookup(kind: LookupKind): readonly string[] {
  return useLookupsStore((state) => state.lists[kind]) ?? NONE;
}

const NONE: readonly string[] = [];
