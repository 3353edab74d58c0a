import { create } from 'zustand';
import type { AccessTemplate, UserRow } from '../../../src-shared/api/users';
import { call, messageOf } from '../../api/client';

interface UsersState {
  users: UserRow[];
  includeDeleted: boolean;
  loaded: boolean;
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
  setIncludeDeleted(value: boolean): Promise<void>;
  reset(): void;
}

export const useUsersStore = create<UsersState>()((set, get) => ({
  users: [],
  includeDeleted: false,
  loaded: false,
  loading: false,
  error: null,
  async load() {
    set({ loading: true });
    try {
      const users = await call('users.list', { includeDeleted: get().includeDeleted });
      set({ users, loaded: true, loading: false, error: null });
    } catch (error) {
      set({ loading: false, error: messageOf(error) });
    }
  },
  async setIncludeDeleted(value) {
    set({ includeDeleted: value });
    await get().load();
  },
  reset() {
    set({ users: [], loaded: false, error: null, includeDeleted: false });
  },
}));

interface TemplatesState {
  templates: AccessTemplate[];
  loaded: boolean;
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
  reset(): void;
}

export const useTemplatesStore = create<TemplatesState>()((set) => ({
  templates: [],
  loaded: false,
  loading: false,
  error: null,
  async load() {
    set({ loading: true });
    try {
      const templates = await call('users.listTemplates');
      set({ templates, loaded: true, loading: false, error: null });
    } catch (error) {
      set({ loading: false, error: messageOf(error) });
    }
  },
  reset() {
    set({ templates: [], loaded: false, error: null });
  },
}));

// Called for every records.changed: a list someone has open follows changes made elsewhere.
export async function refreshUsersOnChange(table: string): Promise<void> {
  const users = useUsersStore.getState();
  const templates = useTemplatesStore.getState();
  if (table === 'users') {
    await Promise.all([users.loaded ? users.load() : null, templates.loaded ? templates.load() : null]);
  } else if (table === 'access_templates') {
    await Promise.all([templates.loaded ? templates.load() : null, users.loaded ? users.load() : null]);
  }
}

export function userName(id: number | null): string | null {
  if (id === null) return null;
  return useUsersStore.getState().users.find((user) => user.id === id)?.displayName ?? null;
}

export function templateName(id: number): string | null {
  return useTemplatesStore.getState().templates.find((template) => template.id === id)?.name ?? null;
}
