// A voice modem on an analogue line (devices.md §3, §4): caller ID from the blocks the modem prints between
// the first and second RING (or before the first, ETSI), and click-to-dial with the modem as the dialler
// while the handset on the same line carries the call.

import type { CallerIdSource, DialOutcome } from '../ports';
import { AtError, AtSession, answersAt, isRefusal, type CommandOptions } from '../gsm/at-session';
import { dialWith, hangUpWith } from './at-calls';
import { CallLineReader, type CallEvent } from './cid-parser';
import { callSignal, KeptLine, later, LineSource } from './source-kit';

export interface VoiceModemTiming {
  commandTimeoutMs: number;
  probeAttempts: number;
  probeTimeoutMs: number;
  startupRetryMs: number;
  reconnectMs: number;
  portCheckMs: number;
  // A formatted block has no end marker: this long without another line of it ends it.
  blockQuietMs: number;
}

const DEFAULT_TIMING: VoiceModemTiming = {
  commandTimeoutMs: 5_000,
  probeAttempts: 3,
  probeTimeoutMs: 2_000,
  startupRetryMs: 30_000,
  reconnectMs: 1_000,
  portCheckMs: 2_000,
  blockQuietMs: 300,
};

export interface VoiceModemOptions {
  candidates: () => string[];
  // PhoneLine.modemInit: AT+VCID=1, AT#CID=1, AT+VCID=2, …
  init: readonly string[];
  baudRate?: number;
  timing?: Partial<VoiceModemTiming>;
  log?: (line: string) => void;
}

class VoiceModemSource extends LineSource implements CallerIdSource {
  private readonly timing: VoiceModemTiming;
  private readonly log: (line: string) => void;
  private readonly reader = new CallLineReader();
  protected readonly kept: KeptLine;
  private readonly session: AtSession;
  private quiet: NodeJS.Timeout | null = null;

  constructor(private readonly options: VoiceModemOptions) {
    super();
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.log = options.log ?? (() => undefined);
    const { reconnectMs, portCheckMs } = this.timing;
    this.kept = new KeptLine(
      { candidates: options.candidates, baudRate: options.baudRate, reconnectMs, portCheckMs },
      this.current,
      (signal) => void this.startUp(signal),
      () => this.session.abort(),
    );
    const line = this.kept.line;
    this.session = new AtSession({ write: (bytes) => line.write(bytes), onData: (listener) => line.onData(listener) }, this.timing.commandTimeoutMs);
    this.session.onUnsolicited(({ line: text }) => this.heard(text));
    line.onData((chunk) => this.raw.emit(chunk));
  }

  override async stop(): Promise<void> {
    if (this.quiet) clearTimeout(this.quiet);
    await super.stop();
  }

  async dial(number: string): Promise<DialOutcome> {
    if (this.current.get().state !== 'ready') return { kind: 'failed', code: 'modem.notReady' };
    const signal = this.kept.signal;
    return dialWith(number, (command, timeoutMs) => this.at(signal, command, { timeoutMs }));
  }

  async hangUp(): Promise<void> {
    if (this.current.get().state !== 'ready') throw new Error('the voice modem is not ready');
    const signal = this.kept.signal;
    await hangUpWith((command) => this.at(signal, command));
  }

  private async at(signal: AbortSignal, command: string, options: CommandOptions = {}): Promise<string[]> {
    try {
      return await this.session.command(command, options);
    } catch (error) {
      // A failed write: the port is gone whatever serialport says.
      if (error instanceof AtError && error.failure === 'closed' && !signal.aborted) void this.kept.reopen(signal);
      throw error;
    }
  }

  private async optional(signal: AbortSignal, command: string): Promise<boolean> {
    try {
      await this.at(signal, command);
      return true;
    } catch (error) {
      if (isRefusal(error)) return false;
      throw error;
    }
  }

  private async startUp(signal: AbortSignal): Promise<void> {
    this.current.set({ state: 'starting', problem: null });
    try {
      const { probeAttempts, probeTimeoutMs } = this.timing;
      if (!(await answersAt((timeoutMs) => this.at(signal, 'AT', { timeoutMs }), probeAttempts, probeTimeoutMs))) {
        throw new Error('no answer to AT');
      }
      // ATZ brings back the stored profile, echo included, so ATE0 comes after it.
      await this.optional(signal, 'ATZ');
      await this.at(signal, 'ATE0');
      const refused: string[] = [];
      for (const command of this.options.init) {
        if (command !== '' && !(await this.optional(signal, command))) refused.push(command);
      }
      // Still listening: RING and a modem's default caller-ID setting may be enough.
      if (refused.length > 0) this.log(`voice modem: refused ${refused.join(', ')}`);
      if (!signal.aborted) this.current.set({ state: 'ready', problem: refused.length > 0 ? 'modem.initFailed' : null });
    } catch (error) {
      if (signal.aborted) return;
      this.log(`voice modem: start-up stopped: ${String(error)}`);
      this.current.set({ state: 'unavailable', problem: 'modem.silent' });
      later(this.timing.startupRetryMs, signal, () => void this.startUp(signal));
    }
  }

  private heard(line: string): void {
    this.emit(this.reader.push(line));
    if (this.quiet) clearTimeout(this.quiet);
    this.quiet = this.reader.pending ? setTimeout(() => this.emit(this.reader.flush()), this.timing.blockQuietMs) : null;
  }

  private emit(events: CallEvent[]): void {
    for (const event of events) this.signals.emit(callSignal(event, 1));
  }
}

export function createVoiceModemSource(options: VoiceModemOptions): CallerIdSource {
  return new VoiceModemSource(options);
}
