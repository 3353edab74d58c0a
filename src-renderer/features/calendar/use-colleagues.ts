import { useEffect } from 'react';
import { useSessionStore } from '../auth';
import { useDirectoryStore } from '../parties';

// The signed-in user and the active users' names (users.directory, which every user may read), loaded on first use.
export function useColleagues() {
  const me = useSessionStore((state) => state.user);
  const users = useDirectoryStore((state) => state.users);
  const load = useDirectoryStore((state) => state.load);

  useEffect(() => {
    void load();
  }, [load]);

  return { me, users };
}
