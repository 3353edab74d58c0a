import { create } from 'zustand';
import type { Input } from '../../../src-shared/api/contract';
import type { SessionGrant, SessionUser } from '../../../src-shared/api/auth';
import type { Permission } from '../../../src-shared/api/permissions';
import { api, ApiCallError, call, messageOf } from '../../api/client';

export type SessionPhase = 'loading' | 'unreachable' | 'setup' | 'login' | 'ready';

interface SessionState {
  phase: SessionPhase;
  officeName: string | null;
  user: SessionUser | null;
  // Shown on the login page: why the user is there (session expired, signed out…).
  notice: string | null;
  problem: string | null;
  boot(): Promise<void>;
  setupAdmin(input: Input<'auth.setupAdmin'>): Promise<void>;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  refreshMe(): Promise<void>;
  setOfficeName(name: string): void;
  sessionLost(message: string): void;
}

export const useSessionStore = create<SessionState>()((set, get) => {
  const begin = (grant: SessionGrant) => {
    api.setToken(grant.token);
    set({ user: grant.user, phase: 'ready', notice: null, problem: null });
  };

  return {
    phase: 'loading',
    officeName: null,
    user: null,
    notice: null,
    problem: null,

    async boot() {
      set({ phase: 'loading', problem: null });
      try {
        const status = await call('auth.status');
        set({ officeName: status.officeName });
        if (status.needsSetup) {
          api.setToken(null);
          set({ phase: 'setup' });
          return;
        }
        if (!api.getToken()) {
          set({ phase: 'login' });
          return;
        }
        const user = await call('auth.me');
        set({ user, phase: 'ready' });
      } catch (error) {
        if (error instanceof ApiCallError && error.code !== 'network' && error.code !== 'internal') {
          // A 401 already moved us to the login page through sessionLost.
          if (get().phase === 'loading') set({ phase: 'login' });
          return;
        }
        set({ phase: 'unreachable', problem: messageOf(error) });
      }
    },

    async setupAdmin(input) {
      let grant: SessionGrant;
      try {
        grant = await call('auth.setupAdmin', input);
      } catch (error) {
        // Someone finished the first run from another PC: sign in with that admin instead.
        if (error instanceof ApiCallError && error.code === 'auth.setupDone') set({ phase: 'login', notice: error.message });
        throw error;
      }
      set({ officeName: typeof input.officeName === 'string' ? input.officeName.trim() : get().officeName });
      begin(grant);
    },

    async login(username, password) {
      const grant = await call('auth.login', { username, password });
      begin(grant);
    },

    async logout() {
      try {
        await call('auth.logout');
      } catch {
        // Signing out locally is what matters; an expired session is already gone on the server.
      }
      api.setToken(null);
      // The next person at this desk starts from the home page, not from the last screen.
      history.replaceState(null, '', location.pathname + location.search);
      set({ user: null, phase: 'login', notice: 'از حساب کاربری خود خارج شدید.' });
    },

    async refreshMe() {
      if (!api.getToken()) return;
      try {
        const user = await call('auth.me');
        set({ user });
      } catch {
        // 401 is handled by sessionLost; other failures keep the last known user.
      }
    },

    setOfficeName(name) {
      set({ officeName: name });
    },

    sessionLost(message) {
      set({ user: null, phase: 'login', notice: message });
    },
  };
});

api.onSessionLost((message) => useSessionStore.getState().sessionLost(message));

export function hasPermission(user: SessionUser | null, permission: Permission): boolean {
  return Boolean(user && (user.isAdmin || user.permissions.includes(permission)));
}

// `const can = useCan(); can('users.create')` — hides what the user may not do.
export function useCan(): (permission: Permission) => boolean {
  const user = useSessionStore((state) => state.user);
  return (permission) => hasPermission(user, permission);
}
