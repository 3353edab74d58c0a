import { create } from 'zustand';
import type { Group } from '../../../src-shared/api/groups';
import { call, messageOf } from '../../api/client';

interface GroupsState {
  groups: Group[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  reset(): void;
}

// Groups are few (tens to hundreds) and every party screen uses them: loaded whole, kept while signed in.
export const useGroupsStore = create<GroupsState>()((set) => ({
  groups: [],
  loaded: false,
  error: null,
  async load() {
    try {
      set({ groups: await call('groups.list'), loaded: true, error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  reset() {
    set({ groups: [], loaded: false, error: null });
  },
}));

// Member counts change with parties too, so both tables reload a list someone has loaded.
export async function refreshGroupsOnChange(table: string): Promise<void> {
  const state = useGroupsStore.getState();
  if (state.loaded && (table === 'groups' || table === 'parties')) await state.load();
}
