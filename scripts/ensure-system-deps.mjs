// The tests drive a real Chromium and real serial-port pairs (socat), and read printouts back with
// poppler's pdftotext/pdftoppm, decoding printed barcodes with zbarimg. On a fresh Debian/Ubuntu machine
// install them with apt-get when they are missing, so `npm test` is the whole set-up.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = [
  { command: 'chromium', path: '/usr/bin/chromium', aptPackage: 'chromium' },
  { command: 'socat', path: '/usr/bin/socat', aptPackage: 'socat' },
  { command: 'pdftotext', path: '/usr/bin/pdftotext', aptPackage: 'poppler-utils' },
  { command: 'zbarimg', path: '/usr/bin/zbarimg', aptPackage: 'zbar-tools' },
];

const missing = NEEDED.filter((tool) => !existsSync(tool.path));
if (missing.length === 0) process.exit(0);

const packages = missing.map((tool) => tool.aptPackage);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
const hasApt = spawnSync('apt-get', ['--version']).status === 0;

if (!hasApt || (!isRoot && !canSudo)) {
  console.error(`The tests need these system packages: ${packages.join(', ')}. Install them (e.g. apt-get install -y ${packages.join(' ')}) and run npm test again.`);
  process.exit(1);
}

const run = (args) => execFileSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
console.log(`Installing system packages for the tests: ${packages.join(', ')}`);
run(['apt-get', 'update', '-qq']);
run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
