// The device end of a socat pseudo-terminal pair, as the simulators hold it: it notices the cable being
// pulled (socat killed) and reopens when the link comes back, as a re-plugged USB device would.

import { existsSync, realpathSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { SerialPort } from 'serialport';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface DeviceEndHandlers {
  data(chunk: Buffer): void;
  // The cable was pulled: the device loses its state and comes back as after power-on.
  unplugged(): void;
}

export class DeviceEnd {
  private port: SerialPort | null = null;
  private watcher: FSWatcher | null = null;
  // The pseudo-terminal the link pointed at when it was opened.
  private target: string | null = null;
  private replugging = false;
  private closed = false;

  constructor(
    private readonly path: string,
    private readonly handlers: DeviceEndHandlers,
  ) {}

  async open(): Promise<void> {
    await this.openPort();
    // The device end of a PTY often gets no close when socat dies, so the link socat makes and removes
    // is what tells an unplug: the link gone or pointing elsewhere means the cable was pulled or put back.
    this.watcher = watch(dirname(this.path), (_event, name) => {
      if (name === basename(this.path) && this.port && this.linkTarget() !== this.target) void this.replug();
    });
    this.watcher.on('error', () => undefined);
  }

  get isOpen(): boolean {
    return this.port?.isOpen ?? false;
  }

  write(bytes: string | Buffer): void {
    if (this.port?.isOpen) this.port.write(bytes);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.watcher?.close();
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  private async openPort(): Promise<void> {
    const port = new SerialPort({ path: this.path, baudRate: 115_200, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    this.port = port;
    this.target = this.linkTarget();
    port.on('data', (chunk: Buffer) => this.handlers.data(chunk));
    // A write racing an unplug fails; the close that follows is what matters.
    port.on('error', () => undefined);
    port.on('close', () => {
      if (this.port === port) void this.replug();
    });
  }

  private linkTarget(): string | null {
    try {
      return realpathSync(this.path);
    } catch {
      return null;
    }
  }

  // socat killed and restarted looks like a USB re-plug.
  private async replug(): Promise<void> {
    if (this.replugging || this.closed) return;
    this.replugging = true;
    const old = this.port;
    this.port = null;
    if (old?.isOpen) old.close();
    this.handlers.unplugged();
    while (!this.closed && !this.port) {
      try {
        if (existsSync(this.path)) await this.openPort();
      } catch {
        // Not there yet: socat is still starting.
      }
      if (!this.port) await wait(25);
    }
    this.replugging = false;
  }
}
