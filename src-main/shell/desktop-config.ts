import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// lan.json in the user data folder decides what this install is: the office server (or a standalone PC)
// with its own database, or a client whose window shows the server's UI. Written by the settings screen.
export type DesktopMode =
  | { kind: 'standalone' }
  | { kind: 'server'; host: string; port: number }
  | { kind: 'client'; serverUrl: string };

export function readDesktopMode(userDataDir: string): DesktopMode {
  try {
    const raw = JSON.parse(readFileSync(join(userDataDir, 'lan.json'), 'utf8')) as Partial<{
      mode: string;
      host: string;
      port: number;
      serverUrl: string;
    }>;
    if (raw.mode === 'client' && raw.serverUrl) return { kind: 'client', serverUrl: raw.serverUrl };
    if (raw.mode === 'server') return { kind: 'server', host: raw.host ?? '0.0.0.0', port: raw.port ?? 7431 };
  } catch {
    // No file yet, or unreadable: a fresh install works on its own.
  }
  return { kind: 'standalone' };
}
