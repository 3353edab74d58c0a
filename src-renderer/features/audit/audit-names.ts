import { create } from 'zustand';
import { call } from '../../api/client';

// Names for ids that audit rows carry (users, templates). Loaded on demand; a user without the right
// to list them simply sees numbers.
interface AuditNamesState {
  users: Map<number, string>;
  templates: Map<number, string>;
  loaded: boolean;
  load(force?: boolean): Promise<void>;
}

export const useAuditNames = create<AuditNamesState>()((set, get) => ({
  users: new Map(),
  templates: new Map(),
  loaded: false,
  async load(force = false) {
    if (get().loaded && !force) return;
    const [users, templates] = await Promise.all([
      call('users.list', { includeDeleted: true }).catch(() => []),
      call('users.listTemplates').catch(() => []),
    ]);
    set({
      users: new Map(users.map((user) => [user.id, user.displayName])),
      templates: new Map(templates.map((template) => [template.id, template.name])),
      loaded: true,
    });
  },
}));
