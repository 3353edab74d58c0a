// `npm start`: the desktop app. Electron's binary is downloaded by its own install script, which these
// build machines skip (package.json allowScripts): say how to get it instead of failing obscurely.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

let electronBinary;
try {
  electronBinary = require('electron');
} catch {
  electronBinary = null;
}

if (typeof electronBinary !== 'string') {
  console.error(`Electron's binary is not installed on this machine.
  On a machine with internet access run:   node node_modules/electron/install.js
  then run npm start again.
  Meanwhile the same application runs in a browser:   npm run serve   (then open the printed address).`);
  process.exit(1);
}

const bundle = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: root, stdio: 'inherit' });
if (bundle.status !== 0) process.exit(bundle.status ?? 1);
const child = spawn(electronBinary, ['.'], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
