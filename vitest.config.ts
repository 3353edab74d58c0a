import { defineConfig } from 'vitest/config';

// Three projects so that a developer can run one layer alone: `npx vitest run --project unit`.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], pool: 'threads' } },
      {
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 20_000,
        },
      },
      {
        // Real serial ports over socat pseudo-terminal pairs (tests/support/pty.ts).
        test: { name: 'devices', include: ['tests/devices/**/*.test.ts'], pool: 'forks', testTimeout: 20_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
