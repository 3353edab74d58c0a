import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setUpOffice, startTestCore } from '../support/test-core';
import { percentile, round, timeMs, type Figure } from './figures';

const root = new URL('../..', import.meta.url).pathname;

// From spawning `npm run serve` on an empty data folder to the first 200 from /api/health.
async function coldStartOnce(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peyvand-bench-'));
  const started = process.hrtime.bigint();
  const child = spawn('npm', ['run', '--silent', 'serve', '--', '--data', dataDir, '--port', '0'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += String(chunk);
        const match = /Peyvand: (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    for (;;) {
      const response = await fetch(`${url}api/health`).catch(() => null);
      if (response?.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function dispatchMedianUs(transport: 'direct' | 'http', calls: number): Promise<number> {
  const office = await startTestCore(transport);
  try {
    const admin = await setUpOffice(office);
    for (let i = 0; i < 200; i++) await admin.call('system.info');
    const samples: number[] = [];
    for (let i = 0; i < calls; i++) samples.push(await timeMs(() => admin.call('system.info')));
    return percentile(samples, 50) * 1000;
  } finally {
    await office.close();
  }
}

export async function coreBench(): Promise<Figure[]> {
  const coldStarts: number[] = [];
  for (let i = 0; i < 5; i++) coldStarts.push(await coldStartOnce());
  return [
    {
      name: 'core.coldStart.ms',
      value: round(percentile(coldStarts, 50), 1),
      unit: 'ms',
      n: coldStarts.length,
      note: 'median; npm run serve on an empty data folder (UI already built) to the first /api/health 200',
    },
    {
      name: 'core.dispatch.direct.us',
      value: round(await dispatchMedianUs('direct', 20_000), 1),
      unit: 'µs',
      n: 20_000,
      note: 'median per core.call of system.info with a session (session lookup + permission + parse)',
    },
    {
      name: 'core.dispatch.http.us',
      value: round(await dispatchMedianUs('http', 3_000), 1),
      unit: 'µs',
      n: 3_000,
      note: 'median per POST /api/system.info over loopback with keep-alive (fetch), sequential',
    },
  ];
}
