import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const START_TIMEOUT_MS = 90_000;

export interface RunningServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
  // kill -9 of the whole process group: what a power cut or a crashed PC does to the core. Keeps the data.
  crash(): Promise<void>;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitForHealth(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(new URL('/api/health', url));
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url}api/health did not answer in time`);
}

// `npm run serve` on 127.0.0.1 with a fresh data folder; port 0 lets the server pick a free port and print it
// (no window between probing a port and binding it). The child leads its own process group, so stopping it
// also stops the tsx/node process npm started, and nothing else.
export async function startServer(options: { dataDir?: string; args?: string[] } = {}): Promise<RunningServer> {
  const ownsData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'peyvand-e2e-'));
  const child = spawn('npm', ['run', 'serve', '--', '--data', dataDir, '--port', '0', '--host', '127.0.0.1', ...(options.args ?? [])], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: 'Asia/Tehran', NO_COLOR: '1' },
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });

  const stop = async () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      if (!(await waitForExit(child, 5_000))) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
        await waitForExit(child, 2_000);
      }
    }
    if (ownsData) rmSync(dataDir, { recursive: true, force: true });
  };
  const crash = async () => {
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid, 'SIGKILL');
    await waitForExit(child, 5_000);
  };

  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not print its URL in time')), START_TIMEOUT_MS);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Peyvand: (http:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`npm run serve exited with ${code}`));
      });
    });
    await waitForHealth(url, deadline);
    return { url, dataDir, stop, crash };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
}
