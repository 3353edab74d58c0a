import { useEffect, useSyncExternalStore } from 'react';

// Hash routes (#/users): the UI is loaded from disk in Electron and from any path on the LAN server,
// so the path part of the URL is not ours to use.
function currentPath(): string {
  const hash = location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoutePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export function navigate(path: string): void {
  if (currentPath() !== path) location.hash = path;
}

// A screen with subpages (#/messaging/outbox): the subpage the path names, or the first one, which the
// address is then moved to so the address bar always says where the user is.
export function useSubpage<K extends string>(keys: readonly K[], wanted: string | undefined, pathOf: (key: K) => string): K {
  const first = keys[0]!;
  const key = keys.find((candidate) => candidate === wanted) ?? null;
  useEffect(() => {
    if (key === null) navigate(pathOf(first));
  }, [key, first, pathOf]);
  return key ?? first;
}
