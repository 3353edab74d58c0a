import { useSyncExternalStore } from 'react';

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
