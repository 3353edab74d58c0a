import { homedir } from 'node:os';
import { join } from 'node:path';

// The same folder Electron's app.getPath('userData') gives for the product name "Peyvand",
// so the desktop app and `npm run serve` share one database by default.
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Peyvand');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Peyvand');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Peyvand');
}
