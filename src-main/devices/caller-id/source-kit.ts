// What the caller-ID sources share: listener sets, a status with change notification, the mapping from
// what a device printed to the signals the core hears, and a serial line kept open across unplugs.

import type { CallSignal, GatewayStatus } from '../ports';
import { Listeners, StatusCell } from '../status-cell';
import { SerialLine, watchDevice, type LineState } from '../serial/serial-line';
import type { CallEvent } from './cid-parser';

// The part of every caller-ID source that is the same: its status, its listeners and its kept-open line.
export abstract class LineSource {
  protected readonly current = new StatusCell();
  protected readonly signals = new Listeners<CallSignal>();
  protected readonly raw = new Listeners<Buffer>();
  protected abstract readonly kept: KeptLine;

  start(): void {
    this.kept.start();
  }

  stop(): Promise<void> {
    return this.kept.stop();
  }

  status(): GatewayStatus {
    return this.current.get();
  }

  onStatus(listener: (status: GatewayStatus) => void): () => void {
    return this.current.on(listener);
  }

  onSignal(listener: (signal: CallSignal) => void): () => void {
    return this.signals.add(listener);
  }

  onRaw(listener: (bytes: Buffer) => void): () => void {
    return this.raw.add(listener);
  }
}

export function callSignal(event: CallEvent, line: number): CallSignal {
  if (event.kind !== 'callerId') return { kind: event.kind, line };
  const { number, withheld, name } = event.callerId;
  return { kind: 'callerId', line, number, withheld, name };
}

export function later(ms: number, signal: AbortSignal, action: () => void): void {
  const timer = setTimeout(action, ms);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}

export function every(ms: number, signal: AbortSignal, action: () => void): void {
  const timer = setInterval(action, ms);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

export interface KeptLineOptions {
  candidates: () => string[];
  baudRate?: number;
  dtr?: boolean;
  // Between attempts to open a candidate port, and how often the open port's device node is checked.
  reconnectMs: number;
  portCheckMs: number;
}

// Keeps a source's serial line open: a missing port is reported, a vanished device node reopens it (a
// re-plugged modem comes back under the same or another candidate path), and every open port gets a
// lifetime signal that aborts when it closes, so the owner's timers and half-done steps stop with it.
export class KeptLine {
  readonly line: SerialLine;
  private life = new AbortController();
  private running = false;

  constructor(
    private readonly options: KeptLineOptions,
    private readonly status: StatusCell,
    private readonly opened: (signal: AbortSignal) => void,
    private readonly closed: () => void = () => undefined,
  ) {
    this.line = new SerialLine({ candidates: options.candidates, baudRate: options.baudRate, dtr: options.dtr, retryMs: options.reconnectMs });
    this.line.onState((state) => this.changed(state));
  }

  get signal(): AbortSignal {
    return this.life.signal;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.status.set({ state: 'starting', problem: null });
    this.line.start();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.endLife();
    await this.line.stop();
    this.status.set({ state: 'off', problem: null, path: null });
  }

  // For owners that find the port broken (a write failed) before serialport says so.
  async reopen(signal: AbortSignal): Promise<void> {
    if (signal !== this.life.signal || !this.running) return;
    this.endLife();
    await this.line.stop();
    if (this.running) this.line.start();
  }

  private endLife(): AbortSignal {
    this.life.abort();
    this.closed();
    this.life = new AbortController();
    return this.life.signal;
  }

  private changed(state: LineState): void {
    const signal = this.endLife();
    if (state === 'open') {
      const path = this.line.path;
      this.status.set({ path });
      if (path !== null) watchDevice(path, this.options.portCheckMs, signal, () => void this.reopen(signal));
      this.opened(signal);
      return;
    }
    if (!this.running) return;
    // The first candidates are tried at once; still nothing after one retry period means no port.
    if (state === 'connecting') later(this.options.reconnectMs, signal, () => this.missing());
    else this.missing();
  }

  private missing(): void {
    this.status.set({ state: 'unavailable', problem: 'port.missing', path: null });
  }
}
