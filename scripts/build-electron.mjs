// Bundles the Electron shell (main + preload) into dist-electron/*.cjs; native and Electron modules stay external,
// and so does pdfkit, which reads its font metrics from files beside its own code.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const uiBuild = spawnSync(process.execPath, ['scripts/build-ui-if-stale.mjs'], { cwd: root, stdio: 'inherit' });
if (uiBuild.status !== 0) process.exit(uiBuild.status ?? 1);

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3', 'serialport', '@serialport/*', 'pdfkit'],
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src-main/shell/main.ts'], outfile: 'dist-electron/main.cjs' });
await build({ ...common, entryPoints: ['src-main/shell/preload.ts'], outfile: 'dist-electron/preload.cjs' });
