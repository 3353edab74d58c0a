import { create } from 'zustand';
import { call } from '../../api/client';

interface DirectoryState {
  users: { id: number; name: string }[];
  loaded: boolean;
  load(): Promise<void>;
  reset(): void;
}

// Names of active users for account-manager pickers and filters: every signed-in user may read them.
export const useDirectoryStore = create<DirectoryState>()((set, get) => ({
  users: [],
  loaded: false,
  async load() {
    if (get().loaded) return;
    try {
      set({ users: await call('users.directory'), loaded: true });
    } catch {
      // Without names the pickers stay empty; the rest of the screen still works.
    }
  },
  reset() {
    set({ users: [], loaded: false });
  },
}));
