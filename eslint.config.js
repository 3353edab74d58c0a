import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

// The arrows of ../shared/design/architecture.md: src-shared <- core <- modules, devices <- create-core <- server, shell.
// The renderer reaches the core only through src-shared. One zone per rule, so a violation names the rule it breaks.
const zones = [
  { target: './src-shared', from: ['./src-main', './src-renderer'], message: 'src-shared is pure: it imports nothing from main or renderer.' },
  { target: './src-renderer', from: './src-main', message: 'The renderer talks to the core only through the contract in src-shared.' },
  { target: './src-main/core', from: ['./src-main/modules', './src-main/devices', './src-main/server', './src-main/shell', './src-main/create-core.ts'], message: 'core is the kernel: modules, devices and hosts build on it, not the reverse.' },
  { target: './src-main/modules', from: './src-main/devices', except: ['./ports.ts'], message: 'Modules see devices only through the interfaces in devices/ports.ts, injected by create-core.' },
  { target: './src-main/modules', from: ['./src-main/server', './src-main/shell', './src-main/create-core.ts'], message: 'Modules know nothing of hosts or the composition root.' },
  { target: './src-main/devices', from: ['./src-main/modules', './src-main/server', './src-main/shell', './src-main/create-core.ts'], message: 'Devices know nothing of modules or hosts.' },
  { target: './src-main/server', from: './src-main/shell', message: 'The LAN server must run without Electron.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-output/', 'migrations/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron'], message: 'Only src-main/shell may import electron.' }] },
      ],
    },
  },
  {
    files: ['src-main/shell/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Environment by folder: drivers, database and printing libraries each have one home.
    files: ['src-main/**', 'src-shared/**', 'src-renderer/**'],
    ignores: ['src-main/devices/**', 'src-main/shell/**', 'src-main/modules/printing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Only src-main/shell may import electron.' },
            { group: ['serialport', '@serialport/*'], message: 'Only src-main/devices may import serialport.' },
            { group: ['pdfkit', 'bidi-js'], message: 'Only src-main/modules/printing lays out PDFs.' },
          ],
          paths: [{ name: 'better-sqlite3', message: 'Only src-main/core/db opens SQLite.' }],
        },
      ],
    },
  },
  {
    files: ['src-main/modules/printing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['electron', 'serialport', '@serialport/*'], message: 'Not in the printing module.' }],
          paths: [{ name: 'better-sqlite3', message: 'Only src-main/core/db opens SQLite.' }],
        },
      ],
    },
  },
  {
    files: ['src-main/core/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'serialport', '@serialport/*'], message: 'Not in the database layer.' }] },
      ],
    },
  },
);
