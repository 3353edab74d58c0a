import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './browser';

const root = fileURLToPath(new URL('../../..', import.meta.url));

// Once per run, before any worker starts a server: build the UI if a source is newer than the build, so
// parallel `npm run serve` children never race to build it themselves.
export default function setup(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`e2e tests need Chromium at ${CHROMIUM_PATH} (Debian: apt-get install -y chromium)`);
  }
  const result = spawnSync(process.execPath, ['scripts/build-ui-if-stale.mjs'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building the UI for the e2e tests failed (npx vite build).');
}
