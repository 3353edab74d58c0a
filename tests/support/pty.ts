import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A virtual serial cable: socat joins two pseudo-terminals, the app opens one end and a simulated
// device the other. Killing socat is what unplugging a USB modem looks like to the app.
export interface PtyPair {
  appPath: string;
  devicePath: string;
  // Pull the cable out, then put it back (the same paths come back, as a re-plugged modem often does).
  unplug(): Promise<void>;
  plug(): Promise<void>;
  close(): Promise<void>;
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function openPtyPair(): Promise<PtyPair> {
  const folder = mkdtempSync(join(tmpdir(), 'peyvand-pty-'));
  const appPath = join(folder, 'ttyApp');
  const devicePath = join(folder, 'ttyModem');
  let socat: ChildProcess | null = null;

  const plug = async () => {
    socat = spawn('socat', [`pty,raw,echo=0,link=${appPath}`, `pty,raw,echo=0,link=${devicePath}`], { stdio: 'ignore' });
    await waitFor(() => existsSync(appPath) && existsSync(devicePath), 'socat to create the PTY links');
  };
  const unplug = async () => {
    const running = socat;
    socat = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
    await waitFor(() => !existsSync(appPath), 'socat to remove the PTY links');
  };

  await plug();
  return {
    appPath,
    devicePath,
    unplug,
    plug,
    async close() {
      await unplug();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
