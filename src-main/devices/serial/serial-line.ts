import { realpathSync } from 'node:fs';
import { SerialPort } from 'serialport';

export type LineState = 'closed' | 'connecting' | 'open' | 'disconnected';

export interface SerialLineOptions {
  // Paths to try, in order, on every (re)connect: a re-plugged USB modem may come back under another name.
  candidates: () => string[];
  baudRate?: number;
  // Some caller-ID boxes take their power or their "host present" signal from DTR.
  dtr?: boolean;
  retryMs?: number;
}

type Listener<T> = (value: T) => void;

// The only place that does serial I/O. One owner per port (serialport locks it); raw bytes out, because
// a modem's "> " prompt has no line ending and a line parser would never see it. When the device goes
// away (close with disconnected: true) it keeps trying the candidates until one opens again.
export class SerialLine {
  private port: SerialPort | null = null;
  private state: LineState = 'closed';
  private stopped = true;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly dataListeners = new Set<Listener<Buffer>>();
  private readonly stateListeners = new Set<Listener<LineState>>();

  constructor(private readonly options: SerialLineOptions) {}

  get currentState(): LineState {
    return this.state;
  }

  get path(): string | null {
    return this.port?.path ?? null;
  }

  onData(listener: Listener<Buffer>): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  onState(listener: Listener<LineState>): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  async write(bytes: string | Buffer): Promise<void> {
    const port = this.port;
    if (!port || this.state !== 'open') throw new Error('serial line is not open');
    await new Promise<void>((resolve, reject) => {
      port.write(bytes, (error) => (error ? reject(error) : port.drain((drainError) => (drainError ? reject(drainError) : resolve()))));
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
    this.setState('closed');
  }

  private setState(state: LineState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    this.setState(this.state === 'disconnected' ? 'disconnected' : 'connecting');
    for (const path of this.options.candidates()) {
      const port = await this.tryOpen(path);
      if (!port) continue;
      if (this.stopped) {
        port.close();
        return;
      }
      this.port = port;
      port.on('data', (chunk: Buffer) => {
        for (const listener of this.dataListeners) listener(chunk);
      });
      // A write racing an unplug fails with EIO/EBADF; without a listener that error would end the process.
      // The close that follows (or the owner's own check) is what acts on it.
      port.on('error', () => undefined);
      port.on('close', () => {
        if (this.port !== port) return;
        this.port = null;
        if (this.stopped) return;
        this.setState('disconnected');
        this.scheduleRetry();
      });
      this.setState('open');
      return;
    }
    this.scheduleRetry();
  }

  private tryOpen(path: string): Promise<SerialPort | null> {
    return new Promise((resolve) => {
      const port = new SerialPort({ path, baudRate: this.options.baudRate ?? 115_200, autoOpen: false });
      port.open((error) => {
        const dtr = this.options.dtr;
        if (error || dtr === undefined) return resolve(error ? null : port);
        // A pseudo-terminal has no modem lines: a refused set is not a reason to give up the port.
        port.set({ dtr }, () => resolve(port));
      });
    });
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.retryTimer = setTimeout(() => void this.connect(), this.options.retryMs ?? 1000);
  }
}

function deviceOf(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

// serialport does not always notice a vanished device: on a PTY whose far end died, reads return 0
// bytes forever and EIO is not taken for a disconnect. A device node that is gone or now names another
// device is as good as a close, so owners call onGone until the signal ends the watch.
export function watchDevice(path: string, everyMs: number, signal: AbortSignal, onGone: () => void): void {
  const device = deviceOf(path);
  const timer = setInterval(() => {
    if (deviceOf(path) !== device) onGone();
  }, everyMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
